package dev.clientsmith.clienttests.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.json.ClientJson;
import org.junit.jupiter.api.Test;

/** The semantic JSON comparison the round-trip tests rely on. */
class RoundTripJsonTreesTest {

  private static final ObjectMapper MAPPER = ClientJson.mapper();

  @Test
  void numbersCompareByValue() throws Exception {
    assertThat(JsonTrees.same(tree("{\"n\": 1}"), tree("{\"n\": 1.0}"))).isTrue();
    assertThat(JsonTrees.same(tree("[0]"), tree("[-0.0]"))).isTrue();
    assertThat(JsonTrees.same(tree("[1e-300, -1.79e308]"), tree("[1.0E-300, -1.79E308]"))).isTrue();
    assertThat(JsonTrees.same(tree("[1000000000000000]"), tree("[1.0E15]"))).isTrue();
    assertThat(JsonTrees.firstDifference(tree("{\"n\": 1}"), tree("{\"n\": 1.5}")))
        .contains("at '/n': number 1 became 1.5");
  }

  @Test
  void memberOrderDoesNotMatterButElementOrderDoes() throws Exception {
    assertThat(JsonTrees.same(tree("{\"a\": 1, \"b\": [1, 2]}"), tree("{\"b\": [1, 2], \"a\": 1}"))).isTrue();
    assertThat(JsonTrees.firstDifference(tree("[1, 2]"), tree("[2, 1]"))).contains("at '/0': number 1 became 2");
  }

  @Test
  void nullAbsentAndTypesAreDistinct() throws Exception {
    assertThat(JsonTrees.firstDifference(tree("{\"a\": null}"), tree("{}"))).contains("at '/a': null null became absent");
    assertThat(JsonTrees.firstDifference(tree("{}"), tree("{\"a\": null}"))).contains("at '/a': absent became null null");
    assertThat(JsonTrees.same(tree("{\"a\": \"1\"}"), tree("{\"a\": 1}"))).isFalse();
    assertThat(JsonTrees.same(tree("{\"a/b\": {\"c\": true}}"), tree("{\"a/b\": {\"c\": false}}"))).isFalse();
    assertThat(JsonTrees.firstDifference(tree("{\"a/b\": {\"c\": true}}"), tree("{\"a/b\": {\"c\": false}}")))
        .contains("at '/a~1b/c': boolean true became boolean false");
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }
}
