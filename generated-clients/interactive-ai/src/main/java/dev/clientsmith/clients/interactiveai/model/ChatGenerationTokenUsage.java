package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ChatGenerationTokenUsage} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationTokenUsage.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationTokenUsage {
  @JsonProperty("completion_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double completionTokens;

  @JsonProperty("prompt_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double promptTokens;

  @JsonProperty("total_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double totalTokens;

  @JsonProperty("completion_tokens_details")
  private final Nullable<ChatGenerationTokenUsageCompletionTokensDetails> completionTokensDetails;

  @JsonProperty("prompt_tokens_details")
  private final Nullable<ChatGenerationTokenUsagePromptTokensDetails> promptTokensDetails;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationTokenUsage(Builder b) {
    this.completionTokens = b.completionTokens;
    this.promptTokens = b.promptTokens;
    this.totalTokens = b.totalTokens;
    this.completionTokensDetails = b.completionTokensDetails;
    this.promptTokensDetails = b.promptTokensDetails;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code completion_tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double completionTokens() {
    if (completionTokens == null) {
      throw new IllegalStateException("ChatGenerationTokenUsage.completionTokens is required, but the response did not contain 'completion_tokens'");
    }
    return completionTokens;
  }

  /**
   * The {@code prompt_tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double promptTokens() {
    if (promptTokens == null) {
      throw new IllegalStateException("ChatGenerationTokenUsage.promptTokens is required, but the response did not contain 'prompt_tokens'");
    }
    return promptTokens;
  }

  /**
   * The {@code total_tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double totalTokens() {
    if (totalTokens == null) {
      throw new IllegalStateException("ChatGenerationTokenUsage.totalTokens is required, but the response did not contain 'total_tokens'");
    }
    return totalTokens;
  }

  /**
   * The {@code completion_tokens_details} property.
   *
   * <p>Empty when absent or null; {@link #completionTokensDetailsField()} tells which.
   */
  public Optional<ChatGenerationTokenUsageCompletionTokensDetails> completionTokensDetails() {
    return completionTokensDetails.toOptional();
  }

  /**
   * The {@code completion_tokens_details} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatGenerationTokenUsageCompletionTokensDetails> completionTokensDetailsField() {
    return completionTokensDetails;
  }

  /**
   * The {@code prompt_tokens_details} property.
   *
   * <p>Empty when absent or null; {@link #promptTokensDetailsField()} tells which.
   */
  public Optional<ChatGenerationTokenUsagePromptTokensDetails> promptTokensDetails() {
    return promptTokensDetails.toOptional();
  }

  /**
   * The {@code prompt_tokens_details} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatGenerationTokenUsagePromptTokensDetails> promptTokensDetailsField() {
    return promptTokensDetails;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationTokenUsage}.
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
    b.completionTokens = this.completionTokens;
    b.promptTokens = this.promptTokens;
    b.totalTokens = this.totalTokens;
    b.completionTokensDetails = this.completionTokensDetails;
    b.promptTokensDetails = this.promptTokensDetails;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationTokenUsage that)) {
      return false;
    }
    return Objects.equals(completionTokens, that.completionTokens)
            && Objects.equals(promptTokens, that.promptTokens)
            && Objects.equals(totalTokens, that.totalTokens)
            && Objects.equals(completionTokensDetails, that.completionTokensDetails)
            && Objects.equals(promptTokensDetails, that.promptTokensDetails)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(completionTokens, promptTokens, totalTokens, completionTokensDetails, promptTokensDetails, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationTokenUsage", additionalProperties,
        "completionTokens", completionTokens, "promptTokens", promptTokens,
        "totalTokens", totalTokens, "completionTokensDetails", completionTokensDetails,
        "promptTokensDetails", promptTokensDetails);
  }

  /**
   * Builds {@link ChatGenerationTokenUsage}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Double completionTokens;

    private Double promptTokens;

    private Double totalTokens;

    private Nullable<ChatGenerationTokenUsageCompletionTokensDetails> completionTokensDetails = Nullable.absent();

    private Nullable<ChatGenerationTokenUsagePromptTokensDetails> promptTokensDetails = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("completion_tokens")
    private Builder jsonCompletionTokens(Double value) {
      this.completionTokens = value;
      return this;
    }

    /**
     * Sets {@code completion_tokens}.
     */
    public Builder completionTokens(Double completionTokens) {
      Objects.requireNonNull(completionTokens, "completionTokens");
      this.completionTokens = completionTokens;
      return this;
    }

    /**
     * Sets {@code completion_tokens}, from a primitive {@code double}.
     */
    public Builder completionTokens(double value) {
      return completionTokens(Double.valueOf(value));
    }

    @JsonProperty("prompt_tokens")
    private Builder jsonPromptTokens(Double value) {
      this.promptTokens = value;
      return this;
    }

    /**
     * Sets {@code prompt_tokens}.
     */
    public Builder promptTokens(Double promptTokens) {
      Objects.requireNonNull(promptTokens, "promptTokens");
      this.promptTokens = promptTokens;
      return this;
    }

    /**
     * Sets {@code prompt_tokens}, from a primitive {@code double}.
     */
    public Builder promptTokens(double value) {
      return promptTokens(Double.valueOf(value));
    }

    @JsonProperty("total_tokens")
    private Builder jsonTotalTokens(Double value) {
      this.totalTokens = value;
      return this;
    }

    /**
     * Sets {@code total_tokens}.
     */
    public Builder totalTokens(Double totalTokens) {
      Objects.requireNonNull(totalTokens, "totalTokens");
      this.totalTokens = totalTokens;
      return this;
    }

    /**
     * Sets {@code total_tokens}, from a primitive {@code double}.
     */
    public Builder totalTokens(double value) {
      return totalTokens(Double.valueOf(value));
    }

    @JsonProperty("completion_tokens_details")
    private Builder jsonCompletionTokensDetails(
        ChatGenerationTokenUsageCompletionTokensDetails value) {
      this.completionTokensDetails = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code completion_tokens_details}.
     *
     * @param completionTokensDetails the value, or {@code null} to send an explicit null
     */
    public Builder completionTokensDetails(
        ChatGenerationTokenUsageCompletionTokensDetails completionTokensDetails) {
      this.completionTokensDetails = completionTokensDetails == null ? Nullable.ofNull() : Nullable.of(completionTokensDetails);
      return this;
    }

    @JsonProperty("prompt_tokens_details")
    private Builder jsonPromptTokensDetails(ChatGenerationTokenUsagePromptTokensDetails value) {
      this.promptTokensDetails = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code prompt_tokens_details}.
     *
     * @param promptTokensDetails the value, or {@code null} to send an explicit null
     */
    public Builder promptTokensDetails(
        ChatGenerationTokenUsagePromptTokensDetails promptTokensDetails) {
      this.promptTokensDetails = promptTokensDetails == null ? Nullable.ofNull() : Nullable.of(promptTokensDetails);
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
    public ChatGenerationTokenUsage build() {
      if (completionTokens == null) {
        throw new IllegalStateException("ChatGenerationTokenUsage.completionTokens is required but was not set");
      }
      if (promptTokens == null) {
        throw new IllegalStateException("ChatGenerationTokenUsage.promptTokens is required but was not set");
      }
      if (totalTokens == null) {
        throw new IllegalStateException("ChatGenerationTokenUsage.totalTokens is required but was not set");
      }
      return new ChatGenerationTokenUsage(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationTokenUsage buildFromJson() {
      return new ChatGenerationTokenUsage(this);
    }

    /**
     * Reads {@link ChatGenerationTokenUsage} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationTokenUsage> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationTokenUsage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("completion_tokens", Double.class, Builder::jsonCompletionTokens),
              property("prompt_tokens", Double.class, Builder::jsonPromptTokens),
              property("total_tokens", Double.class, Builder::jsonTotalTokens),
              property("completion_tokens_details", ChatGenerationTokenUsageCompletionTokensDetails.class, Builder::jsonCompletionTokensDetails),
              property("prompt_tokens_details", ChatGenerationTokenUsagePromptTokensDetails.class, Builder::jsonPromptTokensDetails)));
      }
    }
  }
}
