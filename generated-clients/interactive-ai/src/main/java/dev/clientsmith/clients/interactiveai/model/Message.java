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
 * <p>Variants: {@link OfSystem}, {@link OfUser}, {@link OfDeveloper}, {@link OfAssistant}, {@link OfTool}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = Message.Deserializer.class
)
@JsonSerialize(
    using = Message.Serializer.class
)
public sealed interface Message permits Message.OfSystem, Message.OfUser, Message.OfDeveloper, Message.OfAssistant, Message.OfTool, Message.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code system} variant.
   */
  static Message ofSystem(SystemMessage value) {
    return new OfSystem(value);
  }

  /**
   * Whether this is the {@code system} variant.
   */
  default boolean isSystem() {
    return this instanceof OfSystem;
  }

  /**
   * The value of the {@code system} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default SystemMessage asSystem() {
    if (this instanceof OfSystem variant) {
      return variant.value();
    }
    throw new IllegalStateException("Message is not System: " + this);
  }

  /**
   * The {@code user} variant.
   */
  static Message ofUser(UserMessage value) {
    return new OfUser(value);
  }

  /**
   * Whether this is the {@code user} variant.
   */
  default boolean isUser() {
    return this instanceof OfUser;
  }

  /**
   * The value of the {@code user} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default UserMessage asUser() {
    if (this instanceof OfUser variant) {
      return variant.value();
    }
    throw new IllegalStateException("Message is not User: " + this);
  }

  /**
   * The {@code developer} variant.
   */
  static Message ofDeveloper(DeveloperMessage value) {
    return new OfDeveloper(value);
  }

  /**
   * Whether this is the {@code developer} variant.
   */
  default boolean isDeveloper() {
    return this instanceof OfDeveloper;
  }

  /**
   * The value of the {@code developer} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default DeveloperMessage asDeveloper() {
    if (this instanceof OfDeveloper variant) {
      return variant.value();
    }
    throw new IllegalStateException("Message is not Developer: " + this);
  }

  /**
   * The {@code assistant} variant.
   */
  static Message ofAssistant(AssistantMessage value) {
    return new OfAssistant(value);
  }

  /**
   * Whether this is the {@code assistant} variant.
   */
  default boolean isAssistant() {
    return this instanceof OfAssistant;
  }

  /**
   * The value of the {@code assistant} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default AssistantMessage asAssistant() {
    if (this instanceof OfAssistant variant) {
      return variant.value();
    }
    throw new IllegalStateException("Message is not Assistant: " + this);
  }

  /**
   * The {@code tool} variant.
   */
  static Message ofTool(ToolResponseMessage value) {
    return new OfTool(value);
  }

  /**
   * Whether this is the {@code tool} variant.
   */
  default boolean isTool() {
    return this instanceof OfTool;
  }

  /**
   * The value of the {@code tool} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ToolResponseMessage asTool() {
    if (this instanceof OfTool variant) {
      return variant.value();
    }
    throw new IllegalStateException("Message is not Tool: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static Message unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * A {@code system} Message with text content.
   */
  static Message system(String text) {
    return ofSystem(SystemMessage.builder().content(SystemMessageContent.ofString(text)).build());
  }

  /**
   * A {@code user} Message with text content.
   */
  static Message user(String text) {
    return ofUser(UserMessage.builder().content(UserMessageContent.ofString(text)).build());
  }

  /**
   * A {@code developer} Message with text content.
   */
  static Message developer(String text) {
    return ofDeveloper(DeveloperMessage.builder().content(DeveloperMessageContent.ofString(text)).build());
  }

  /**
   * A {@code assistant} Message with text content.
   */
  static Message assistant(String text) {
    return ofAssistant(AssistantMessage.builder().content(AssistantMessageContent.ofString(text)).build());
  }

  /**
   * The {@code system} variant.
   *
   * @param value the value
   */
  record OfSystem(SystemMessage value) implements Message {
    public OfSystem(SystemMessage value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSystem(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code user} variant.
   *
   * @param value the value
   */
  record OfUser(UserMessage value) implements Message {
    public OfUser(UserMessage value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUser(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code developer} variant.
   *
   * @param value the value
   */
  record OfDeveloper(DeveloperMessage value) implements Message {
    public OfDeveloper(DeveloperMessage value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDeveloper(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code assistant} variant.
   *
   * @param value the value
   */
  record OfAssistant(AssistantMessage value) implements Message {
    public OfAssistant(AssistantMessage value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAssistant(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code tool} variant.
   *
   * @param value the value
   */
  record OfTool(ToolResponseMessage value) implements Message {
    public OfTool(ToolResponseMessage value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTool(value);
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
  record Unknown(JsonNode value) implements Message {
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
   * One method per variant of {@link Message}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitSystem(SystemMessage value);

    R visitUser(UserMessage value);

    R visitDeveloper(DeveloperMessage value);

    R visitAssistant(AssistantMessage value);

    R visitTool(ToolResponseMessage value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown Message: " + json);
    }
  }

  /**
   * Picks the variant from the value of {@code role}, buffering only the properties before it, and binds it.
   */
  final class Deserializer extends UnionDeserializer<Message> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(Message.class, "role", Unknown::new, List.of(
            tagged(List.of("system"), SystemMessage.class, OfSystem::new),
            tagged(List.of("user"), UserMessage.class, OfUser::new),
            tagged(List.of("developer"), DeveloperMessage.class, OfDeveloper::new),
            tagged(List.of("assistant"), AssistantMessage.class, OfAssistant::new),
            tagged(List.of("tool"), ToolResponseMessage.class, OfTool::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<Message> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Message.class);
    }

    @Override
    public void serialize(Message value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
