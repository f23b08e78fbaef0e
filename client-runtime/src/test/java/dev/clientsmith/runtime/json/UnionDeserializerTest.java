package dev.clientsmith.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unions read from tokens pick the variant a tree would, bind it from the same JSON, and leave the
 * parser where the value ends; what no variant takes is kept whole.
 */
@Timeout(10)
class UnionDeserializerTest {

  private final ObjectMapper mapper = ClientJson.mapper();

  /** Chosen by {@code type}; each variant binds the whole object as a map, so what it saw shows. */
  @JsonDeserialize(using = Part.Reader.class)
  sealed interface Part {
    record Text(Map<String, Object> value) implements Part { }

    record Image(Map<String, Object> value) implements Part { }

    record Unknown(JsonNode value) implements Part { }

    final class Reader extends UnionDeserializer<Part> {
      Reader() {
        super(Part.class, "type", Unknown::new, List.of(
            tagged(List.of("text", "plain"), new TypeReference<Map<String, Object>>() { }, Text::new),
            tagged(List.of("image"), new TypeReference<Map<String, Object>>() { }, Image::new)));
      }
    }
  }

  /** Chosen by shape: text, a list of text parts, a list of integer lists, or any object. */
  @JsonDeserialize(using = Content.Reader.class)
  sealed interface Content {
    record Text(String value) implements Content { }

    record Parts(List<Part> value) implements Content { }

    record Tokens(List<List<Long>> value) implements Content { }

    record Mixed(List<Object> value) implements Content { }

    record Unknown(JsonNode value) implements Content { }

    final class Reader extends UnionDeserializer<Content> {
      Reader() {
        super(Content.class, Unknown::new, List.of(
            variant(JsonShape.string(), String.class, Text::new),
            variant(JsonShape.arrayOf(JsonShape.object().constant("type", "text").requiresNonNull("text")),
                new TypeReference<List<Part>>() { }, Parts::new),
            variant(JsonShape.arrayOf(JsonShape.arrayOf(JsonShape.integral())), new TypeReference<List<List<Long>>>() { },
                Tokens::new),
            variant(JsonShape.arrayOf(JsonShape.anyOf(JsonShape.bool(), JsonShape.arrayOf(JsonShape.string()))),
                new TypeReference<List<Object>>() { }, Mixed::new)));
      }
    }
  }

  /** Chosen by {@code type}; the variant is a model read by a {@link ModelDeserializer}. */
  @JsonDeserialize(using = Tagged.Reader.class)
  sealed interface Tagged {
    record OfModel(ModelDeserializerTest.Model value) implements Tagged { }

    record Unknown(JsonNode value) implements Tagged { }

