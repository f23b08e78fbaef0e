package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
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
 * <p>Variants: {@link OfString}, {@link OfChatMessageContentItemTexts}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = DeveloperMessageContent.Deserializer.class
)
@JsonSerialize(
    using = DeveloperMessageContent.Serializer.class
)
public sealed interface DeveloperMessageContent permits DeveloperMessageContent.OfString, DeveloperMessageContent.OfChatMessageContentItemTexts, DeveloperMessageContent.Unknown {
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
  static DeveloperMessageContent ofString(String value) {
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
    throw new IllegalStateException("DeveloperMessageContent is not String: " + this);
  }

  /**
   * The {@code ChatMessageContentItemTexts} variant.
   */
  static DeveloperMessageContent ofChatMessageContentItemTexts(
      List<ChatMessageContentItemText> value) {
    return new OfChatMessageContentItemTexts(value);
  }

  /**
   * Whether this is the {@code ChatMessageContentItemTexts} variant.
   */
  default boolean isChatMessageContentItemTexts() {
    return this instanceof OfChatMessageContentItemTexts;
  }

  /**
   * The value of the {@code ChatMessageContentItemTexts} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default List<ChatMessageContentItemText> asChatMessageContentItemTexts() {
    if (this instanceof OfChatMessageContentItemTexts variant) {
      return variant.value();
    }
    throw new IllegalStateException("DeveloperMessageContent is not ChatMessageContentItemTexts: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static DeveloperMessageContent unknown(JsonNode json) {
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
  record OfString(String value) implements DeveloperMessageContent {
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
   * The {@code ChatMessageContentItemTexts} variant.
   *
   * @param value the value
   */
  record OfChatMessageContentItemTexts(
      List<ChatMessageContentItemText> value) implements DeveloperMessageContent {
    public OfChatMessageContentItemTexts(List<ChatMessageContentItemText> value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChatMessageContentItemTexts(value);
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
  record Unknown(JsonNode value) implements DeveloperMessageContent {
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
   * One method per variant of {@link DeveloperMessageContent}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitString(String value);

    R visitChatMessageContentItemTexts(List<ChatMessageContentItemText> value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown DeveloperMessageContent: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<DeveloperMessageContent> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(DeveloperMessageContent.class, Unknown::new, List.of(
            variant(JsonShape.string(), String.class, OfString::new),
            variant(JsonShape.arrayOf(JsonShape.object().constant("type", "text").requiresNonNull("text")), new TypeReference<List<ChatMessageContentItemText>>() { }, OfChatMessageContentItemTexts::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<DeveloperMessageContent> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(DeveloperMessageContent.class);
    }

    @Override
    public void serialize(DeveloperMessageContent value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
