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
 * <p>Variants: {@link OfResponseFormatText}, {@link OfResponseFormatJsonObject}, {@link OfResponseFormatJSONSchema}, {@link OfResponseFormatTextGrammar}, {@link OfResponseFormatPython}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = CompletionCreateParamsResponseFormat.Deserializer.class
)
@JsonSerialize(
    using = CompletionCreateParamsResponseFormat.Serializer.class
)
public sealed interface CompletionCreateParamsResponseFormat permits CompletionCreateParamsResponseFormat.OfResponseFormatText, CompletionCreateParamsResponseFormat.OfResponseFormatJsonObject, CompletionCreateParamsResponseFormat.OfResponseFormatJSONSchema, CompletionCreateParamsResponseFormat.OfResponseFormatTextGrammar, CompletionCreateParamsResponseFormat.OfResponseFormatPython, CompletionCreateParamsResponseFormat.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code ResponseFormatText} variant.
   */
  static CompletionCreateParamsResponseFormat ofResponseFormatText(ResponseFormatText value) {
    return new OfResponseFormatText(value);
  }

  /**
   * Whether this is the {@code ResponseFormatText} variant.
   */
  default boolean isResponseFormatText() {
    return this instanceof OfResponseFormatText;
  }

  /**
   * The value of the {@code ResponseFormatText} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatText asResponseFormatText() {
    if (this instanceof OfResponseFormatText variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsResponseFormat is not ResponseFormatText: " + this);
  }

  /**
   * The {@code ResponseFormatJsonObject} variant.
   */
  static CompletionCreateParamsResponseFormat ofResponseFormatJsonObject(
      ResponseFormatJsonObject value) {
    return new OfResponseFormatJsonObject(value);
  }

  /**
   * Whether this is the {@code ResponseFormatJsonObject} variant.
   */
  default boolean isResponseFormatJsonObject() {
    return this instanceof OfResponseFormatJsonObject;
  }

  /**
   * The value of the {@code ResponseFormatJsonObject} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatJsonObject asResponseFormatJsonObject() {
    if (this instanceof OfResponseFormatJsonObject variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsResponseFormat is not ResponseFormatJsonObject: " + this);
  }

  /**
   * The {@code ResponseFormatJSONSchema} variant.
   */
  static CompletionCreateParamsResponseFormat ofResponseFormatJSONSchema(
      ResponseFormatJSONSchema value) {
    return new OfResponseFormatJSONSchema(value);
  }

  /**
   * Whether this is the {@code ResponseFormatJSONSchema} variant.
   */
  default boolean isResponseFormatJSONSchema() {
    return this instanceof OfResponseFormatJSONSchema;
  }

  /**
   * The value of the {@code ResponseFormatJSONSchema} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatJSONSchema asResponseFormatJSONSchema() {
    if (this instanceof OfResponseFormatJSONSchema variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsResponseFormat is not ResponseFormatJSONSchema: " + this);
  }

  /**
   * The {@code ResponseFormatTextGrammar} variant.
   */
  static CompletionCreateParamsResponseFormat ofResponseFormatTextGrammar(
      ResponseFormatTextGrammar value) {
    return new OfResponseFormatTextGrammar(value);
  }

  /**
   * Whether this is the {@code ResponseFormatTextGrammar} variant.
   */
  default boolean isResponseFormatTextGrammar() {
    return this instanceof OfResponseFormatTextGrammar;
  }

  /**
   * The value of the {@code ResponseFormatTextGrammar} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatTextGrammar asResponseFormatTextGrammar() {
    if (this instanceof OfResponseFormatTextGrammar variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsResponseFormat is not ResponseFormatTextGrammar: " + this);
  }

  /**
   * The {@code ResponseFormatPython} variant.
   */
  static CompletionCreateParamsResponseFormat ofResponseFormatPython(ResponseFormatPython value) {
    return new OfResponseFormatPython(value);
  }

  /**
   * Whether this is the {@code ResponseFormatPython} variant.
   */
  default boolean isResponseFormatPython() {
    return this instanceof OfResponseFormatPython;
  }

  /**
   * The value of the {@code ResponseFormatPython} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatPython asResponseFormatPython() {
    if (this instanceof OfResponseFormatPython variant) {
      return variant.value();
    }
    throw new IllegalStateException("CompletionCreateParamsResponseFormat is not ResponseFormatPython: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static CompletionCreateParamsResponseFormat unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code ResponseFormatText} variant.
   *
   * @param value the value
   */
  record OfResponseFormatText(
      ResponseFormatText value) implements CompletionCreateParamsResponseFormat {
    public OfResponseFormatText(ResponseFormatText value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResponseFormatText(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code ResponseFormatJsonObject} variant.
   *
   * @param value the value
   */
  record OfResponseFormatJsonObject(
      ResponseFormatJsonObject value) implements CompletionCreateParamsResponseFormat {
    public OfResponseFormatJsonObject(ResponseFormatJsonObject value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResponseFormatJsonObject(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code ResponseFormatJSONSchema} variant.
   *
   * @param value the value
   */
  record OfResponseFormatJSONSchema(
      ResponseFormatJSONSchema value) implements CompletionCreateParamsResponseFormat {
    public OfResponseFormatJSONSchema(ResponseFormatJSONSchema value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResponseFormatJSONSchema(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code ResponseFormatTextGrammar} variant.
   *
   * @param value the value
   */
  record OfResponseFormatTextGrammar(
      ResponseFormatTextGrammar value) implements CompletionCreateParamsResponseFormat {
    public OfResponseFormatTextGrammar(ResponseFormatTextGrammar value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResponseFormatTextGrammar(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code ResponseFormatPython} variant.
   *
   * @param value the value
   */
  record OfResponseFormatPython(
      ResponseFormatPython value) implements CompletionCreateParamsResponseFormat {
    public OfResponseFormatPython(ResponseFormatPython value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResponseFormatPython(value);
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
  record Unknown(JsonNode value) implements CompletionCreateParamsResponseFormat {
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
   * One method per variant of {@link CompletionCreateParamsResponseFormat}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitResponseFormatText(ResponseFormatText value);

    R visitResponseFormatJsonObject(ResponseFormatJsonObject value);

    R visitResponseFormatJSONSchema(ResponseFormatJSONSchema value);

    R visitResponseFormatTextGrammar(ResponseFormatTextGrammar value);

    R visitResponseFormatPython(ResponseFormatPython value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown CompletionCreateParamsResponseFormat: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<CompletionCreateParamsResponseFormat> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(CompletionCreateParamsResponseFormat.class, Unknown::new, List.of(
            variant(JsonShape.object().constant("type", "text"), ResponseFormatText.class, OfResponseFormatText::new),
            variant(JsonShape.object().constant("type", "json_object"), ResponseFormatJsonObject.class, OfResponseFormatJsonObject::new),
            variant(JsonShape.object().constant("type", "json_schema").requiresNonNull("json_schema"), ResponseFormatJSONSchema.class, OfResponseFormatJSONSchema::new),
            variant(JsonShape.object().constant("type", "grammar").requiresNonNull("grammar"), ResponseFormatTextGrammar.class, OfResponseFormatTextGrammar::new),
            variant(JsonShape.object().constant("type", "python"), ResponseFormatPython.class, OfResponseFormatPython::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<CompletionCreateParamsResponseFormat> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(CompletionCreateParamsResponseFormat.class);
    }

    @Override
    public void serialize(CompletionCreateParamsResponseFormat value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
