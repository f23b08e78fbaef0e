package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One of several shapes.
 *
 * <p>Variants: {@link OfText}, {@link OfJsonObject}, {@link OfJsonSchema}, {@link OfGrammar}, {@link OfPython}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = ChatGenerationParamsResponseFormat.Deserializer.class
)
@JsonSerialize(
    using = ChatGenerationParamsResponseFormat.Serializer.class
)
public sealed interface ChatGenerationParamsResponseFormat permits ChatGenerationParamsResponseFormat.OfText, ChatGenerationParamsResponseFormat.OfJsonObject, ChatGenerationParamsResponseFormat.OfJsonSchema, ChatGenerationParamsResponseFormat.OfGrammar, ChatGenerationParamsResponseFormat.OfPython, ChatGenerationParamsResponseFormat.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code text} variant.
   */
  static ChatGenerationParamsResponseFormat ofText(ResponseFormatText value) {
    return new OfText(value);
  }

  /**
   * Whether this is the {@code text} variant.
   */
  default boolean isText() {
    return this instanceof OfText;
  }

  /**
   * The value of the {@code text} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatText asText() {
    if (this instanceof OfText variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatGenerationParamsResponseFormat is not Text: " + this);
  }

  /**
   * The {@code json_object} variant.
   */
  static ChatGenerationParamsResponseFormat ofJsonObject(ResponseFormatJsonObject value) {
    return new OfJsonObject(value);
  }

  /**
   * Whether this is the {@code json_object} variant.
   */
  default boolean isJsonObject() {
    return this instanceof OfJsonObject;
  }

  /**
   * The value of the {@code json_object} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatJsonObject asJsonObject() {
    if (this instanceof OfJsonObject variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatGenerationParamsResponseFormat is not JsonObject: " + this);
  }

  /**
   * The {@code json_schema} variant.
   */
  static ChatGenerationParamsResponseFormat ofJsonSchema(ResponseFormatJSONSchema value) {
    return new OfJsonSchema(value);
  }

  /**
   * Whether this is the {@code json_schema} variant.
   */
  default boolean isJsonSchema() {
    return this instanceof OfJsonSchema;
  }

  /**
   * The value of the {@code json_schema} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatJSONSchema asJsonSchema() {
    if (this instanceof OfJsonSchema variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatGenerationParamsResponseFormat is not JsonSchema: " + this);
  }

  /**
   * The {@code grammar} variant.
   */
  static ChatGenerationParamsResponseFormat ofGrammar(ResponseFormatTextGrammar value) {
    return new OfGrammar(value);
  }

  /**
   * Whether this is the {@code grammar} variant.
   */
  default boolean isGrammar() {
    return this instanceof OfGrammar;
  }

  /**
   * The value of the {@code grammar} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatTextGrammar asGrammar() {
    if (this instanceof OfGrammar variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatGenerationParamsResponseFormat is not Grammar: " + this);
  }

  /**
   * The {@code python} variant.
   */
  static ChatGenerationParamsResponseFormat ofPython(ResponseFormatPython value) {
    return new OfPython(value);
  }

  /**
   * Whether this is the {@code python} variant.
   */
  default boolean isPython() {
    return this instanceof OfPython;
  }

  /**
   * The value of the {@code python} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseFormatPython asPython() {
    if (this instanceof OfPython variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatGenerationParamsResponseFormat is not Python: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static ChatGenerationParamsResponseFormat unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code text} variant.
   *
   * @param value the value
   */
  record OfText(ResponseFormatText value) implements ChatGenerationParamsResponseFormat {
    public OfText(ResponseFormatText value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitText(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code json_object} variant.
   *
   * @param value the value
   */
  record OfJsonObject(
      ResponseFormatJsonObject value) implements ChatGenerationParamsResponseFormat {
    public OfJsonObject(ResponseFormatJsonObject value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitJsonObject(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code json_schema} variant.
   *
   * @param value the value
   */
  record OfJsonSchema(
      ResponseFormatJSONSchema value) implements ChatGenerationParamsResponseFormat {
    public OfJsonSchema(ResponseFormatJSONSchema value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitJsonSchema(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code grammar} variant.
   *
   * @param value the value
   */
  record OfGrammar(ResponseFormatTextGrammar value) implements ChatGenerationParamsResponseFormat {
    public OfGrammar(ResponseFormatTextGrammar value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitGrammar(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code python} variant.
   *
   * @param value the value
   */
  record OfPython(ResponseFormatPython value) implements ChatGenerationParamsResponseFormat {
    public OfPython(ResponseFormatPython value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPython(value);
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
  record Unknown(JsonNode value) implements ChatGenerationParamsResponseFormat {
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
   * One method per variant of {@link ChatGenerationParamsResponseFormat}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitText(ResponseFormatText value);

    R visitJsonObject(ResponseFormatJsonObject value);

    R visitJsonSchema(ResponseFormatJSONSchema value);

    R visitGrammar(ResponseFormatTextGrammar value);

    R visitPython(ResponseFormatPython value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown ChatGenerationParamsResponseFormat: " + json);
    }
  }

  /**
   * Picks the variant from the value of {@code type}, buffering only the properties before it, and binds it.
   */
  final class Deserializer extends UnionDeserializer<ChatGenerationParamsResponseFormat> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(ChatGenerationParamsResponseFormat.class, "type", Unknown::new, List.of(
            tagged(List.of("text"), ResponseFormatText.class, OfText::new),
            tagged(List.of("json_object"), ResponseFormatJsonObject.class, OfJsonObject::new),
            tagged(List.of("json_schema"), ResponseFormatJSONSchema.class, OfJsonSchema::new),
            tagged(List.of("grammar"), ResponseFormatTextGrammar.class, OfGrammar::new),
            tagged(List.of("python"), ResponseFormatPython.class, OfPython::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<ChatGenerationParamsResponseFormat> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ChatGenerationParamsResponseFormat.class);
    }

    @Override
    public void serialize(ChatGenerationParamsResponseFormat value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
