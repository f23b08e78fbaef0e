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
 * The {@code CompletionChoice} object of the API.
 */
@JsonDeserialize(
    using = CompletionChoice.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionChoice {
  @JsonProperty("text")
  private final String text;

  @JsonProperty("index")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double index;

  @JsonProperty("logprobs")
  private final Nullable<CompletionLogprobs> logprobs;

  @JsonProperty("finish_reason")
  private final CompletionFinishReason finishReason;

  @JsonProperty("native_finish_reason")
  private final String nativeFinishReason;

  @JsonProperty("reasoning")
  private final Nullable<String> reasoning;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionChoice(Builder b) {
    this.text = b.text;
    this.index = b.index;
    this.logprobs = b.logprobs;
    this.finishReason = b.finishReason;
    this.nativeFinishReason = b.nativeFinishReason;
    this.reasoning = b.reasoning;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code text} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String text() {
    if (text == null) {
      throw new IllegalStateException("CompletionChoice.text is required, but the response did not contain 'text'");
    }
    return text;
  }

  /**
   * The {@code index} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double index() {
    if (index == null) {
      throw new IllegalStateException("CompletionChoice.index is required, but the response did not contain 'index'");
    }
    return index;
  }

  /**
   * The {@code logprobs} property.
   *
   * <p>Empty when absent or null; {@link #logprobsField()} tells which.
   */
  public Optional<CompletionLogprobs> logprobs() {
    return logprobs.toOptional();
  }

  /**
   * The {@code logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<CompletionLogprobs> logprobsField() {
    return logprobs;
  }

  /**
   * The {@code finish_reason} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public CompletionFinishReason finishReason() {
    if (finishReason == null) {
      throw new IllegalStateException("CompletionChoice.finishReason is required, but the response did not contain 'finish_reason'");
    }
    return finishReason;
  }

  /**
   * The {@code native_finish_reason} property.
   */
  public Optional<String> nativeFinishReason() {
    return Optional.ofNullable(nativeFinishReason);
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
   * A builder for a new {@link CompletionChoice}.
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
    b.text = this.text;
    b.index = this.index;
    b.logprobs = this.logprobs;
    b.finishReason = this.finishReason;
    b.nativeFinishReason = this.nativeFinishReason;
    b.reasoning = this.reasoning;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionChoice that)) {
      return false;
    }
    return Objects.equals(text, that.text)
            && Objects.equals(index, that.index)
            && Objects.equals(logprobs, that.logprobs)
            && Objects.equals(finishReason, that.finishReason)
            && Objects.equals(nativeFinishReason, that.nativeFinishReason)
            && Objects.equals(reasoning, that.reasoning)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, index, logprobs, finishReason, nativeFinishReason, reasoning, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionChoice", additionalProperties, "text", text, "index", index,
        "logprobs", logprobs, "finishReason", finishReason,
        "nativeFinishReason", nativeFinishReason, "reasoning", reasoning);
  }

  /**
   * Builds {@link CompletionChoice}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String text;

    private Double index;

    private Nullable<CompletionLogprobs> logprobs = Nullable.absent();

    private CompletionFinishReason finishReason;

    private String nativeFinishReason;

    private Nullable<String> reasoning = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("text")
    private Builder jsonText(String value) {
      this.text = value;
      return this;
    }

    /**
     * Sets {@code text}.
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "text");
      this.text = text;
      return this;
    }

    @JsonProperty("index")
    private Builder jsonIndex(Double value) {
      this.index = value;
      return this;
    }

    /**
     * Sets {@code index}.
     */
    public Builder index(Double index) {
      Objects.requireNonNull(index, "index");
      this.index = index;
      return this;
    }

    /**
     * Sets {@code index}, from a primitive {@code double}.
     */
    public Builder index(double value) {
      return index(Double.valueOf(value));
    }

    @JsonProperty("logprobs")
    private Builder jsonLogprobs(CompletionLogprobs value) {
      this.logprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code logprobs}.
     *
     * @param logprobs the value, or {@code null} to send an explicit null
     */
    public Builder logprobs(CompletionLogprobs logprobs) {
      this.logprobs = logprobs == null ? Nullable.ofNull() : Nullable.of(logprobs);
      return this;
    }

    @JsonProperty("finish_reason")
    private Builder jsonFinishReason(CompletionFinishReason value) {
      this.finishReason = value;
      return this;
    }

    /**
     * Sets {@code finish_reason}.
     */
    public Builder finishReason(CompletionFinishReason finishReason) {
      Objects.requireNonNull(finishReason, "finishReason");
      this.finishReason = finishReason;
      return this;
    }

    @JsonProperty("native_finish_reason")
    private Builder jsonNativeFinishReason(String value) {
      this.nativeFinishReason = value;
      return this;
    }

    /**
     * Sets {@code native_finish_reason}.
     */
    public Builder nativeFinishReason(String nativeFinishReason) {
      Objects.requireNonNull(nativeFinishReason, "nativeFinishReason");
      this.nativeFinishReason = nativeFinishReason;
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
    public CompletionChoice build() {
      if (text == null) {
        throw new IllegalStateException("CompletionChoice.text is required but was not set");
      }
      if (index == null) {
        throw new IllegalStateException("CompletionChoice.index is required but was not set");
      }
      if (logprobs.isAbsent()) {
        throw new IllegalStateException("CompletionChoice.logprobs is required but was not set (set it to a value, or to null)");
      }
      if (finishReason == null) {
        throw new IllegalStateException("CompletionChoice.finishReason is required but was not set");
      }
      return new CompletionChoice(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionChoice buildFromJson() {
      return new CompletionChoice(this);
    }

    /**
     * Reads {@link CompletionChoice} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionChoice> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionChoice.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("text", String.class, Builder::jsonText),
              property("index", Double.class, Builder::jsonIndex),
              property("logprobs", CompletionLogprobs.class, Builder::jsonLogprobs),
              property("finish_reason", CompletionFinishReason.class, Builder::jsonFinishReason),
              property("native_finish_reason", String.class, Builder::jsonNativeFinishReason),
              property("reasoning", String.class, Builder::jsonReasoning)));
      }
    }
  }
}
