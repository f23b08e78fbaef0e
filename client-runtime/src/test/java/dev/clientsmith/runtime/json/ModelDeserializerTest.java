package dev.clientsmith.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model read through its {@link ModelDeserializer} comes out as Jackson's builder-based reading of
 * the same builder makes it, failures included.
 */
@Timeout(10)
class ModelDeserializerTest {

  /** Shaped like a generated model: a builder with private JSON setters, any-setter and build method. */
  @JsonDeserialize(using = Model.Builder.Reader.class)
  static final class Model {
    final String name;
    final Long count;
    final Nullable<String> note;
    final List<Model> children;
    final Map<String, JsonNode> extra;

    private Model(Builder b) {
      this.name = b.name;
      this.count = b.count;
      this.note = b.note;
      this.children = b.children;
      this.extra = b.extra;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Model m && Objects.equals(name, m.name) && Objects.equals(count, m.count)
          && Objects.equals(note, m.note) && Objects.equals(children, m.children) && extra.equals(m.extra);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, count, note, children, extra);
    }

    @Override
    public String toString() {
      return "Model{" + name + ", " + count + ", " + note + ", " + children + ", " + extra + "}";
    }

    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    static final class Builder {
      private String name;
      private Long count;
      private Nullable<String> note = Nullable.absent();
      private List<Model> children;
      private final Map<String, JsonNode> extra = new LinkedHashMap<>();

      @JsonProperty("name")
      private Builder jsonName(String value) {
        this.name = value;
        return this;
      }

      @JsonProperty("count")
      private Builder jsonCount(Long value) {
        this.count = value;
        return this;
      }

      @JsonProperty("note")
      private Builder jsonNote(Nullable<String> value) {
        this.note = value == null ? Nullable.ofNull() : value;
        return this;
      }

      @JsonProperty("children")
      private Builder jsonChildren(List<Model> value) {
        this.children = value;
        return this;
      }

      @JsonAnySetter
      private Builder putExtra(String key, JsonNode value) {
        extra.put(key, value);
        return this;
      }

      private Model buildFromJson() {
        return new Model(this);
      }

      static final class Reader extends ModelDeserializer<Builder, Model> {
        Reader() {
          super(Model.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putExtra, List.of(
              property("name", String.class, Builder::jsonName),
              property("count", Long.class, Builder::jsonCount),
              property("note", new TypeReference<Nullable<String>>() { }, Builder::jsonNote),
              property("children", new TypeReference<List<Model>>() { }, Builder::jsonChildren)));
        }
      }
    }
  }

  /** Puts Jackson's own builder-based reading back, for comparison. */
  @JsonDeserialize(builder = Model.Builder.class)
  interface JacksonReading {
  }

  private static final ObjectMapper OURS = ClientJson.newMapper();
  private static final ObjectMapper JACKSONS = ClientJson.newMapper().rebuild().addMixIn(Model.class, JacksonReading.class).build();

  @Test
  void theComparisonIsWithJacksonsOwnReading() throws Exception {
    for (ObjectMapper mapper : List.of(OURS, JACKSONS)) {
      DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
          .createInstance(mapper.getDeserializationConfig(), null, null);
      JsonDeserializer<Object> reader = context.findRootValueDeserializer(mapper.constructType(Model.class));
      assertThat(reader instanceof ModelDeserializer).as("ModelDeserializer").isEqualTo(mapper == OURS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "{\"name\":\"a\",\"count\":3,\"note\":\"n\",\"children\":[{\"name\":\"b\"},{}]}",
      "{\"note\":null,\"name\":null,\"count\":null,\"children\":null}",
      "{\"count\":\"12\",\"name\":5}",
      "{\"count\":1.0}",
      "{\"name\":\"a\",\"name\":\"b\",\"note\":\"x\",\"note\":null}",
      "{\"x\":1,\"y\":null,\"z\":{\"deep\":[1,2.5,\"s\"]},\"name\":\"a\"}",
      "{\"children\":[null,{\"count\":2,\"u\":true}]}"})
  void readsAsJacksonsBuilderReadingDoes(String json) throws Exception {
    Model ours = OURS.readValue(json, Model.class);
    Model jacksons = JACKSONS.readValue(json, Model.class);
    assertThat(ours).isEqualTo(jacksons);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"count\":\"many\"}",
      "{\"count\":{}}",
      "{\"children\":[{\"count\":[1]}]}",
      "{\"children\":{}}",
      "\"text\"",
      "[]",
      "[{}]",
      "12",
      "true"})
  void failsAsJacksonsBuilderReadingFails(String json) {
    Throwable ours = catchThrowable(() -> OURS.readValue(json, Model.class));
    Throwable jacksons = catchThrowable(() -> JACKSONS.readValue(json, Model.class));
    assertThat(jacksons).as("Jackson's reading of " + json).isNotNull();
    assertThat(ours).isNotNull().hasSameClassAs(jacksons);
    assertThat(ours.getMessage()).isEqualTo(jacksons.getMessage());
  }
}