    final class Reader extends UnionDeserializer<Tagged> {
      Reader() {
        super(Tagged.class, "type", Unknown::new, List.of(tagged(List.of("model"), ModelDeserializerTest.Model.class, OfModel::new)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"model\",\"name\":\"a\",\"x\":{\"y\":[1]},\"count\":2}",
      "{\"name\":\"a\",\"x\":{\"y\":[1]},\"type\":\"model\",\"count\":2}",
      "{\"name\":\"a\",\"x\":{\"y\":[1]},\"count\":2,\"type\":\"model\"}"})
  void aModelVariantReadsTheBufferedPropertiesThenTheRest(String json) throws Exception {
    Map<String, Tagged> read = mapper.readValue("{\"t\":" + json + ",\"after\":{\"type\":\"model\"}}",
        new TypeReference<Map<String, Tagged>>() { });
    assertThat(read.keySet()).containsExactly("t", "after");
    assertThat(read.get("t")).isEqualTo(new Tagged.OfModel(mapper.readValue(json, ModelDeserializerTest.Model.class)));
    assertThat(((Tagged.OfModel) read.get("t")).value().count).isEqualTo(2L);
    assertThat(((Tagged.OfModel) read.get("after")).value().extra.keySet()).containsExactly("type");
  }

  private Part part(String json) throws Exception {
    return mapper.readValue(json, Part.class);
  }

  private Content content(String json) throws Exception {
    return mapper.readValue(json, Content.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"text\",\"text\":\"hi\",\"n\":[1,{\"a\":null}]}",
      "{\"text\":\"hi\",\"type\":\"text\",\"n\":[1,{\"a\":null}]}",
      "{\"text\":\"hi\",\"n\":[1,{\"a\":null}],\"type\":\"text\"}",
      "{\"text\":\"hi\",\"n\":[1,{\"a\":null}],\"type\":\"plain\"}"})
  void theDiscriminatorPicksTheVariantWhereverItIs(String json) throws Exception {
    Part read = part(json);
    assertThat(read).isInstanceOf(Part.Text.class);
    Map<String, Object> expected = mapper.readValue(json, new TypeReference<Map<String, Object>>() { });
    // The variant saw every property, in the order sent, the discriminator included.
    assertThat(((Part.Text) read).value()).isEqualTo(expected);
    assertThat(((Part.Text) read).value().keySet()).containsExactlyElementsOf(expected.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"text\":\"hi\",\"n\":[1,2.5,{\"a\":null}]}",
      "{\"type\":\"video\",\"text\":\"hi\",\"n\":[1,2.5]}",
      "{\"text\":\"hi\",\"type\":7,\"n\":[1]}",
      "{\"type\":{\"nested\":\"text\"},\"text\":\"hi\"}",
      "{\"type\":null}",
      "{}",
      "\"text\"",
      "[{\"type\":\"text\"}]",
      "12.50"})
  void whatNoVariantTakesIsKeptWhole(String json) throws Exception {
    Part read = part(json);
    assertThat(read).isInstanceOf(Part.Unknown.class);
    assertThat(((Part.Unknown) read).value()).isEqualTo(mapper.readTree(json));
  }

  @Test
  void theParserContinuesAfterTheUnion() throws Exception {
    Map<String, Part> read = mapper.readValue(
        "{\"a\":{\"x\":1,\"type\":\"image\",\"y\":[2]},\"b\":{\"type\":\"video\"},\"c\":{\"type\":\"text\"}}",
        new TypeReference<Map<String, Part>>() { });
    assertThat(read.keySet()).containsExactly("a", "b", "c");
    assertThat(read.get("a")).isEqualTo(new Part.Image(Map.of("x", 1, "type", "image", "y", List.of(2))));
    assertThat(read.get("b")).isInstanceOf(Part.Unknown.class);
    assertThat(read.get("c")).isEqualTo(new Part.Text(Map.of("type", "text")));
  }

  @Test
  void theFirstTokenDecidesAString() throws Exception {
    assertThat(content("\"hello\"")).isEqualTo(new Content.Text("hello"));
  }

  @Test
  void arraysAreCheckedElementByElement() throws Exception {
    Content parts = content("[{\"type\":\"text\",\"text\":\"a\"},{\"text\":\"b\",\"type\":\"text\",\"extra\":[1]}]");
    assertThat(parts).isInstanceOf(Content.Parts.class);
    assertThat(((Content.Parts) parts).value()).hasSize(2).allMatch(p -> p instanceof Part.Text);

    assertThat(content("[[1,2],[3]]")).isEqualTo(new Content.Tokens(List.of(List.of(1L, 2L), List.of(3L))));
    assertThat(content("[true,[\"x\"],false]")).isInstanceOf(Content.Mixed.class);
    // An empty array is every kind of list: the first listed wins, as with a tree.
    assertThat(content("[]")).isEqualTo(new Content.Parts(List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"image\",\"text\":\"b\"}]",
      "[{\"type\":\"text\",\"text\":null}]",
      "[{\"type\":\"text\"}]",
      "[{\"type\":\"text\",\"text\":\"a\"},\"b\"]",
      "[[1,2],[3.5]]",
      "[[1,2],3]",
      "[true,[1]]",
      "{\"type\":\"text\",\"text\":\"a\"}",
      "42",
      "true",
      "null"})
  void shapesNoVariantHasAreKeptWhole(String json) throws Exception {
    Content read = mapper.readValue("{\"c\":" + json + "}", new TypeReference<Map<String, Content>>() { }).get("c");
    if ("null".equals(json)) {
      assertThat(read).isNull();
      return;
    }
    assertThat(read).isInstanceOf(Content.Unknown.class);
    assertThat(((Content.Unknown) read).value()).isEqualTo(mapper.readTree(json));
  }

  @Test
  void aRepeatedPropertyCountsWithItsLastValueAsInATree() throws Exception {
    assertThat(content("[{\"type\":\"text\",\"text\":null,\"text\":\"x\"}]")).isInstanceOf(Content.Parts.class);
    assertThat(content("[{\"type\":\"text\",\"text\":\"x\",\"text\":null}]")).isInstanceOf(Content.Unknown.class);
  }

  @Test
  void eachVariantDeserializerIsFoundOncePerMapper() throws Exception {
    ObjectMapper other = ClientJson.newMapper();
    for (int i = 0; i < 3; i++) {
      assertThat(other.readValue("[[1]]", Content.class)).isEqualTo(new Content.Tokens(List.of(List.of(1L))));
      assertThat(mapper.readValue("[[2]]", Content.class)).isEqualTo(new Content.Tokens(List.of(List.of(2L))));
    }
    assertThat(other.readValue("[{\"type\":\"text\",\"text\":\"a\"}]", Content.class)).isInstanceOf(Content.Parts.class);
  }
}
