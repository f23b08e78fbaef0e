package dev.clientsmith.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Token-level shapes agree with the tree predicates generated unions used before: for objects with
 * repeated, null, missing and mistyped properties, and arrays of them.
 */
class JsonShapeProperties {

  private static final ObjectMapper MAPPER = ClientJson.mapper();

  private static final JsonShape OBJECT = JsonShape.object().constant("type", "text").requiresNonNull("text")
      .optionalConstant("kind", "k").requires("n").oneOf("role", "a", "b");

  /** The tree form of {@link #OBJECT}, as generated unions wrote it. */
  private static boolean objectOnTree(JsonNode node) {
    return node.isObject() && "text".equals(node.path("type").textValue()) && node.hasNonNull("text")
        && (node.path("kind").isMissingNode() || "k".equals(node.path("kind").textValue())) && node.has("n")
        && ("a".equals(node.path("role").textValue()) || "b".equals(node.path("role").textValue()));
  }

  private static boolean matches(JsonShape shape, String json) throws Exception {
    try (JsonParser parser = MAPPER.createParser(json)) {
      parser.nextToken();
      boolean matched = shape.matches(parser);
      // The shape consumed exactly one value.
      assertThat(parser.nextToken()).isNull();
      return matched;
    }
  }

  @Property(tries = 1000)
  void objectRulesAgreeWithTheTree(@ForAll("objects") String json) throws Exception {
    JsonNode tree = MAPPER.readTree(json);
    assertThat(matches(OBJECT, json)).as(json).isEqualTo(objectOnTree(tree));
    // One rule at a time, so each is often true and often false.
    assertThat(matches(JsonShape.object().constant("type", "text"), json)).as(json)
        .isEqualTo("text".equals(tree.path("type").textValue()));
    assertThat(matches(JsonShape.object().requiresNonNull("text"), json)).as(json).isEqualTo(tree.hasNonNull("text"));
    assertThat(matches(JsonShape.object().requires("n"), json)).as(json).isEqualTo(tree.has("n"));
    assertThat(matches(JsonShape.object().optionalConstant("kind", "k"), json)).as(json)
        .isEqualTo(tree.path("kind").isMissingNode() || "k".equals(tree.path("kind").textValue()));
    assertThat(matches(JsonShape.object().oneOf("role", "a", "b"), json)).as(json)
        .isEqualTo("a".equals(tree.path("role").textValue()) || "b".equals(tree.path("role").textValue()));
  }

  @Property(tries = 500)
  void arrayRulesAgreeWithTheTree(@ForAll("arrays") String json) throws Exception {
    JsonNode tree = MAPPER.readTree(json);
    boolean expected = tree.isArray() && StreamSupport.stream(tree.spliterator(), false).allMatch(JsonShapeProperties::objectOnTree);
    assertThat(matches(JsonShape.arrayOf(OBJECT), json)).as(json).isEqualTo(expected);
    boolean numbers = tree.isArray() && StreamSupport.stream(tree.spliterator(), false).allMatch(JsonNode::isNumber);
    assertThat(matches(JsonShape.arrayOf(JsonShape.number()), json)).as(json).isEqualTo(numbers);
    boolean either = tree.isArray() && StreamSupport.stream(tree.spliterator(), false)
        .allMatch(e -> objectOnTree(e) || e.isTextual());
    assertThat(matches(JsonShape.arrayOf(JsonShape.anyOf(OBJECT, JsonShape.string())), json)).as(json).isEqualTo(either);
  }

  @Provide
  Arbitrary<String> objects() {
    Arbitrary<String> key = Arbitraries.of("type", "text", "kind", "n", "role", "other");
    Arbitrary<String> value = Arbitraries.of("null", "\"text\"", "\"k\"", "\"a\"", "\"b\"", "\"x\"", "1", "2.5", "true",
        "[]", "[\"text\"]", "{}", "{\"type\":\"text\"}");
    Arbitrary<String> member = Combinators.combine(key, value).as((k, v) -> "\"" + k + "\":" + v);
    return member.list().ofMaxSize(9).map(members -> "{" + String.join(",", members) + "}");
  }

  @Provide
  Arbitrary<String> arrays() {
    Arbitrary<String> element = Arbitraries.oneOf(objects(), Arbitraries.of("1", "\"s\"", "null", "[1]", "4e2"));
    return element.list().ofMaxSize(4).map(List::copyOf).map(elements -> "[" + String.join(",", elements) + "]");
  }
}
