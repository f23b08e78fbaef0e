package dev.clientsmith.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.testing.ChatParams;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class NullableTest {

  private final ObjectMapper mapper = ClientJson.mapper();

  @Test
  void threeStatesAreDistinct() {
    Nullable<String> absent = Nullable.absent();
    Nullable<String> isNull = Nullable.ofNull();
    Nullable<String> value = Nullable.of("x");

    assertThat(absent.isAbsent()).isTrue();
    assertThat(absent.isDefined()).isFalse();
    assertThat(absent.isNull()).isFalse();
    assertThat(absent.isPresent()).isFalse();

    assertThat(isNull.isNull()).isTrue();
    assertThat(isNull.isDefined()).isTrue();
    assertThat(isNull.isAbsent()).isFalse();
    assertThat(isNull.isPresent()).isFalse();

    assertThat(value.isPresent()).isTrue();
    assertThat(value.isDefined()).isTrue();
    assertThat(value.get()).isEqualTo("x");

    assertThat(absent).isNotEqualTo(isNull);
    assertThat(value).isEqualTo(Nullable.of("x")).hasSameHashCodeAs(Nullable.of("x"));
    assertThat(absent.hashCode()).isNotEqualTo(isNull.hashCode());
  }

  @Test
  void accessors() {
    assertThat(Nullable.<String>absent().orElse("d")).isEqualTo("d");
    assertThat(Nullable.<String>ofNull().orElse("d")).isEqualTo("d");
    assertThat(Nullable.of("v").orElse("d")).isEqualTo("v");
    assertThat(Nullable.<String>ofNull().orElseNull()).isNull();
    assertThat(Nullable.of("v").toOptional()).contains("v");
    assertThat(Nullable.<String>ofNull().toOptional()).isEmpty();
    assertThat(Nullable.<String>absent().toOptional()).isEmpty();
    assertThat(Nullable.ofNullable(null)).isEqualTo(Nullable.ofNull());
    assertThat(Nullable.ofNullable("v")).isEqualTo(Nullable.of("v"));
    assertThat(Nullable.of("abc").map(String::length)).isEqualTo(Nullable.of(3));
    assertThat(Nullable.<String>ofNull().map(String::length).isNull()).isTrue();
    assertThat(Nullable.<String>absent().map(String::length).isAbsent()).isTrue();
    assertThat(Nullable.absent()).hasToString("Nullable.absent");
    assertThat(Nullable.ofNull()).hasToString("Nullable.null");
    assertThat(Nullable.of(1)).hasToString("Nullable[1]");

    assertThatThrownBy(() -> Nullable.absent().get())
        .isInstanceOf(NoSuchElementException.class).hasMessage("value is absent");
    assertThatThrownBy(() -> Nullable.ofNull().get())
        .isInstanceOf(NoSuchElementException.class).hasMessage("value is null");
    assertThatThrownBy(() -> Nullable.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void writesAbsentAsOmittedNullAsNullAndValueAsValue() throws Exception {
    ChatParams params = ChatParams.builder()
        .model("m")
        .maxTokens(Nullable.ofNull())
        .temperature(Nullable.of(0.5))
        // user stays absent
        .build();

    assertThat(mapper.writeValueAsString(params))
        .isEqualTo("{\"model\":\"m\",\"max_tokens\":null,\"temperature\":0.5}");
  }

  @Test
  void allThreeStatesRoundTripThroughACreator() throws Exception {
    ChatParams original = ChatParams.builder()
        .model("m")
        .messages(List.of("hi"))
        .maxTokens(Nullable.ofNull())
        .temperature(Nullable.of(0.25))
        .build();

    String json = mapper.writeValueAsString(original);
    ChatParams read = mapper.readValue(json, ChatParams.class);

    assertThat(read.user().isAbsent()).as("missing property -> absent").isTrue();
    assertThat(read.maxTokens().isNull()).as("null -> null").isTrue();
    assertThat(read.temperature()).isEqualTo(Nullable.of(0.25));
    assertThat(read).isEqualTo(original);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void readsEachStateFromJson() throws Exception {
    ChatParams read = mapper.readValue("{\"model\":\"m\",\"user\":null,\"max_tokens\":7}", ChatParams.class);
    assertThat(read.user()).isEqualTo(Nullable.ofNull());
    assertThat(read.maxTokens()).isEqualTo(Nullable.of(7));
    assertThat(read.temperature()).isEqualTo(Nullable.absent());
  }

  @Test
  void roundTripsThroughABuilder() throws Exception {
    BuiltModel original = new BuiltModel.Builder().name(Nullable.of("n")).note(Nullable.ofNull()).build();
    String json = mapper.writeValueAsString(original);
    assertThat(json).isEqualTo("{\"name\":\"n\",\"note\":null}");

    BuiltModel read = mapper.readValue(json, BuiltModel.class);
    assertThat(read.name).isEqualTo(Nullable.of("n"));
    assertThat(read.note).isEqualTo(Nullable.ofNull());
    assertThat(read.tags).isEqualTo(Nullable.absent());

    BuiltModel withTags = mapper.readValue("{\"tags\":[\"a\",null]}", BuiltModel.class);
    assertThat(withTags.tags.get()).containsExactly("a", null);
    assertThat(withTags.name.isAbsent()).isTrue();
  }

  @Test
  void absentIsOmittedEvenWithoutAnAnnotationThanksToTheMapperDefault() throws Exception {
    assertThat(mapper.writeValueAsString(new Unannotated(Nullable.absent()))).isEqualTo("{}");
    assertThat(mapper.writeValueAsString(new Unannotated(Nullable.ofNull()))).isEqualTo("{\"v\":null}");
    assertThat(mapper.writeValueAsString(new Unannotated(Nullable.of(List.of(1, 2))))).isEqualTo("{\"v\":[1,2]}");
  }

  @Test
  void worksAsRootValueAndWithGenericContent() throws Exception {
    assertThat(mapper.writeValueAsString(Nullable.of("x"))).isEqualTo("\"x\"");
    assertThat(mapper.writeValueAsString(Nullable.ofNull())).isEqualTo("null");
    assertThat(mapper.<Nullable<List<Integer>>>readValue("[1,2]", new TypeReference<Nullable<List<Integer>>>() { }))
        .isEqualTo(Nullable.of(List.of(1, 2)));
    assertThat(mapper.<Nullable<String>>readValue("null", new TypeReference<Nullable<String>>() { }))
        .isEqualTo(Nullable.ofNull());
  }

  @Test
  void moduleIsDiscoverableByServiceLoader() throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertThat(plain.getRegisteredModuleIds()).contains(NullableModule.class.getName());
    assertThat(plain.writeValueAsString(new Unannotated(Nullable.of(List.of(3))))).isEqualTo("{\"v\":[3]}");
  }

  @Test
  void optionalStillWorksNextToNullable() throws Exception {
    assertThat(mapper.writeValueAsString(new WithOptional(Optional.empty()))).isEqualTo("{}");
    assertThat(mapper.writeValueAsString(new WithOptional(Optional.of("o")))).isEqualTo("{\"o\":\"o\"}");
  }

  static final class Unannotated {
    @JsonProperty("v")
    final Nullable<List<Integer>> v;

    Unannotated(Nullable<List<Integer>> v) {
      this.v = v;
    }
  }

  static final class WithOptional {
    @JsonProperty("o")
    final Optional<String> o;

    WithOptional(Optional<String> o) {
      this.o = o;
    }
  }

  @JsonDeserialize(builder = BuiltModel.Builder.class)
  static final class BuiltModel {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    final Nullable<String> name;
    @JsonProperty("note")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    final Nullable<String> note;
    @JsonProperty("tags")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    final Nullable<List<String>> tags;

    BuiltModel(Builder builder) {
      this.name = builder.name;
      this.note = builder.note;
      this.tags = builder.tags;
    }

    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder {
      private Nullable<String> name = Nullable.absent();
      private Nullable<String> note = Nullable.absent();
      private Nullable<List<String>> tags = Nullable.absent();

      @JsonCreator
      Builder() {
      }

      @JsonProperty("name")
      Builder name(Nullable<String> name) {
        this.name = name;
        return this;
      }

      @JsonProperty("note")
      Builder note(Nullable<String> note) {
        this.note = note;
        return this;
      }

      @JsonProperty("tags")
      Builder tags(Nullable<List<String>> tags) {
        this.tags = tags;
        return this;
      }

      BuiltModel build() {
        return new BuiltModel(this);
      }
    }
  }
}
