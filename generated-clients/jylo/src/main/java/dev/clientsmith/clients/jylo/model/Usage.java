package dev.clientsmith.clients.jylo.model;

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
 * The {@code Usage} object of the API.
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = Usage.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Usage {
  @JsonProperty("promptTokens")
  private final Integer promptTokens;

  @JsonProperty("completionTokens")
  private final Integer completionTokens;

  @JsonProperty("totalTokens")
  private final Integer totalTokens;

  private final Map<String, JsonNode> additionalProperties;

  private Usage(Builder b) {
    this.promptTokens = b.promptTokens;
    this.completionTokens = b.completionTokens;
    this.totalTokens = b.totalTokens;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code promptTokens} property.
   */
  public Optional<Integer> promptTokens() {
    return Optional.ofNullable(promptTokens);
  }

  /**
   * The {@code completionTokens} property.
   */
  public Optional<Integer> completionTokens() {
    return Optional.ofNullable(completionTokens);
  }

  /**
   * The {@code totalTokens} property.
   */
  public Optional<Integer> totalTokens() {
    return Optional.ofNullable(totalTokens);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link Usage}.
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
    if (!(other instanceof Usage that)) {
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
    return ModelStrings.of("Usage", additionalProperties, "promptTokens", promptTokens,
        "completionTokens", completionTokens, "totalTokens", totalTokens);
  }

  /**
   * Builds {@link Usage}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Integer promptTokens;

    private Integer completionTokens;

    private Integer totalTokens;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("promptTokens")
    private Builder jsonPromptTokens(Integer value) {
      this.promptTokens = value;
      return this;
    }

    /**
     * Sets {@code promptTokens}.
     */
    public Builder promptTokens(Integer promptTokens) {
      Objects.requireNonNull(promptTokens, "promptTokens");
      this.promptTokens = promptTokens;
      return this;
    }

    /**
     * Sets {@code promptTokens}, from a primitive {@code int}.
     */
    public Builder promptTokens(int value) {
      return promptTokens(Integer.valueOf(value));
    }

    @JsonProperty("completionTokens")
    private Builder jsonCompletionTokens(Integer value) {
      this.completionTokens = value;
      return this;
    }

    /**
     * Sets {@code completionTokens}.
     */
    public Builder completionTokens(Integer completionTokens) {
      Objects.requireNonNull(completionTokens, "completionTokens");
      this.completionTokens = completionTokens;
      return this;
    }

    /**
     * Sets {@code completionTokens}, from a primitive {@code int}.
     */
    public Builder completionTokens(int value) {
      return completionTokens(Integer.valueOf(value));
    }

    @JsonProperty("totalTokens")
    private Builder jsonTotalTokens(Integer value) {
      this.totalTokens = value;
      return this;
    }

    /**
     * Sets {@code totalTokens}.
     */
    public Builder totalTokens(Integer totalTokens) {
      Objects.requireNonNull(totalTokens, "totalTokens");
      this.totalTokens = totalTokens;
      return this;
    }

    /**
     * Sets {@code totalTokens}, from a primitive {@code int}.
     */
    public Builder totalTokens(int value) {
      return totalTokens(Integer.valueOf(value));
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
    public Usage build() {
      return new Usage(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private Usage buildFromJson() {
      return new Usage(this);
    }

    /**
     * Reads {@link Usage} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, Usage> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Usage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("promptTokens", Integer.class, Builder::jsonPromptTokens),
              property("completionTokens", Integer.class, Builder::jsonCompletionTokens),
              property("totalTokens", Integer.class, Builder::jsonTotalTokens)));
      }
    }
  }
}
