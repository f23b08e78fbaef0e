package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code AssistantMessage} object of the API.
 */
@JsonDeserialize(
    using = AssistantMessage.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class AssistantMessage {
  @JsonProperty("role")
  private final String role;

  @JsonProperty("content")
  private final Nullable<AssistantMessageContent> content;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("tool_calls")
  private final List<ChatMessageToolCall> toolCalls;

  @JsonProperty("refusal")
  private final Nullable<String> refusal;

  @JsonProperty("reasoning")
  private final Nullable<String> reasoning;

  private final Map<String, JsonNode> additionalProperties;

  private AssistantMessage(Builder b) {
    this.role = b.role;
    this.content = b.content;
    this.name = b.name;
    this.toolCalls = b.toolCalls == null ? null : Collections.unmodifiableList(new ArrayList<>(b.toolCalls));
    this.refusal = b.refusal;
    this.reasoning = b.reasoning;
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
      throw new IllegalStateException("AssistantMessage.role is required, but the response did not contain 'role'");
    }
    return role;
  }

  /**
   * The {@code content} property.
   *
   * <p>Empty when absent or null; {@link #contentField()} tells which.
   */
  public Optional<AssistantMessageContent> content() {
    return content.toOptional();
  }

  /**
   * The {@code content} property with its three states: absent, null, or a value.
   */
  public Nullable<AssistantMessageContent> contentField() {
    return content;
  }

  /**
   * The {@code name} property.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The {@code tool_calls} property.
   *
   * <p>Empty when absent; {@link #toolCallsField()} tells which.
   */
  public List<ChatMessageToolCall> toolCalls() {
    return toolCalls != null ? toolCalls : List.of();
  }

  /**
   * The {@code tool_calls} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<ChatMessageToolCall>> toolCallsField() {
    return Optional.ofNullable(toolCalls);
  }

  /**
   * The {@code refusal} property.
   *
   * <p>Empty when absent or null; {@link #refusalField()} tells which.
   */
  public Optional<String> refusal() {
    return refusal.toOptional();
  }

  /**
   * The {@code refusal} property with its three states: absent, null, or a value.
   */
  public Nullable<String> refusalField() {
    return refusal;
  }

  /**
   * The {@code reasoning} property.
   *
   * <p>Empty when absent or null; {@link #reasoningField()} tells which.
   */
  public Optional<String> reasoning() {
    return reasoning.toOptional();
  }

  /**
   * The {@code reasoning} property with its three states: absent, null, or a value.
   */
  public Nullable<String> reasoningField() {
    return reasoning;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link AssistantMessage}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.role = "assistant";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.role = this.role;
    b.content = this.content;
    b.name = this.name;
    b.toolCalls = this.toolCalls == null ? null : new ArrayList<>(this.toolCalls);
    b.refusal = this.refusal;
    b.reasoning = this.reasoning;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AssistantMessage that)) {
      return false;
    }
    return Objects.equals(role, that.role)
            && Objects.equals(content, that.content)
            && Objects.equals(name, that.name)
            && Objects.equals(toolCalls, that.toolCalls)
            && Objects.equals(refusal, that.refusal)
            && Objects.equals(reasoning, that.reasoning)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, content, name, toolCalls, refusal, reasoning, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("AssistantMessage", additionalProperties, "role", role,
        "content", content, "name", name, "toolCalls", toolCalls, "refusal", refusal,
        "reasoning", reasoning);
  }

  /**
   * Builds {@link AssistantMessage}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String role;

    private Nullable<AssistantMessageContent> content = Nullable.absent();

    private String name;

    private List<ChatMessageToolCall> toolCalls;

    private Nullable<String> refusal = Nullable.absent();

    private Nullable<String> reasoning = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("role")
    private Builder jsonRole(String value) {
      this.role = value;
      return this;
    }

    @JsonProperty("content")
    private Builder jsonContent(AssistantMessageContent value) {
      this.content = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code content}.
     *
     * @param content the value, or {@code null} to send an explicit null
     */
    public Builder content(AssistantMessageContent content) {
      this.content = content == null ? Nullable.ofNull() : Nullable.of(content);
      return this;
    }

    @JsonProperty("name")
    private Builder jsonName(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code name}.
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      this.name = name;
      return this;
    }

    @JsonProperty("tool_calls")
    private Builder jsonToolCalls(List<ChatMessageToolCall> value) {
      this.toolCalls = value;
      return this;
    }

    /**
     * Sets {@code tool_calls}.
     */
    public Builder toolCalls(List<ChatMessageToolCall> toolCalls) {
      Objects.requireNonNull(toolCalls, "toolCalls");
      this.toolCalls = new ArrayList<>(toolCalls);
      return this;
    }

    /**
     * Adds one element to {@code tool_calls}.
     */
    public Builder addToolCall(ChatMessageToolCall element) {
      if (toolCalls == null) {
        toolCalls = new ArrayList<>();
      }
      toolCalls.add(element);
      return this;
    }

    @JsonProperty("refusal")
    private Builder jsonRefusal(String value) {
      this.refusal = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code refusal}.
     *
     * @param refusal the value, or {@code null} to send an explicit null
     */
    public Builder refusal(String refusal) {
      this.refusal = refusal == null ? Nullable.ofNull() : Nullable.of(refusal);
      return this;
    }

    @JsonProperty("reasoning")
    private Builder jsonReasoning(String value) {
      this.reasoning = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code reasoning}.
     *
     * @param reasoning the value, or {@code null} to send an explicit null
     */
    public Builder reasoning(String reasoning) {
      this.reasoning = reasoning == null ? Nullable.ofNull() : Nullable.of(reasoning);
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
    public AssistantMessage build() {
      if (role == null) {
        throw new IllegalStateException("AssistantMessage.role is required but was not set");
      }
      return new AssistantMessage(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private AssistantMessage buildFromJson() {
      return new AssistantMessage(this);
    }

    /**
     * Reads {@link AssistantMessage} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, AssistantMessage> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(AssistantMessage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("role", String.class, Builder::jsonRole),
              property("content", AssistantMessageContent.class, Builder::jsonContent),
              property("name", String.class, Builder::jsonName),
              property("tool_calls", new TypeReference<List<ChatMessageToolCall>>() { }, Builder::jsonToolCalls),
              property("refusal", String.class, Builder::jsonRefusal),
              property("reasoning", String.class, Builder::jsonReasoning)));
      }
    }
  }
}
