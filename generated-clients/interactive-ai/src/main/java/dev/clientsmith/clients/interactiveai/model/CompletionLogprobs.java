package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code CompletionLogprobs} object of the API.
 */
@JsonDeserialize(
    using = CompletionLogprobs.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionLogprobs {
  @JsonProperty("tokens")
  private final List<String> tokens;

  @JsonProperty("token_logprobs")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final List<Double> tokenLogprobs;

  @JsonProperty("top_logprobs")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<List<Map<String, Double>>> topLogprobs;

  @JsonProperty("text_offset")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final List<Double> textOffset;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionLogprobs(Builder b) {
    this.tokens = b.tokens == null ? null : Collections.unmodifiableList(new ArrayList<>(b.tokens));
    this.tokenLogprobs = b.tokenLogprobs == null ? null : Collections.unmodifiableList(new ArrayList<>(b.tokenLogprobs));
    this.topLogprobs = b.topLogprobs.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.topLogprobs.get()))) : b.topLogprobs;
    this.textOffset = b.textOffset == null ? null : Collections.unmodifiableList(new ArrayList<>(b.textOffset));
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<String> tokens() {
    if (tokens == null) {
      throw new IllegalStateException("CompletionLogprobs.tokens is required, but the response did not contain 'tokens'");
    }
    return tokens;
  }

  /**
   * The {@code token_logprobs} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<Double> tokenLogprobs() {
    if (tokenLogprobs == null) {
      throw new IllegalStateException("CompletionLogprobs.tokenLogprobs is required, but the response did not contain 'token_logprobs'");
    }
    return tokenLogprobs;
  }

  /**
   * The {@code top_logprobs} property.
   *
   * <p>Empty when absent or null; {@link #topLogprobsField()} tells which.
   */
  public List<Map<String, Double>> topLogprobs() {
    return topLogprobs.isPresent() ? topLogprobs.get() : List.of();
  }

  /**
   * The {@code top_logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<List<Map<String, Double>>> topLogprobsField() {
    return topLogprobs;
  }

  /**
   * The {@code text_offset} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<Double> textOffset() {
    if (textOffset == null) {
      throw new IllegalStateException("CompletionLogprobs.textOffset is required, but the response did not contain 'text_offset'");
    }
    return textOffset;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link CompletionLogprobs}.
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
    b.tokens = this.tokens == null ? null : new ArrayList<>(this.tokens);
    b.tokenLogprobs = this.tokenLogprobs == null ? null : new ArrayList<>(this.tokenLogprobs);
    b.topLogprobs = this.topLogprobs.isPresent() ? Nullable.of(new ArrayList<>(this.topLogprobs.get())) : this.topLogprobs;
    b.textOffset = this.textOffset == null ? null : new ArrayList<>(this.textOffset);
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionLogprobs that)) {
      return false;
    }
    return Objects.equals(tokens, that.tokens)
            && Objects.equals(tokenLogprobs, that.tokenLogprobs)
            && Objects.equals(topLogprobs, that.topLogprobs)
            && Objects.equals(textOffset, that.textOffset)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tokens, tokenLogprobs, topLogprobs, textOffset, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionLogprobs", additionalProperties, "tokens", tokens,
        "tokenLogprobs", tokenLogprobs, "topLogprobs", topLogprobs, "textOffset", textOffset);
  }

  /**
   * Builds {@link CompletionLogprobs}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private List<String> tokens;

    private List<Double> tokenLogprobs;

    private Nullable<List<Map<String, Double>>> topLogprobs = Nullable.absent();

    private List<Double> textOffset;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("tokens")
    private Builder jsonTokens(List<String> value) {
      this.tokens = value;
      return this;
    }

    /**
     * Sets {@code tokens}.
     */
    public Builder tokens(List<String> tokens) {
      Objects.requireNonNull(tokens, "tokens");
      this.tokens = new ArrayList<>(tokens);
      return this;
    }

    /**
     * Adds one element to {@code tokens}.
     */
    public Builder addToken(String element) {
      if (tokens == null) {
        tokens = new ArrayList<>();
      }
      tokens.add(element);
      return this;
    }

    @JsonProperty("token_logprobs")
    private Builder jsonTokenLogprobs(List<Double> value) {
      this.tokenLogprobs = value;
      return this;
    }

    /**
     * Sets {@code token_logprobs}.
     */
    public Builder tokenLogprobs(List<Double> tokenLogprobs) {
      Objects.requireNonNull(tokenLogprobs, "tokenLogprobs");
      this.tokenLogprobs = new ArrayList<>(tokenLogprobs);
      return this;
    }

    /**
     * Adds one element to {@code token_logprobs}.
     */
    public Builder addTokenLogprob(Double element) {
      if (tokenLogprobs == null) {
        tokenLogprobs = new ArrayList<>();
      }
      tokenLogprobs.add(element);
      return this;
    }

    /**
     * Adds one element to {@code token_logprobs}, from a primitive {@code double}.
     */
    public Builder addTokenLogprob(double value) {
      return addTokenLogprob(Double.valueOf(value));
    }

    @JsonProperty("top_logprobs")
    private Builder jsonTopLogprobs(List<Map<String, Double>> value) {
      this.topLogprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code top_logprobs}.
     *
     * @param topLogprobs the value, or {@code null} to send an explicit null
     */
    public Builder topLogprobs(List<Map<String, Double>> topLogprobs) {
      this.topLogprobs = topLogprobs == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(topLogprobs));
      return this;
    }

    /**
     * Adds one element to {@code top_logprobs}.
     */
    public Builder addTopLogprob(Map<String, Double> element) {
      List<Map<String, Double>> list = topLogprobs.isPresent() ? topLogprobs.get() : new ArrayList<>();
      list.add(element);
      this.topLogprobs = Nullable.of(list);
      return this;
    }

    @JsonProperty("text_offset")
    private Builder jsonTextOffset(List<Double> value) {
      this.textOffset = value;
      return this;
    }

    /**
     * Sets {@code text_offset}.
     */
    public Builder textOffset(List<Double> textOffset) {
      Objects.requireNonNull(textOffset, "textOffset");
      this.textOffset = new ArrayList<>(textOffset);
      return this;
    }

    /**
     * Adds one element to {@code text_offset}.
     */
    public Builder addTextOffsetItem(Double element) {
      if (textOffset == null) {
        textOffset = new ArrayList<>();
      }
      textOffset.add(element);
      return this;
    }

    /**
     * Adds one element to {@code text_offset}, from a primitive {@code double}.
     */
    public Builder addTextOffsetItem(double value) {
      return addTextOffsetItem(Double.valueOf(value));
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
    public CompletionLogprobs build() {
      if (tokens == null) {
        throw new IllegalStateException("CompletionLogprobs.tokens is required but was not set");
      }
      if (tokenLogprobs == null) {
        throw new IllegalStateException("CompletionLogprobs.tokenLogprobs is required but was not set");
      }
      if (topLogprobs.isAbsent()) {
        throw new IllegalStateException("CompletionLogprobs.topLogprobs is required but was not set (set it to a value, or to null)");
      }
      if (textOffset == null) {
        throw new IllegalStateException("CompletionLogprobs.textOffset is required but was not set");
      }
      return new CompletionLogprobs(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionLogprobs buildFromJson() {
      return new CompletionLogprobs(this);
    }

    /**
     * Reads {@link CompletionLogprobs} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionLogprobs> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionLogprobs.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("tokens", new TypeReference<List<String>>() { }, Builder::jsonTokens),
              property("token_logprobs", new TypeReference<List<Double>>() { }, Builder::jsonTokenLogprobs),
              property("top_logprobs", new TypeReference<List<Map<String, Double>>>() { }, Builder::jsonTopLogprobs),
              property("text_offset", new TypeReference<List<Double>>() { }, Builder::jsonTextOffset)));
      }
    }
  }
}
