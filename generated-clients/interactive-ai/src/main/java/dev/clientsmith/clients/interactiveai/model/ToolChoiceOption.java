package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.JsonShape;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of several shapes.
 *
 * <p>Variants: {@link OfLiteral}, {@link OfNamedToolChoice}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = ToolChoiceOption.Deserializer.class
)
@JsonSerialize(
    using = ToolChoiceOption.Serializer.class
)
public sealed interface ToolChoiceOption permits ToolChoiceOption.OfLiteral, ToolChoiceOption.OfNamedToolChoice, ToolChoiceOption.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code Literal} variant.
   */
  static ToolChoiceOption ofLiteral(Literal value) {
    return new OfLiteral(value);
  }

  /**
   * Whether this is the {@code Literal} variant.
   */
  default boolean isLiteral() {
    return this instanceof OfLiteral;
  }

  /**
   * The value of the {@code Literal} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default Literal asLiteral() {
    if (this instanceof OfLiteral variant) {
      return variant.value();
    }
    throw new IllegalStateException("ToolChoiceOption is not Literal: " + this);
  }

  /**
   * The {@code NamedToolChoice} variant.
   */
  static ToolChoiceOption ofNamedToolChoice(NamedToolChoice value) {
    return new OfNamedToolChoice(value);
  }

  /**
   * Whether this is the {@code NamedToolChoice} variant.
   */
  default boolean isNamedToolChoice() {
    return this instanceof OfNamedToolChoice;
  }

  /**
   * The value of the {@code NamedToolChoice} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default NamedToolChoice asNamedToolChoice() {
    if (this instanceof OfNamedToolChoice variant) {
      return variant.value();
    }
    throw new IllegalStateException("ToolChoiceOption is not NamedToolChoice: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static ToolChoiceOption unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code Literal} variant.
   *
   * @param value the value
   */
  record OfLiteral(Literal value) implements ToolChoiceOption {
    public OfLiteral(Literal value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLiteral(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code NamedToolChoice} variant.
   *
   * @param value the value
   */
  record OfNamedToolChoice(NamedToolChoice value) implements ToolChoiceOption {
    public OfNamedToolChoice(NamedToolChoice value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNamedToolChoice(value);
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
  record Unknown(JsonNode value) implements ToolChoiceOption {
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
   * One method per variant of {@link ToolChoiceOption}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitLiteral(Literal value);

    R visitNamedToolChoice(NamedToolChoice value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown ToolChoiceOption: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<ToolChoiceOption> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(ToolChoiceOption.class, Unknown::new, List.of(
            variant(JsonShape.string(), Literal.class, OfLiteral::new),
            variant(JsonShape.object().constant("type", "function").requiresNonNull("function"), NamedToolChoice.class, OfNamedToolChoice::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<ToolChoiceOption> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ToolChoiceOption.class);
    }

    @Override
    public void serialize(ToolChoiceOption value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }

  /**
   * Values of {@code Literal}.
   *
   * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
   */
  final class Literal {
    /**
     * {@code none}
     */
    public static final Literal NONE = new Literal("none", Known.NONE);

    /**
     * {@code auto}
     */
    public static final Literal AUTO = new Literal("auto", Known.AUTO);

    /**
     * {@code required}
     */
    public static final Literal REQUIRED = new Literal("required", Known.REQUIRED);

    private static final Map<String, Literal> BY_VALUE;

    static {
      Map<String, Literal> map = new LinkedHashMap<>();
      map.put(NONE.value, NONE);
      map.put(AUTO.value, AUTO);
      map.put(REQUIRED.value, REQUIRED);
      BY_VALUE = Collections.unmodifiableMap(map);
    }

    private final String value;

    private final Known known;

    private Literal(String value, Known known) {
      this.value = value;
      this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance keeping an undocumented value.
     */
    @JsonCreator
    public static Literal of(String value) {
      Objects.requireNonNull(value, "value");
      Literal constant = BY_VALUE.get(value);
      return constant != null ? constant : new Literal(value, null);
    }

    /**
     * The documented values, in document order.
     */
    public static List<Literal> values() {
      return List.copyOf(BY_VALUE.values());
    }

    /**
     * The value as sent on the wire.
     */
    @JsonValue
    public String value() {
      return value;
    }

    /**
     * The documented value this is, or empty for a value the document does not list.
     */
    public Optional<Known> known() {
      return Optional.ofNullable(known);
    }

    /**
     * Whether the document lists this value.
     */
    public boolean isKnown() {
      return known != null;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Literal that)) {
        return false;
      }
      return value.equals(that.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    /**
     * The values the document lists, for {@code switch}.
     */
    public enum Known {
      /**
       * {@code none}
       */
      NONE,

      /**
       * {@code auto}
       */
      AUTO,

      /**
       * {@code required}
       */
      REQUIRED
    }
  }
}
