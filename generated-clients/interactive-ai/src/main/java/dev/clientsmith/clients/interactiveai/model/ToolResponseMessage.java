package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ToolResponseMessage} object of the API.
 */
@JsonDeserialize(
    using = ToolResponseMessage.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ToolResponseMessage {
  @JsonProperty("role")
  private final String role;

  @JsonProperty("content")
  private final ToolResponseMessageContent content;

  @JsonProperty("tool_call_id")
  private final String toolCallId;

  private final Map<String, JsonNode> additionalProperties;

  private ToolResponseMessage(Builder b) {
    this.role = b.role;
    this.content = b.content;
    this.toolCallId = b.toolCallId;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code role} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String role() {
    if (role == null) {
      throw new IllegalStateException("ToolResponseMessage.role is required, but the response did not contain 'role'");
    }
    return role;
  }

  /**
   * The {@code content} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public ToolResponseMessageContent content() {
    if (content == null) {
      throw new IllegalStateException("ToolResponseMessage.content is required, but the response did not contain 'content'");
    }
    return content;
  }

  /**
   * The {@code tool_call_id} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String toolCallId() {
    if (toolCallId == null) {
      throw new IllegalStateException("ToolResponseMessage.toolCallId is required, but the response did not contain 'tool_call_id'");
    }
    return toolCallId;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ToolResponseMessage}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.role = "tool";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.role = this.role;
    b.content = this.content;
    b.toolCallId = this.toolCallId;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ToolResponseMessage that)) {
      return false;
    }
    return Objects.equals(role, that.role)
            && Objects.equals(content, that.content)
            && Objects.equals(toolCallId, that.toolCallId)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, content, toolCallId, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ToolResponseMessage", additionalProperties, "role", role,
        "content", content, "toolCallId", toolCallId);
  }

  /**
   * Builds {@link ToolResponseMessage}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String role;

    private ToolResponseMessageContent content;

    private String toolCallId;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("role")
    private Builder jsonRole(String value) {
      this.role = value;
      return this;
    }

    @JsonProperty("content")
    private Builder jsonContent(ToolResponseMessageContent value) {
      this.content = value;
      return this;
    }

    /**
     * Sets {@code content}.
     */
    public Builder content(ToolResponseMessageContent content) {
      Objects.requireNonNull(content, "content");
      this.content = content;
      return this;
    }

    /**
     * Sets {@code content} to the {@code String} variant.
     */
    public Builder content(String value) {
      return content(ToolResponseMessageContent.ofString(value));
    }

    /**
     * Sets {@code content} to the {@code ChatMessageContentItems} variant.
     */
    public Builder content(List<ChatMessageContentItem> value) {
      return content(ToolResponseMessageContent.ofChatMessageContentItems(value));
    }

    @JsonProperty("tool_call_id")
    private Builder jsonToolCallId(String value) {
      this.toolCallId = value;
      return this;
    }

    /**
     * Sets {@code tool_call_id}.
     */
    public Builder toolCallId(String toolCallId) {
      Objects.requireNonNull(toolCallId, "toolCallId");
      this.toolCallId = toolCallId;
      return this;
    }

    /**
     * Adds a property the document does not declare; it is sent as given.
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Replaces all undeclared properties.
     */
    public Builder additionalProperties(Map<String, JsonNode> properties) {
      additionalProperties.clear();
      additionalProperties.putAll(properties);
      return this;
    }

    /**
     * The immutable object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public ToolResponseMessage build() {
      if (role == null) {
        throw new IllegalStateException("ToolResponseMessage.role is required but was not set");
      }
      if (content == null) {
        throw new IllegalStateException("ToolResponseMessage.content is required but was not set");
      }
      if (toolCallId == null) {
        throw new IllegalStateException("ToolResponseMessage.toolCallId is required but was not set");
      }
      return new ToolResponseMessage(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ToolResponseMessage buildFromJson() {
      return new ToolResponseMessage(this);
    }

    /**
     * Reads {@link ToolResponseMessage} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ToolResponseMessage> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ToolResponseMessage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("role", String.class, Builder::jsonRole),
              property("content", ToolResponseMessageContent.class, Builder::jsonContent),
              property("tool_call_id", String.class, Builder::jsonToolCallId)));
      }
    }
  }
}
