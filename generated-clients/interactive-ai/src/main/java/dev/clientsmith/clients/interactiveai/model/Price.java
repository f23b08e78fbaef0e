package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * <p>Variants: {@link OfNumber}, {@link OfString}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = Price.Deserializer.class
)
@JsonSerialize(
    using = Price.Serializer.class
)
public sealed interface Price permits Price.OfNumber, Price.OfString, Price.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code Number} variant.
   */
  static Price ofNumber(Double value) {
    return new OfNumber(value);
  }

  /**
   * Whether this is the {@code Number} variant.
   */
  default boolean isNumber() {
    return this instanceof OfNumber;
  }

  /**
   * The value of the {@code Number} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default Double asNumber() {
    if (this instanceof OfNumber variant) {
      return variant.value();
    }
    throw new IllegalStateException("Price is not Number: " + this);
  }

  /**
   * The {@code String} variant.
   */
  static Price ofString(String value) {
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
    throw new IllegalStateException("Price is not String: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static Price unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code Number} variant.
   *
   * @param value the value
   */
  record OfNumber(Double value) implements Price {
    public OfNumber(Double value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumber(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code String} variant.
   *
   * @param value the value
   */
  record OfString(String value) implements Price {
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
   * JSON that matched no variant, kept as it was.
   *
   * @param value the raw JSON
   */
  record Unknown(JsonNode value) implements Price {
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
   * One method per variant of {@link Price}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitNumber(Double value);

    R visitString(String value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown Price: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<Price> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(Price.class, Unknown::new, List.of(
            variant(JsonShape.number(), Double.class, OfNumber::new),
            variant(JsonShape.string(), String.class, OfString::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<Price> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Price.class);
    }

    @Override
    public void serialize(Price value, JsonGenerator generator, SerializerProvider provider) throws
        IOException {
      if (value instanceof OfNumber) {
        IntegralDoubleSerializer.INSTANCE.serialize(value.value(), generator, provider);
        return;
      }
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
