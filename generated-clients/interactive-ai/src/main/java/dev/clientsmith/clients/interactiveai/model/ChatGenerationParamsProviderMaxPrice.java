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
import java.util.Optional;

/**
 * The {@code ChatGenerationParamsProviderMaxPrice} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationParamsProviderMaxPrice.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationParamsProviderMaxPrice {
  @JsonProperty("prompt")
  private final Price prompt;

  @JsonProperty("completion")
  private final Price completion;

  @JsonProperty("image")
  private final Price image;

  @JsonProperty("audio")
  private final Price audio;

  @JsonProperty("request")
  private final Price request;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationParamsProviderMaxPrice(Builder b) {
    this.prompt = b.prompt;
    this.completion = b.completion;
    this.image = b.image;
    this.audio = b.audio;
    this.request = b.request;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code prompt} property.
   */
  public Optional<Price> prompt() {
    return Optional.ofNullable(prompt);
  }

  /**
   * The {@code completion} property.
   */
  public Optional<Price> completion() {
    return Optional.ofNullable(completion);
  }

  /**
   * The {@code image} property.
   */
  public Optional<Price> image() {
    return Optional.ofNullable(image);
  }

  /**
   * The {@code audio} property.
   */
  public Optional<Price> audio() {
    return Optional.ofNullable(audio);
  }

  /**
   * The {@code request} property.
   */
  public Optional<Price> request() {
    return Optional.ofNullable(request);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationParamsProviderMaxPrice}.
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
    b.prompt = this.prompt;
    b.completion = this.completion;
    b.image = this.image;
    b.audio = this.audio;
    b.request = this.request;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationParamsProviderMaxPrice that)) {
      return false;
    }
    return Objects.equals(prompt, that.prompt)
            && Objects.equals(completion, that.completion)
            && Objects.equals(image, that.image)
            && Objects.equals(audio, that.audio)
            && Objects.equals(request, that.request)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, completion, image, audio, request, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationParamsProviderMaxPrice", additionalProperties,
        "prompt", prompt, "completion", completion, "image", image, "audio", audio,
        "request", request);
  }

  /**
   * Builds {@link ChatGenerationParamsProviderMaxPrice}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Price prompt;

    private Price completion;

    private Price image;

    private Price audio;

    private Price request;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("prompt")
    private Builder jsonPrompt(Price value) {
      this.prompt = value;
      return this;
    }

    /**
     * Sets {@code prompt}.
     */
    public Builder prompt(Price prompt) {
      Objects.requireNonNull(prompt, "prompt");
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets {@code prompt} to the {@code Number} variant.
     */
    public Builder prompt(Double value) {
      return prompt(Price.ofNumber(value));
    }

    /**
     * Sets the {@code prompt} variant Number, from a primitive {@code double}.
     */
    public Builder prompt(double value) {
      return prompt(Double.valueOf(value));
    }

    /**
     * Sets {@code prompt} to the {@code String} variant.
     */
    public Builder prompt(String value) {
      return prompt(Price.ofString(value));
    }

    @JsonProperty("completion")
    private Builder jsonCompletion(Price value) {
      this.completion = value;
      return this;
    }

    /**
     * Sets {@code completion}.
     */
    public Builder completion(Price completion) {
      Objects.requireNonNull(completion, "completion");
      this.completion = completion;
      return this;
    }

    /**
     * Sets {@code completion} to the {@code Number} variant.
     */
    public Builder completion(Double value) {
      return completion(Price.ofNumber(value));
    }

    /**
     * Sets the {@code completion} variant Number, from a primitive {@code double}.
     */
    public Builder completion(double value) {
      return completion(Double.valueOf(value));
    }

    /**
     * Sets {@code completion} to the {@code String} variant.
     */
    public Builder completion(String value) {
      return completion(Price.ofString(value));
    }

    @JsonProperty("image")
    private Builder jsonImage(Price value) {
      this.image = value;
      return this;
    }

    /**
     * Sets {@code image}.
     */
    public Builder image(Price image) {
      Objects.requireNonNull(image, "image");
      this.image = image;
      return this;
    }

    /**
     * Sets {@code image} to the {@code Number} variant.
     */
    public Builder image(Double value) {
      return image(Price.ofNumber(value));
    }

    /**
     * Sets the {@code image} variant Number, from a primitive {@code double}.
     */
    public Builder image(double value) {
      return image(Double.valueOf(value));
    }

    /**
     * Sets {@code image} to the {@code String} variant.
     */
    public Builder image(String value) {
      return image(Price.ofString(value));
    }

    @JsonProperty("audio")
    private Builder jsonAudio(Price value) {
      this.audio = value;
      return this;
    }

    /**
     * Sets {@code audio}.
     */
    public Builder audio(Price audio) {
      Objects.requireNonNull(audio, "audio");
      this.audio = audio;
      return this;
    }

    /**
     * Sets {@code audio} to the {@code Number} variant.
     */
    public Builder audio(Double value) {
      return audio(Price.ofNumber(value));
    }

    /**
     * Sets the {@code audio} variant Number, from a primitive {@code double}.
     */
    public Builder audio(double value) {
      return audio(Double.valueOf(value));
    }

    /**
     * Sets {@code audio} to the {@code String} variant.
     */
    public Builder audio(String value) {
      return audio(Price.ofString(value));
    }

    @JsonProperty("request")
    private Builder jsonRequest(Price value) {
      this.request = value;
      return this;
    }

    /**
     * Sets {@code request}.
     */
    public Builder request(Price request) {
      Objects.requireNonNull(request, "request");
      this.request = request;
      return this;
    }

    /**
     * Sets {@code request} to the {@code Number} variant.
     */
    public Builder request(Double value) {
      return request(Price.ofNumber(value));
    }

    /**
     * Sets the {@code request} variant Number, from a primitive {@code double}.
     */
    public Builder request(double value) {
      return request(Double.valueOf(value));
    }

    /**
     * Sets {@code request} to the {@code String} variant.
     */
    public Builder request(String value) {
      return request(Price.ofString(value));
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
    public ChatGenerationParamsProviderMaxPrice build() {
      return new ChatGenerationParamsProviderMaxPrice(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationParamsProviderMaxPrice buildFromJson() {
      return new ChatGenerationParamsProviderMaxPrice(this);
    }

    /**
     * Reads {@link ChatGenerationParamsProviderMaxPrice} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationParamsProviderMaxPrice> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationParamsProviderMaxPrice.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("prompt", Price.class, Builder::jsonPrompt),
              property("completion", Price.class, Builder::jsonCompletion),
              property("image", Price.class, Builder::jsonImage),
              property("audio", Price.class, Builder::jsonAudio),
              property("request", Price.class, Builder::jsonRequest)));
      }
    }
  }
}
