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
 * <p>Variants: {@link OfString}, {@link OfChatMessageContentItems}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = AssistantMessageContent.Deserializer.class
)
@JsonSerialize(
    using = AssistantMessageContent.Serializer.class
)
public sealed interface AssistantMessageContent permits AssistantMessageContent.OfString, AssistantMessageContent.OfChatMessageContentItems, AssistantMessageContent.Unknown {
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
  static AssistantMessageContent ofString(String value) {
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
    throw new IllegalStateException("AssistantMessageContent is not String: " + this);
  }

  /**
   * The {@code ChatMessageContentItems} variant.
   */
  static AssistantMessageContent ofChatMessageContentItems(List<ChatMessageContentItem> value) {
    return new OfChatMessageContentItems(value);
  }

  /**
   * Whether this is the {@code ChatMessageContentItems} variant.
   */
  default boolean isChatMessageContentItems() {
    return this instanceof OfChatMessageContentItems;
  }

  /**
   * The value of the {@code ChatMessageContentItems} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default List<ChatMessageContentItem> asChatMessageContentItems() {
    if (this instanceof OfChatMessageContentItems variant) {
      return variant.value();
    }
    throw new IllegalStateException("AssistantMessageContent is not ChatMessageContentItems: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static AssistantMessageContent unknown(JsonNode json) {
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
  record OfString(String value) implements AssistantMessageContent {
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
   * The {@code ChatMessageContentItems} variant.
   *
   * @param value the value
   */
  record OfChatMessageContentItems(
      List<ChatMessageContentItem> value) implements AssistantMessageContent {
    public OfChatMessageContentItems(List<ChatMessageContentItem> value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChatMessageContentItems(value);
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
  record Unknown(JsonNode value) implements AssistantMessageContent {
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
   * One method per variant of {@link AssistantMessageContent}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitString(String value);

    R visitChatMessageContentItems(List<ChatMessageContentItem> value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown AssistantMessageContent: " + json);
    }
  }

  /**
   * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
   */
  final class Deserializer extends UnionDeserializer<AssistantMessageContent> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(AssistantMessageContent.class, Unknown::new, List.of(
            variant(JsonShape.string(), String.class, OfString::new),
            variant(JsonShape.arrayOf(JsonShape.object()), new TypeReference<List<ChatMessageContentItem>>() { }, OfChatMessageContentItems::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<AssistantMessageContent> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(AssistantMessageContent.class);
    }

    @Override
    public void serialize(AssistantMessageContent value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
