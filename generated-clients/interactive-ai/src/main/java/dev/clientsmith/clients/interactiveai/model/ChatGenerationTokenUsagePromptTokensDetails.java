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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ChatGenerationTokenUsagePromptTokensDetails} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationTokenUsagePromptTokensDetails.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationTokenUsagePromptTokensDetails {
  @JsonProperty("cached_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double cachedTokens;

  @JsonProperty("audio_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double audioTokens;

  @JsonProperty("video_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double videoTokens;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationTokenUsagePromptTokensDetails(Builder b) {
    this.cachedTokens = b.cachedTokens;
    this.audioTokens = b.audioTokens;
    this.videoTokens = b.videoTokens;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code cached_tokens} property.
   */
  public Optional<Double> cachedTokens() {
    return Optional.ofNullable(cachedTokens);
  }

  /**
   * The {@code audio_tokens} property.
   */
  public Optional<Double> audioTokens() {
    return Optional.ofNullable(audioTokens);
  }

  /**
   * The {@code video_tokens} property.
   */
  public Optional<Double> videoTokens() {
    return Optional.ofNullable(videoTokens);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationTokenUsagePromptTokensDetails}.
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
    b.cachedTokens = this.cachedTokens;
    b.audioTokens = this.audioTokens;
    b.videoTokens = this.videoTokens;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationTokenUsagePromptTokensDetails that)) {
      return false;
    }
    return Objects.equals(cachedTokens, that.cachedTokens)
            && Objects.equals(audioTokens, that.audioTokens)
            && Objects.equals(videoTokens, that.videoTokens)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cachedTokens, audioTokens, videoTokens, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationTokenUsagePromptTokensDetails", additionalProperties,
        "cachedTokens", cachedTokens, "audioTokens", audioTokens, "videoTokens", videoTokens);
  }

  /**
   * Builds {@link ChatGenerationTokenUsagePromptTokensDetails}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Double cachedTokens;

    private Double audioTokens;

    private Double videoTokens;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("cached_tokens")
    private Builder jsonCachedTokens(Double value) {
      this.cachedTokens = value;
      return this;
    }

    /**
     * Sets {@code cached_tokens}.
     */
    public Builder cachedTokens(Double cachedTokens) {
      Objects.requireNonNull(cachedTokens, "cachedTokens");
      this.cachedTokens = cachedTokens;
      return this;
    }

    /**
     * Sets {@code cached_tokens}, from a primitive {@code double}.
     */
    public Builder cachedTokens(double value) {
      return cachedTokens(Double.valueOf(value));
    }

    @JsonProperty("audio_tokens")
    private Builder jsonAudioTokens(Double value) {
      this.audioTokens = value;
      return this;
    }

    /**
     * Sets {@code audio_tokens}.
     */
    public Builder audioTokens(Double audioTokens) {
      Objects.requireNonNull(audioTokens, "audioTokens");
      this.audioTokens = audioTokens;
      return this;
    }

    /**
     * Sets {@code audio_tokens}, from a primitive {@code double}.
     */
    public Builder audioTokens(double value) {
      return audioTokens(Double.valueOf(value));
    }

    @JsonProperty("video_tokens")
    private Builder jsonVideoTokens(Double value) {
      this.videoTokens = value;
      return this;
    }

    /**
     * Sets {@code video_tokens}.
     */
    public Builder videoTokens(Double videoTokens) {
      Objects.requireNonNull(videoTokens, "videoTokens");
      this.videoTokens = videoTokens;
      return this;
    }

    /**
     * Sets {@code video_tokens}, from a primitive {@code double}.
     */
    public Builder videoTokens(double value) {
      return videoTokens(Double.valueOf(value));
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
    public ChatGenerationTokenUsagePromptTokensDetails build() {
      return new ChatGenerationTokenUsagePromptTokensDetails(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationTokenUsagePromptTokensDetails buildFromJson() {
      return new ChatGenerationTokenUsagePromptTokensDetails(this);
    }

    /**
     * Reads {@link ChatGenerationTokenUsagePromptTokensDetails} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationTokenUsagePromptTokensDetails> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationTokenUsagePromptTokensDetails.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("cached_tokens", Double.class, Builder::jsonCachedTokens),
              property("audio_tokens", Double.class, Builder::jsonAudioTokens),
              property("video_tokens", Double.class, Builder::jsonVideoTokens)));
      }
    }
  }
}
