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

/**
 * The {@code CompletionUsage} object of the API.
 */
@JsonDeserialize(
    using = CompletionUsage.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionUsage {
  @JsonProperty("prompt_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double promptTokens;

  @JsonProperty("completion_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double completionTokens;

  @JsonProperty("total_tokens")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double totalTokens;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionUsage(Builder b) {
    this.promptTokens = b.promptTokens;
    this.completionTokens = b.completionTokens;
    this.totalTokens = b.totalTokens;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code prompt_tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double promptTokens() {
    if (promptTokens == null) {
      throw new IllegalStateException("CompletionUsage.promptTokens is required, but the response did not contain 'prompt_tokens'");
    }
    return promptTokens;
  }

  /**
   * The {@code completion_tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double completionTokens() {
    if (completionTokens == null) {
      throw new IllegalStateException("CompletionUsage.completionTokens is required, but the response did not contain 'completion_tokens'");
    }
    return completionTokens;
  }

  /**
   * The {@code total_tokens} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double totalTokens() {
    if (totalTokens == null) {
      throw new IllegalStateException("CompletionUsage.totalTokens is required, but the response did not contain 'total_tokens'");
    }
    return totalTokens;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link CompletionUsage}.
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
    b.promptTokens = this.promptTokens;
    b.completionTokens = this.completionTokens;
    b.totalTokens = this.totalTokens;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionUsage that)) {
      return false;
    }
    return Objects.equals(promptTokens, that.promptTokens)
            && Objects.equals(completionTokens, that.completionTokens)
            && Objects.equals(totalTokens, that.totalTokens)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(promptTokens, completionTokens, totalTokens, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionUsage", additionalProperties, "promptTokens", promptTokens,
        "completionTokens", completionTokens, "totalTokens", totalTokens);
  }

  /**
   * Builds {@link CompletionUsage}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Double promptTokens;

    private Double completionTokens;

    private Double totalTokens;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
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
    public CompletionUsage build() {
      if (promptTokens == null) {
        throw new IllegalStateException("CompletionUsage.promptTokens is required but was not set");
      }
      if (completionTokens == null) {
        throw new IllegalStateException("CompletionUsage.completionTokens is required but was not set");
      }
      if (totalTokens == null) {
        throw new IllegalStateException("CompletionUsage.totalTokens is required but was not set");
      }
      return new CompletionUsage(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionUsage buildFromJson() {
      return new CompletionUsage(this);
    }

    /**
     * Reads {@link CompletionUsage} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionUsage> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionUsage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("prompt_tokens", Double.class, Builder::jsonPromptTokens),
              property("completion_tokens", Double.class, Builder::jsonCompletionTokens),
              property("total_tokens", Double.class, Builder::jsonTotalTokens)));
      }
    }
  }
}
