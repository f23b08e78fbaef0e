package dev.clientsmith.clients.jylo.model;

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
 * The {@code ChatCompletionRequest} object of the API.
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = ChatCompletionRequest.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatCompletionRequest {
  @JsonProperty("messages")
  private final Nullable<List<Message>> messages;

  @JsonProperty("response_format")
  private final ResponseFormat responseFormat;

  @JsonProperty("max_tokens")
  private final Nullable<Integer> maxTokens;

  private final Map<String, JsonNode> additionalProperties;

  private ChatCompletionRequest(Builder b) {
    this.messages = b.messages.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.messages.get()))) : b.messages;
    this.responseFormat = b.responseFormat;
    this.maxTokens = b.maxTokens;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code messages} property.
   *
   * <p>Empty when absent or null; {@link #messagesField()} tells which.
   */
  public List<Message> messages() {
    return messages.isPresent() ? messages.get() : List.of();
  }

  /**
   * The {@code messages} property with its three states: absent, null, or a value.
   */
  public Nullable<List<Message>> messagesField() {
    return messages;
  }

  /**
   * The {@code response_format} property.
   */
  public Optional<ResponseFormat> responseFormat() {
    return Optional.ofNullable(responseFormat);
  }

  /**
   * The {@code max_tokens} property.
   *
   * <p>Empty when absent or null; {@link #maxTokensField()} tells which.
   */
  public Optional<Integer> maxTokens() {
    return maxTokens.toOptional();
  }

  /**
   * The {@code max_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Integer> maxTokensField() {
    return maxTokens;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatCompletionRequest}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.messages = this.messages.isPresent() ? Nullable.of(new ArrayList<>(this.messages.get())) : this.messages;
    b.responseFormat = this.responseFormat;
    b.maxTokens = this.maxTokens;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatCompletionRequest that)) {
      return false;
    }
    return Objects.equals(messages, that.messages)
            && Objects.equals(responseFormat, that.responseFormat)
            && Objects.equals(maxTokens, that.maxTokens)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messages, responseFormat, maxTokens, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatCompletionRequest", additionalProperties, "messages", messages,
        "responseFormat", responseFormat, "maxTokens", maxTokens);
  }

  /**
   * Builds {@link ChatCompletionRequest}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<List<Message>> messages = Nullable.absent();

    private ResponseFormat responseFormat;

    private Nullable<Integer> maxTokens = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("messages")
    private Builder jsonMessages(List<Message> value) {
      this.messages = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code messages}.
     *
     * @param messages the value, or {@code null} to send an explicit null
     */
    public Builder messages(List<Message> messages) {
      this.messages = messages == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(messages));
      return this;
    }

    /**
     * Adds one element to {@code messages}.
     */
    public Builder addMessage(Message element) {
      List<Message> list = messages.isPresent() ? messages.get() : new ArrayList<>();
      list.add(element);
      this.messages = Nullable.of(list);
      return this;
    }

    @JsonProperty("response_format")
    private Builder jsonResponseFormat(ResponseFormat value) {
      this.responseFormat = value;
      return this;
    }

    /**
     * Sets {@code response_format}.
     */
    public Builder responseFormat(ResponseFormat responseFormat) {
      Objects.requireNonNull(responseFormat, "responseFormat");
      this.responseFormat = responseFormat;
      return this;
    }

    @JsonProperty("max_tokens")
    private Builder jsonMaxTokens(Integer value) {
      this.maxTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code max_tokens}.
     *
     * @param maxTokens the value, or {@code null} to send an explicit null
     */
    public Builder maxTokens(Integer maxTokens) {
      this.maxTokens = maxTokens == null ? Nullable.ofNull() : Nullable.of(maxTokens);
      return this;
    }

    /**
     * Sets {@code max_tokens}, from a primitive {@code int}.
     */
    public Builder maxTokens(int value) {
      return maxTokens(Integer.valueOf(value));
    }

    @JsonAnySetter
    private Builder jsonAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * The immutable object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public ChatCompletionRequest build() {
      if (messages.isAbsent()) {
        throw new IllegalStateException("ChatCompletionRequest.messages is required but was not set (set it to a value, or to null)");
      }
      return new ChatCompletionRequest(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatCompletionRequest buildFromJson() {
      return new ChatCompletionRequest(this);
    }

    /**
     * Reads {@link ChatCompletionRequest} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatCompletionRequest> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatCompletionRequest.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("messages", new TypeReference<List<Message>>() { }, Builder::jsonMessages),
              property("response_format", ResponseFormat.class, Builder::jsonResponseFormat),
              property("max_tokens", Integer.class, Builder::jsonMaxTokens)));
      }
    }
  }
}
