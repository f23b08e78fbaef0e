package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.JsonShape;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One of several shapes.
 *
 * <p>Variants: {@link OfString}, {@link OfStrings}, {@link OfNumbers}, {@link OfNumberLists}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = CompletionCreateParamsPrompt.Deserializer.class
)
@JsonSerialize(
    using = CompletionCreateParamsPrompt.Serializer.class
)
public sealed interface CompletionCreateParamsPrompt permits CompletionCreateParamsPrompt.OfString, CompletionCreateParamsPrompt.OfStrings, CompletionCreateParamsPrompt.OfNumbers, CompletionCreateParamsPrompt.OfNumberLists, CompletionCreateParamsPrompt.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code String} variant.
   */
  static CompletionCreateParamsPrompt ofString(String value) {
    return new OfString(value);
  }

  /**
   * Whether this is the {@code String} variant.
   */
  default boolean isString() {
    return this instanceof OfString;
  }

  /**
   * The value of the {@code String} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default String asString() {
    if (this instanceof OfString variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsPrompt is not String: " + this);
  }

  /**
   * The {@code Strings} variant.
   */
  static CompletionCreateParamsPrompt ofStrings(List<String> value) {
    return new OfStrings(value);
  }

  /**
   * Whether this is the {@code Strings} variant.
   */
  default boolean isStrings() {
    return this instanceof OfStrings;
  }

  /**
   * The value of the {@code Strings} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default List<String> asStrings() {
    if (this instanceof OfStrings variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsPrompt is not Strings: " + this);
  }

  /**
   * The {@code Numbers} variant.
   */
  static CompletionCreateParamsPrompt ofNumbers(List<Double> value) {
    return new OfNumbers(value);
  }

  /**
   * Whether this is the {@code Numbers} variant.
   */
  default boolean isNumbers() {
    return this instanceof OfNumbers;
  }

  /**
   * The value of the {@code Numbers} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default List<Double> asNumbers() {
    if (this instanceof OfNumbers variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsPrompt is not Numbers: " + this);
  }

  /**
   * The {@code NumberLists} variant.
   */
  static CompletionCreateParamsPrompt ofNumberLists(List<List<Double>> value) {
    return new OfNumberLists(value);
  }

  /**
   * Whether this is the {@code NumberLists} variant.
   */
  default boolean isNumberLists() {
    return this instanceof OfNumberLists;
  }

  /**
   * The value of the {@code NumberLists} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default List<List<Double>> asNumberLists() {
    if (this instanceof OfNumberLists variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsPrompt is not NumberLists: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static CompletionCreateParamsPrompt unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code String} variant.
   *
   * @param value the value
   */
  record OfString(String value) implements CompletionCreateParamsPrompt {
    public OfString(String value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitString(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code Strings} variant.
   *
   * @param value the value
   */
  record OfStrings(List<String> value) implements CompletionCreateParamsPrompt {
    public OfStrings(List<String> value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStrings(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code Numbers} variant.
   *
   * @param value the value
   */
  record OfNumbers(List<Double> value) implements CompletionCreateParamsPrompt {
    public OfNumbers(List<Double> value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumbers(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code NumberLists} variant.
   *
   * @param value the value
   */
  record OfNumberLists(List<List<Double>> value) implements CompletionCreateParamsPrompt {
    public OfNumberLists(List<List<Double>> value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumberLists(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * JSON that matched no variant, kept as it was.
   *
   * @param value the raw JSON
   */
  record Unknown(JsonNode value) implements CompletionCreateParamsPrompt {
    public Unknown(JsonNode value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * One method per variant of {@link CompletionCreateParamsPrompt}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitString(String value);

    R visitStrings(List<String> value);

    R visitNumbers(List<Double> value);

    R visitNumberLists(List<List<Double>> value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown CompletionCreateParamsPrompt: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<CompletionCreateParamsPrompt> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(CompletionCreateParamsPrompt.class, Unknown::new, List.of(
            variant(JsonShape.string(), String.class, OfString::new),
            variant(JsonShape.arrayOf(JsonShape.string()), new TypeReference<List<String>>() { }, OfStrings::new),
            variant(JsonShape.arrayOf(JsonShape.number()), new TypeReference<List<Double>>() { }, OfNumbers::new),
            variant(JsonShape.arrayOf(JsonShape.arrayOf(JsonShape.number())), new TypeReference<List<List<Double>>>() { }, OfNumberLists::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<CompletionCreateParamsPrompt> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(CompletionCreateParamsPrompt.class);
    }

    @Override
    public void serialize(CompletionCreateParamsPrompt value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      if (value instanceof OfNumbers || value instanceof OfNumberLists) {
        IntegralDoubleSerializer.INSTANCE.serialize(value.value(), generator, provider);
        return;
      }
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
