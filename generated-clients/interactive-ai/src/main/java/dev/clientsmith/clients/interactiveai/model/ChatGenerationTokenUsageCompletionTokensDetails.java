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
 * The {@code ChatGenerationTokenUsageCompletionTokensDetails} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationTokenUsageCompletionTokensDetails.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationTokenUsageCompletionTokensDetails {
  @JsonProperty("reasoning_tokens")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> reasoningTokens;

  @JsonProperty("audio_tokens")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> audioTokens;

  @JsonProperty("accepted_prediction_tokens")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> acceptedPredictionTokens;

  @JsonProperty("rejected_prediction_tokens")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> rejectedPredictionTokens;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationTokenUsageCompletionTokensDetails(Builder b) {
    this.reasoningTokens = b.reasoningTokens;
    this.audioTokens = b.audioTokens;
    this.acceptedPredictionTokens = b.acceptedPredictionTokens;
    this.rejectedPredictionTokens = b.rejectedPredictionTokens;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code reasoning_tokens} property.
   *
   * <p>Empty when absent or null; {@link #reasoningTokensField()} tells which.
   */
  public Optional<Double> reasoningTokens() {
    return reasoningTokens.toOptional();
  }

  /**
   * The {@code reasoning_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> reasoningTokensField() {
    return reasoningTokens;
  }

  /**
   * The {@code audio_tokens} property.
   *
   * <p>Empty when absent or null; {@link #audioTokensField()} tells which.
   */
  public Optional<Double> audioTokens() {
    return audioTokens.toOptional();
  }

  /**
   * The {@code audio_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> audioTokensField() {
    return audioTokens;
  }

  /**
   * The {@code accepted_prediction_tokens} property.
   *
   * <p>Empty when absent or null; {@link #acceptedPredictionTokensField()} tells which.
   */
  public Optional<Double> acceptedPredictionTokens() {
    return acceptedPredictionTokens.toOptional();
  }

  /**
   * The {@code accepted_prediction_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> acceptedPredictionTokensField() {
    return acceptedPredictionTokens;
  }

  /**
   * The {@code rejected_prediction_tokens} property.
   *
   * <p>Empty when absent or null; {@link #rejectedPredictionTokensField()} tells which.
   */
  public Optional<Double> rejectedPredictionTokens() {
    return rejectedPredictionTokens.toOptional();
  }

  /**
   * The {@code rejected_prediction_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> rejectedPredictionTokensField() {
    return rejectedPredictionTokens;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationTokenUsageCompletionTokensDetails}.
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
    b.reasoningTokens = this.reasoningTokens;
    b.audioTokens = this.audioTokens;
    b.acceptedPredictionTokens = this.acceptedPredictionTokens;
    b.rejectedPredictionTokens = this.rejectedPredictionTokens;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationTokenUsageCompletionTokensDetails that)) {
      return false;
    }
    return Objects.equals(reasoningTokens, that.reasoningTokens)
            && Objects.equals(audioTokens, that.audioTokens)
            && Objects.equals(acceptedPredictionTokens, that.acceptedPredictionTokens)
            && Objects.equals(rejectedPredictionTokens, that.rejectedPredictionTokens)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reasoningTokens, audioTokens, acceptedPredictionTokens, rejectedPredictionTokens, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationTokenUsageCompletionTokensDetails", additionalProperties,
        "reasoningTokens", reasoningTokens, "audioTokens", audioTokens,
        "acceptedPredictionTokens", acceptedPredictionTokens,
        "rejectedPredictionTokens", rejectedPredictionTokens);
  }

  /**
   * Builds {@link ChatGenerationTokenUsageCompletionTokensDetails}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<Double> reasoningTokens = Nullable.absent();

    private Nullable<Double> audioTokens = Nullable.absent();

    private Nullable<Double> acceptedPredictionTokens = Nullable.absent();

    private Nullable<Double> rejectedPredictionTokens = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("reasoning_tokens")
    private Builder jsonReasoningTokens(Double value) {
      this.reasoningTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code reasoning_tokens}.
     *
     * @param reasoningTokens the value, or {@code null} to send an explicit null
     */
    public Builder reasoningTokens(Double reasoningTokens) {
      this.reasoningTokens = reasoningTokens == null ? Nullable.ofNull() : Nullable.of(reasoningTokens);
      return this;
    }

    /**
     * Sets {@code reasoning_tokens}, from a primitive {@code double}.
     */
    public Builder reasoningTokens(double value) {
      return reasoningTokens(Double.valueOf(value));
    }

    @JsonProperty("audio_tokens")
    private Builder jsonAudioTokens(Double value) {
      this.audioTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code audio_tokens}.
     *
     * @param audioTokens the value, or {@code null} to send an explicit null
     */
    public Builder audioTokens(Double audioTokens) {
      this.audioTokens = audioTokens == null ? Nullable.ofNull() : Nullable.of(audioTokens);
      return this;
    }

    /**
     * Sets {@code audio_tokens}, from a primitive {@code double}.
     */
    public Builder audioTokens(double value) {
      return audioTokens(Double.valueOf(value));
    }

    @JsonProperty("accepted_prediction_tokens")
    private Builder jsonAcceptedPredictionTokens(Double value) {
      this.acceptedPredictionTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code accepted_prediction_tokens}.
     *
     * @param acceptedPredictionTokens the value, or {@code null} to send an explicit null
     */
    public Builder acceptedPredictionTokens(Double acceptedPredictionTokens) {
      this.acceptedPredictionTokens = acceptedPredictionTokens == null ? Nullable.ofNull() : Nullable.of(acceptedPredictionTokens);
      return this;
    }

    /**
     * Sets {@code accepted_prediction_tokens}, from a primitive {@code double}.
     */
    public Builder acceptedPredictionTokens(double value) {
      return acceptedPredictionTokens(Double.valueOf(value));
    }

    @JsonProperty("rejected_prediction_tokens")
    private Builder jsonRejectedPredictionTokens(Double value) {
      this.rejectedPredictionTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code rejected_prediction_tokens}.
     *
     * @param rejectedPredictionTokens the value, or {@code null} to send an explicit null
     */
    public Builder rejectedPredictionTokens(Double rejectedPredictionTokens) {
      this.rejectedPredictionTokens = rejectedPredictionTokens == null ? Nullable.ofNull() : Nullable.of(rejectedPredictionTokens);
      return this;
    }

    /**
     * Sets {@code rejected_prediction_tokens}, from a primitive {@code double}.
     */
    public Builder rejectedPredictionTokens(double value) {
      return rejectedPredictionTokens(Double.valueOf(value));
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
    public ChatGenerationTokenUsageCompletionTokensDetails build() {
      return new ChatGenerationTokenUsageCompletionTokensDetails(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationTokenUsageCompletionTokensDetails buildFromJson() {
      return new ChatGenerationTokenUsageCompletionTokensDetails(this);
    }

    /**
     * Reads {@link ChatGenerationTokenUsageCompletionTokensDetails} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationTokenUsageCompletionTokensDetails> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationTokenUsageCompletionTokensDetails.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("reasoning_tokens", Double.class, Builder::jsonReasoningTokens),
              property("audio_tokens", Double.class, Builder::jsonAudioTokens),
              property("accepted_prediction_tokens", Double.class, Builder::jsonAcceptedPredictionTokens),
              property("rejected_prediction_tokens", Double.class, Builder::jsonRejectedPredictionTokens)));
      }
    }
  }
}
