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
import dev.clientsmith.runtime.json.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ChatGenerationParamsReasoning} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationParamsReasoning.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationParamsReasoning {
  @JsonProperty("effort")
  private final Nullable<ChatGenerationParamsReasoningEffort> effort;

  @JsonProperty("summary")
  private final Nullable<ReasoningSummaryVerbosity> summary;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationParamsReasoning(Builder b) {
    this.effort = b.effort;
    this.summary = b.summary;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code effort} property.
   *
   * <p>Empty when absent or null; {@link #effortField()} tells which.
   */
  public Optional<ChatGenerationParamsReasoningEffort> effort() {
    return effort.toOptional();
  }

  /**
   * The {@code effort} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatGenerationParamsReasoningEffort> effortField() {
    return effort;
  }

  /**
   * The {@code summary} property.
   *
   * <p>Empty when absent or null; {@link #summaryField()} tells which.
   */
  public Optional<ReasoningSummaryVerbosity> summary() {
    return summary.toOptional();
  }

  /**
   * The {@code summary} property with its three states: absent, null, or a value.
   */
  public Nullable<ReasoningSummaryVerbosity> summaryField() {
    return summary;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationParamsReasoning}.
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
    b.effort = this.effort;
    b.summary = this.summary;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationParamsReasoning that)) {
      return false;
    }
    return Objects.equals(effort, that.effort)
            && Objects.equals(summary, that.summary)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(effort, summary, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationParamsReasoning", additionalProperties, "effort", effort,
        "summary", summary);
  }

  /**
   * Builds {@link ChatGenerationParamsReasoning}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<ChatGenerationParamsReasoningEffort> effort = Nullable.absent();

    private Nullable<ReasoningSummaryVerbosity> summary = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("effort")
    private Builder jsonEffort(ChatGenerationParamsReasoningEffort value) {
      this.effort = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code effort}.
     *
     * @param effort the value, or {@code null} to send an explicit null
     */
    public Builder effort(ChatGenerationParamsReasoningEffort effort) {
      this.effort = effort == null ? Nullable.ofNull() : Nullable.of(effort);
      return this;
    }

    @JsonProperty("summary")
    private Builder jsonSummary(ReasoningSummaryVerbosity value) {
      this.summary = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code summary}.
     *
     * @param summary the value, or {@code null} to send an explicit null
     */
    public Builder summary(ReasoningSummaryVerbosity summary) {
      this.summary = summary == null ? Nullable.ofNull() : Nullable.of(summary);
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
    public ChatGenerationParamsReasoning build() {
      return new ChatGenerationParamsReasoning(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationParamsReasoning buildFromJson() {
      return new ChatGenerationParamsReasoning(this);
    }

    /**
     * Reads {@link ChatGenerationParamsReasoning} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationParamsReasoning> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationParamsReasoning.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("effort", ChatGenerationParamsReasoningEffort.class, Builder::jsonEffort),
              property("summary", ReasoningSummaryVerbosity.class, Builder::jsonSummary)));
      }
    }
  }
}
