package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.JsonShape;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One of several shapes.
 *
 * <p>Variants: {@link OfProviderSort}, {@link OfProviderSortConfig}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = ProviderSortUnion.Deserializer.class
)
@JsonSerialize(
    using = ProviderSortUnion.Serializer.class
)
public sealed interface ProviderSortUnion permits ProviderSortUnion.OfProviderSort, ProviderSortUnion.OfProviderSortConfig, ProviderSortUnion.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code ProviderSort} variant.
   */
  static ProviderSortUnion ofProviderSort(ProviderSort value) {
    return new OfProviderSort(value);
  }

  /**
   * Whether this is the {@code ProviderSort} variant.
   */
  default boolean isProviderSort() {
    return this instanceof OfProviderSort;
  }

  /**
   * The value of the {@code ProviderSort} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ProviderSort asProviderSort() {
    if (this instanceof OfProviderSort variant) {
      return variant.value();
    }
    throw new IllegalStateException("ProviderSortUnion is not ProviderSort: " + this);
  }

  /**
   * The {@code ProviderSortConfig} variant.
   */
  static ProviderSortUnion ofProviderSortConfig(ProviderSortConfig value) {
    return new OfProviderSortConfig(value);
  }

  /**
   * Whether this is the {@code ProviderSortConfig} variant.
   */
  default boolean isProviderSortConfig() {
    return this instanceof OfProviderSortConfig;
  }

  /**
   * The value of the {@code ProviderSortConfig} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ProviderSortConfig asProviderSortConfig() {
    if (this instanceof OfProviderSortConfig variant) {
      return variant.value();
    }
    throw new IllegalStateException("ProviderSortUnion is not ProviderSortConfig: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static ProviderSortUnion unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code ProviderSort} variant.
   *
   * @param value the value
   */
  record OfProviderSort(ProviderSort value) implements ProviderSortUnion {
    public OfProviderSort(ProviderSort value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitProviderSort(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code ProviderSortConfig} variant.
   *
   * @param value the value
   */
  record OfProviderSortConfig(ProviderSortConfig value) implements ProviderSortUnion {
    public OfProviderSortConfig(ProviderSortConfig value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitProviderSortConfig(value);
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
  record Unknown(JsonNode value) implements ProviderSortUnion {
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
   * One method per variant of {@link ProviderSortUnion}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitProviderSort(ProviderSort value);

    R visitProviderSortConfig(ProviderSortConfig value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown ProviderSortUnion: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<ProviderSortUnion> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(ProviderSortUnion.class, Unknown::new, List.of(
            variant(JsonShape.string(), ProviderSort.class, OfProviderSort::new),
            variant(JsonShape.object(), ProviderSortConfig.class, OfProviderSortConfig::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<ProviderSortUnion> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ProviderSortUnion.class);
    }

    @Override
    public void serialize(ProviderSortUnion value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
