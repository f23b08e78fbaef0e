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
import java.util.Optional;

/**
 * The {@code ChatResponseChoice} object of the API.
 */
@JsonDeserialize(
    using = ChatResponseChoice.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatResponseChoice {
  @JsonProperty("finish_reason")
  private final Nullable<ChatCompletionFinishReason> finishReason;

  @JsonProperty("index")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double index;

  @JsonProperty("message")
  private final AssistantMessage message;

  @JsonProperty("reasoning_details")
  private final List<ReasoningDetail> reasoningDetails;

  @JsonProperty("logprobs")
  private final Nullable<ChatMessageTokenLogprobs> logprobs;

  private final Map<String, JsonNode> additionalProperties;

  private ChatResponseChoice(Builder b) {
    this.finishReason = b.finishReason;
    this.index = b.index;
    this.message = b.message;
    this.reasoningDetails = b.reasoningDetails == null ? null : Collections.unmodifiableList(new ArrayList<>(b.reasoningDetails));
    this.logprobs = b.logprobs;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code finish_reason} property.
   *
   * <p>Empty when absent or null; {@link #finishReasonField()} tells which.
   */
  public Optional<ChatCompletionFinishReason> finishReason() {
    return finishReason.toOptional();
  }

  /**
   * The {@code finish_reason} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatCompletionFinishReason> finishReasonField() {
    return finishReason;
  }

  /**
   * The {@code index} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double index() {
    if (index == null) {
      throw new IllegalStateException("ChatResponseChoice.index is required, but the response did not contain 'index'");
    }
    return index;
  }

  /**
   * The {@code message} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public AssistantMessage message() {
    if (message == null) {
      throw new IllegalStateException("ChatResponseChoice.message is required, but the response did not contain 'message'");
    }
    return message;
  }

  /**
   * The {@code reasoning_details} property.
   *
   * <p>Empty when absent; {@link #reasoningDetailsField()} tells which.
   */
  public List<ReasoningDetail> reasoningDetails() {
    return reasoningDetails != null ? reasoningDetails : List.of();
  }

  /**
   * The {@code reasoning_details} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<ReasoningDetail>> reasoningDetailsField() {
    return Optional.ofNullable(reasoningDetails);
  }

  /**
   * The {@code logprobs} property.
   *
   * <p>Empty when absent or null; {@link #logprobsField()} tells which.
   */
  public Optional<ChatMessageTokenLogprobs> logprobs() {
    return logprobs.toOptional();
  }

  /**
   * The {@code logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatMessageTokenLogprobs> logprobsField() {
    return logprobs;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatResponseChoice}.
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
    b.finishReason = this.finishReason;
    b.index = this.index;
    b.message = this.message;
    b.reasoningDetails = this.reasoningDetails == null ? null : new ArrayList<>(this.reasoningDetails);
    b.logprobs = this.logprobs;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatResponseChoice that)) {
      return false;
    }
    return Objects.equals(finishReason, that.finishReason)
            && Objects.equals(index, that.index)
            && Objects.equals(message, that.message)
            && Objects.equals(reasoningDetails, that.reasoningDetails)
            && Objects.equals(logprobs, that.logprobs)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finishReason, index, message, reasoningDetails, logprobs, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatResponseChoice", additionalProperties, "finishReason", finishReason,
        "index", index, "message", message, "reasoningDetails", reasoningDetails,
        "logprobs", logprobs);
  }

  /**
   * Builds {@link ChatResponseChoice}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<ChatCompletionFinishReason> finishReason = Nullable.absent();

    private Double index;

    private AssistantMessage message;

    private List<ReasoningDetail> reasoningDetails;

    private Nullable<ChatMessageTokenLogprobs> logprobs = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("finish_reason")
    private Builder jsonFinishReason(ChatCompletionFinishReason value) {
      this.finishReason = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code finish_reason}.
     *
     * @param finishReason the value, or {@code null} to send an explicit null
     */
    public Builder finishReason(ChatCompletionFinishReason finishReason) {
      this.finishReason = finishReason == null ? Nullable.ofNull() : Nullable.of(finishReason);
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

    @JsonProperty("message")
    private Builder jsonMessage(AssistantMessage value) {
      this.message = value;
      return this;
    }

    /**
     * Sets {@code message}.
     */
    public Builder message(AssistantMessage message) {
      Objects.requireNonNull(message, "message");
      this.message = message;
      return this;
    }

    @JsonProperty("reasoning_details")
    private Builder jsonReasoningDetails(List<ReasoningDetail> value) {
      this.reasoningDetails = value;
      return this;
    }

    /**
     * Sets {@code reasoning_details}.
     */
    public Builder reasoningDetails(List<ReasoningDetail> reasoningDetails) {
      Objects.requireNonNull(reasoningDetails, "reasoningDetails");
      this.reasoningDetails = new ArrayList<>(reasoningDetails);
      return this;
    }

    /**
     * Adds one element to {@code reasoning_details}.
     */
    public Builder addReasoningDetail(ReasoningDetail element) {
      if (reasoningDetails == null) {
        reasoningDetails = new ArrayList<>();
      }
      reasoningDetails.add(element);
      return this;
    }

    /**
     * Adds one {@code reasoning.summary} element to {@code reasoning_details}.
     */
    public Builder addReasoningDetail(ReasoningSummary value) {
      return addReasoningDetail(ReasoningDetail.ofReasoningSummary(value));
    }

    /**
     * Adds one {@code reasoning.encrypted} element to {@code reasoning_details}.
     */
    public Builder addReasoningDetail(ReasoningEncrypted value) {
      return addReasoningDetail(ReasoningDetail.ofReasoningEncrypted(value));
    }

    /**
     * Adds one {@code reasoning.text} element to {@code reasoning_details}.
     */
    public Builder addReasoningDetail(ReasoningText value) {
      return addReasoningDetail(ReasoningDetail.ofReasoningText(value));
    }

    @JsonProperty("logprobs")
    private Builder jsonLogprobs(ChatMessageTokenLogprobs value) {
      this.logprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code logprobs}.
     *
     * @param logprobs the value, or {@code null} to send an explicit null
     */
    public Builder logprobs(ChatMessageTokenLogprobs logprobs) {
      this.logprobs = logprobs == null ? Nullable.ofNull() : Nullable.of(logprobs);
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
    public ChatResponseChoice build() {
      if (finishReason.isAbsent()) {
        throw new IllegalStateException("ChatResponseChoice.finishReason is required but was not set (set it to a value, or to null)");
      }
      if (index == null) {
        throw new IllegalStateException("ChatResponseChoice.index is required but was not set");
      }
      if (message == null) {
        throw new IllegalStateException("ChatResponseChoice.message is required but was not set");
      }
      return new ChatResponseChoice(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatResponseChoice buildFromJson() {
      return new ChatResponseChoice(this);
    }

    /**
     * Reads {@link ChatResponseChoice} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatResponseChoice> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatResponseChoice.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("finish_reason", ChatCompletionFinishReason.class, Builder::jsonFinishReason),
              property("index", Double.class, Builder::jsonIndex),
              property("message", AssistantMessage.class, Builder::jsonMessage),
              property("reasoning_details", new TypeReference<List<ReasoningDetail>>() { }, Builder::jsonReasoningDetails),
              property("logprobs", ChatMessageTokenLogprobs.class, Builder::jsonLogprobs)));
      }
    }
  }
}
