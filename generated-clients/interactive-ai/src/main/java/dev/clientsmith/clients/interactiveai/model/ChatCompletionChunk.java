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
 * One server-sent event of a streamed ChatResponse (derived: the document defines none).
 */
@JsonDeserialize(
    using = ChatCompletionChunk.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatCompletionChunk {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("choices")
  private final List<Choice> choices;

  @JsonProperty("created")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double created;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("system_fingerprint")
  private final Nullable<String> systemFingerprint;

  @JsonProperty("usage")
  private final ChatGenerationTokenUsage usage;

  private final Map<String, JsonNode> additionalProperties;

  private ChatCompletionChunk(Builder b) {
    this.id = b.id;
    this.choices = b.choices == null ? null : Collections.unmodifiableList(new ArrayList<>(b.choices));
    this.created = b.created;
    this.model = b.model;
    this.object = b.object;
    this.systemFingerprint = b.systemFingerprint;
    this.usage = b.usage;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code id} property.
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The {@code choices} property.
   *
   * <p>Empty when absent; {@link #choicesField()} tells which.
   */
  public List<Choice> choices() {
    return choices != null ? choices : List.of();
  }

  /**
   * The {@code choices} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<Choice>> choicesField() {
    return Optional.ofNullable(choices);
  }

  /**
   * The {@code created} property.
   */
  public Optional<Double> created() {
    return Optional.ofNullable(created);
  }

  /**
   * The {@code model} property.
   */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /**
   * The {@code object} property.
   */
  public Optional<String> object() {
    return Optional.ofNullable(object);
  }

  /**
   * The {@code system_fingerprint} property.
   *
   * <p>Empty when absent or null; {@link #systemFingerprintField()} tells which.
   */
  public Optional<String> systemFingerprint() {
    return systemFingerprint.toOptional();
  }

  /**
   * The {@code system_fingerprint} property with its three states: absent, null, or a value.
   */
  public Nullable<String> systemFingerprintField() {
    return systemFingerprint;
  }

  /**
   * The {@code usage} property.
   */
  public Optional<ChatGenerationTokenUsage> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatCompletionChunk}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.object = "chat.completion.chunk";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = this.id;
    b.choices = this.choices == null ? null : new ArrayList<>(this.choices);
    b.created = this.created;
    b.model = this.model;
    b.object = this.object;
    b.systemFingerprint = this.systemFingerprint;
    b.usage = this.usage;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatCompletionChunk that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(choices, that.choices)
            && Objects.equals(created, that.created)
            && Objects.equals(model, that.model)
            && Objects.equals(object, that.object)
            && Objects.equals(systemFingerprint, that.systemFingerprint)
            && Objects.equals(usage, that.usage)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, choices, created, model, object, systemFingerprint, usage, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatCompletionChunk", additionalProperties, "id", id,
        "choices", choices, "created", created, "model", model, "object", object,
        "systemFingerprint", systemFingerprint, "usage", usage);
  }

  /**
   * Builds {@link ChatCompletionChunk}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private List<Choice> choices;

    private Double created;

    private String model;

    private String object;

    private Nullable<String> systemFingerprint = Nullable.absent();

    private ChatGenerationTokenUsage usage;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("id")
    private Builder jsonId(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code id}.
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      this.id = id;
      return this;
    }

    @JsonProperty("choices")
    private Builder jsonChoices(List<Choice> value) {
      this.choices = value;
      return this;
    }

    /**
     * Sets {@code choices}.
     */
    public Builder choices(List<Choice> choices) {
      Objects.requireNonNull(choices, "choices");
      this.choices = new ArrayList<>(choices);
      return this;
    }

    /**
     * Adds one element to {@code choices}.
     */
    public Builder addChoice(Choice element) {
      if (choices == null) {
        choices = new ArrayList<>();
      }
      choices.add(element);
      return this;
    }

    @JsonProperty("created")
    private Builder jsonCreated(Double value) {
      this.created = value;
      return this;
    }

    /**
     * Sets {@code created}.
     */
    public Builder created(Double created) {
      Objects.requireNonNull(created, "created");
      this.created = created;
      return this;
    }

    /**
     * Sets {@code created}, from a primitive {@code double}.
     */
    public Builder created(double value) {
      return created(Double.valueOf(value));
    }

    @JsonProperty("model")
    private Builder jsonModel(String value) {
      this.model = value;
      return this;
    }

    /**
     * Sets {@code model}.
     */
    public Builder model(String model) {
      Objects.requireNonNull(model, "model");
      this.model = model;
      return this;
    }

    @JsonProperty("object")
    private Builder jsonObject(String value) {
      this.object = value;
      return this;
    }

    @JsonProperty("system_fingerprint")
    private Builder jsonSystemFingerprint(String value) {
      this.systemFingerprint = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code system_fingerprint}.
     *
     * @param systemFingerprint the value, or {@code null} to send an explicit null
     */
    public Builder systemFingerprint(String systemFingerprint) {
      this.systemFingerprint = systemFingerprint == null ? Nullable.ofNull() : Nullable.of(systemFingerprint);
      return this;
    }

    @JsonProperty("usage")
    private Builder jsonUsage(ChatGenerationTokenUsage value) {
      this.usage = value;
      return this;
    }

    /**
     * Sets {@code usage}.
     */
    public Builder usage(ChatGenerationTokenUsage usage) {
      Objects.requireNonNull(usage, "usage");
      this.usage = usage;
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
    public ChatCompletionChunk build() {
      return new ChatCompletionChunk(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatCompletionChunk buildFromJson() {
      return new ChatCompletionChunk(this);
    }

    /**
     * Reads {@link ChatCompletionChunk} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatCompletionChunk> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatCompletionChunk.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices),
              property("created", Double.class, Builder::jsonCreated),
              property("model", String.class, Builder::jsonModel),
              property("object", String.class, Builder::jsonObject),
              property("system_fingerprint", String.class, Builder::jsonSystemFingerprint),
              property("usage", ChatGenerationTokenUsage.class, Builder::jsonUsage)));
      }
    }
  }

  /**
   * The {@code ChatCompletionChunkChoice} object of the API.
   */
  @JsonDeserialize(
      using = Choice.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Choice {
    @JsonProperty("finish_reason")
    private final Nullable<ChatCompletionFinishReason> finishReason;

    @JsonProperty("index")
    @JsonSerialize(
        using = IntegralDoubleSerializer.class
    )
    private final Double index;

    @JsonProperty("delta")
    private final Delta delta;

    @JsonProperty("reasoning_details")
    private final List<ReasoningDetail> reasoningDetails;

    @JsonProperty("logprobs")
    private final Nullable<ChatMessageTokenLogprobs> logprobs;

    private final Map<String, JsonNode> additionalProperties;

    private Choice(Builder b) {
      this.finishReason = b.finishReason;
      this.index = b.index;
      this.delta = b.delta;
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
     */
    public Optional<Double> index() {
      return Optional.ofNullable(index);
    }

    /**
     * The {@code delta} property.
     */
    public Optional<Delta> delta() {
      return Optional.ofNullable(delta);
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
     * A builder for a new {@link Choice}.
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
      b.delta = this.delta;
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
      if (!(other instanceof Choice that)) {
        return false;
      }
      return Objects.equals(finishReason, that.finishReason)
              && Objects.equals(index, that.index)
              && Objects.equals(delta, that.delta)
              && Objects.equals(reasoningDetails, that.reasoningDetails)
              && Objects.equals(logprobs, that.logprobs)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(finishReason, index, delta, reasoningDetails, logprobs, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Choice", additionalProperties, "finishReason", finishReason,
          "index", index, "delta", delta, "reasoningDetails", reasoningDetails,
          "logprobs", logprobs);
    }

    /**
     * Builds {@link Choice}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private Nullable<ChatCompletionFinishReason> finishReason = Nullable.absent();

      private Double index;

      private Delta delta;

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

      @JsonProperty("delta")
      private Builder jsonDelta(Delta value) {
        this.delta = value;
        return this;
      }

      /**
       * Sets {@code delta}.
       */
      public Builder delta(Delta delta) {
        Objects.requireNonNull(delta, "delta");
        this.delta = delta;
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
      public Choice build() {
        return new Choice(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private Choice buildFromJson() {
        return new Choice(this);
      }

      /**
       * Reads {@link Choice} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, Choice> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(Choice.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("finish_reason", ChatCompletionFinishReason.class, Builder::jsonFinishReason),
                property("index", Double.class, Builder::jsonIndex),
                property("delta", Delta.class, Builder::jsonDelta),
                property("reasoning_details", new TypeReference<List<ReasoningDetail>>() { }, Builder::jsonReasoningDetails),
                property("logprobs", ChatMessageTokenLogprobs.class, Builder::jsonLogprobs)));
        }
      }
    }

    /**
     * The part of the message this chunk adds; every field is optional.
     */
    @JsonDeserialize(
        using = Delta.Builder.Deserializer.class
    )
    @ExplicitJson
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public static final class Delta {
      @JsonProperty("role")
      private final String role;

      @JsonProperty("content")
      private final Nullable<AssistantMessageContent> content;

      @JsonProperty("name")
      private final String name;

      @JsonProperty("tool_calls")
      private final List<ToolCall> toolCalls;

      @JsonProperty("refusal")
      private final Nullable<String> refusal;

      @JsonProperty("reasoning")
      private final Nullable<String> reasoning;

      private final Map<String, JsonNode> additionalProperties;

      private Delta(Builder b) {
        this.role = b.role;
        this.content = b.content;
        this.name = b.name;
        this.toolCalls = b.toolCalls == null ? null : Collections.unmodifiableList(new ArrayList<>(b.toolCalls));
        this.refusal = b.refusal;
        this.reasoning = b.reasoning;
        this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
      }

      /**
       * The {@code role} property.
       */
      public Optional<String> role() {
        return Optional.ofNullable(role);
      }

      /**
       * The {@code content} property.
       *
       * <p>Empty when absent or null; {@link #contentField()} tells which.
       */
      public Optional<AssistantMessageContent> content() {
        return content.toOptional();
      }

      /**
       * The {@code content} property with its three states: absent, null, or a value.
       */
      public Nullable<AssistantMessageContent> contentField() {
        return content;
      }

      /**
       * The {@code name} property.
       */
      public Optional<String> name() {
        return Optional.ofNullable(name);
      }

      /**
       * The {@code tool_calls} property.
       *
       * <p>Empty when absent; {@link #toolCallsField()} tells which.
       */
      public List<ToolCall> toolCalls() {
        return toolCalls != null ? toolCalls : List.of();
      }

      /**
       * The {@code tool_calls} property, empty when absent (as opposed to present and empty).
       */
      public Optional<List<ToolCall>> toolCallsField() {
        return Optional.ofNullable(toolCalls);
      }

      /**
       * The {@code refusal} property.
       *
       * <p>Empty when absent or null; {@link #refusalField()} tells which.
       */
      public Optional<String> refusal() {
        return refusal.toOptional();
      }

      /**
       * The {@code refusal} property with its three states: absent, null, or a value.
       */
      public Nullable<String> refusalField() {
        return refusal;
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
       * A builder for a new {@link Delta}.
       */
      public static Builder builder() {
        Builder b = new Builder();
        b.role = "assistant";
        return b;
      }

      /**
       * A builder holding this object's values, to make a changed copy.
       */
      public Builder toBuilder() {
        Builder b = new Builder();
        b.role = this.role;
        b.content = this.content;
        b.name = this.name;
        b.toolCalls = this.toolCalls == null ? null : new ArrayList<>(this.toolCalls);
        b.refusal = this.refusal;
        b.reasoning = this.reasoning;
        b.additionalProperties.putAll(this.additionalProperties);
        return b;
      }

      @Override
      public boolean equals(Object other) {
        if (this == other) {
          return true;
        }
        if (!(other instanceof Delta that)) {
          return false;
        }
        return Objects.equals(role, that.role)
                && Objects.equals(content, that.content)
                && Objects.equals(name, that.name)
                && Objects.equals(toolCalls, that.toolCalls)
                && Objects.equals(refusal, that.refusal)
                && Objects.equals(reasoning, that.reasoning)
                && additionalProperties.equals(that.additionalProperties);
      }

      @Override
      public int hashCode() {
        return Objects.hash(role, content, name, toolCalls, refusal, reasoning, additionalProperties);
      }

      /**
       * The properties that are set, with their values; absent ones are left out.
       */
      @Override
      public String toString() {
        return ModelStrings.of("Delta", additionalProperties, "role", role, "content", content,
            "name", name, "toolCalls", toolCalls, "refusal", refusal, "reasoning", reasoning);
      }

      /**
       * Builds {@link Delta}; {@link #build()} fails naming any required property that was not set.
       */
      @ExplicitJson
      @JsonPOJOBuilder(
          withPrefix = "",
          buildMethodName = "buildFromJson"
      )
      public static final class Builder {
        private String role;

        private Nullable<AssistantMessageContent> content = Nullable.absent();

        private String name;

        private List<ToolCall> toolCalls;

        private Nullable<String> refusal = Nullable.absent();

        private Nullable<String> reasoning = Nullable.absent();

        private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        @JsonProperty("role")
        private Builder jsonRole(String value) {
          this.role = value;
          return this;
        }

        @JsonProperty("content")
        private Builder jsonContent(AssistantMessageContent value) {
          this.content = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Sets {@code content}.
         *
         * @param content the value, or {@code null} to send an explicit null
         */
        public Builder content(AssistantMessageContent content) {
          this.content = content == null ? Nullable.ofNull() : Nullable.of(content);
          return this;
        }

        @JsonProperty("name")
        private Builder jsonName(String value) {
          this.name = value;
          return this;
        }

        /**
         * Sets {@code name}.
         */
        public Builder name(String name) {
          Objects.requireNonNull(name, "name");
          this.name = name;
          return this;
        }

        @JsonProperty("tool_calls")
        private Builder jsonToolCalls(List<ToolCall> value) {
          this.toolCalls = value;
          return this;
        }

        /**
         * Sets {@code tool_calls}.
         */
        public Builder toolCalls(List<ToolCall> toolCalls) {
          Objects.requireNonNull(toolCalls, "toolCalls");
          this.toolCalls = new ArrayList<>(toolCalls);
          return this;
        }

        /**
         * Adds one element to {@code tool_calls}.
         */
        public Builder addToolCall(ToolCall element) {
          if (toolCalls == null) {
            toolCalls = new ArrayList<>();
          }
          toolCalls.add(element);
          return this;
        }

        @JsonProperty("refusal")
        private Builder jsonRefusal(String value) {
          this.refusal = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Sets {@code refusal}.
         *
         * @param refusal the value, or {@code null} to send an explicit null
         */
        public Builder refusal(String refusal) {
          this.refusal = refusal == null ? Nullable.ofNull() : Nullable.of(refusal);
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
        public Delta build() {
          return new Delta(this);
        }

        /**
         * Used by Jackson: reading is lenient, a server's omissions never fail a read.
         */
        private Delta buildFromJson() {
          return new Delta(this);
        }

        /**
         * Reads {@link Delta} from JSON through the builder's setters, keeping undeclared properties.
         */
        public static final class Deserializer extends ModelDeserializer<Builder, Delta> {
          /**
           * Called by Jackson.
           */
          public Deserializer() {
            super(Delta.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                  property("role", String.class, Builder::jsonRole),
                  property("content", AssistantMessageContent.class, Builder::jsonContent),
                  property("name", String.class, Builder::jsonName),
                  property("tool_calls", new TypeReference<List<ToolCall>>() { }, Builder::jsonToolCalls),
                  property("refusal", String.class, Builder::jsonRefusal),
                  property("reasoning", String.class, Builder::jsonReasoning)));
          }
        }
      }

      /**
       * A fragment of a tool call: the first one names the call, the next ones add to its arguments.
       */
      @JsonDeserialize(
          using = ToolCall.Builder.Deserializer.class
      )
      @ExplicitJson
      @JsonInclude(JsonInclude.Include.NON_ABSENT)
      public static final class ToolCall {
        @JsonProperty("index")
        private final Long index;

        @JsonProperty("id")
        private final String id;

        @JsonProperty("type")
        private final String type;

        @JsonProperty("function")
        private final Function function;

        private final Map<String, JsonNode> additionalProperties;

        private ToolCall(Builder b) {
          this.index = b.index;
          this.id = b.id;
          this.type = b.type;
          this.function = b.function;
          this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
              : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
        }

        /**
         * Which of the message's tool calls this fragment belongs to.
         */
        public Optional<Long> index() {
          return Optional.ofNullable(index);
        }

        /**
         * The {@code id} property.
         */
        public Optional<String> id() {
          return Optional.ofNullable(id);
        }

        /**
         * The {@code type} property.
         */
        public Optional<String> type() {
          return Optional.ofNullable(type);
        }

        /**
         * The {@code function} property.
         */
        public Optional<Function> function() {
          return Optional.ofNullable(function);
        }

        /**
         * Properties the document does not declare: kept when read, sent when written.
         */
        @JsonAnyGetter
        public Map<String, JsonNode> additionalProperties() {
          return additionalProperties;
        }

        /**
         * A builder for a new {@link ToolCall}.
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
          b.index = this.index;
          b.id = this.id;
          b.type = this.type;
          b.function = this.function;
          b.additionalProperties.putAll(this.additionalProperties);
          return b;
        }

        @Override
        public boolean equals(Object other) {
          if (this == other) {
            return true;
          }
          if (!(other instanceof ToolCall that)) {
            return false;
          }
          return Objects.equals(index, that.index)
                  && Objects.equals(id, that.id)
                  && Objects.equals(type, that.type)
                  && Objects.equals(function, that.function)
                  && additionalProperties.equals(that.additionalProperties);
        }

        @Override
        public int hashCode() {
          return Objects.hash(index, id, type, function, additionalProperties);
        }

        /**
         * The properties that are set, with their values; absent ones are left out.
         */
        @Override
        public String toString() {
          return ModelStrings.of("ToolCall", additionalProperties, "index", index, "id", id,
              "type", type, "function", function);
        }

        /**
         * Builds {@link ToolCall}; {@link #build()} fails naming any required property that was not set.
         */
        @ExplicitJson
        @JsonPOJOBuilder(
            withPrefix = "",
            buildMethodName = "buildFromJson"
        )
        public static final class Builder {
          private Long index;

          private String id;

          private String type;

          private Function function;

          private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

          private Builder() {
          }

          @JsonProperty("index")
          private Builder jsonIndex(Long value) {
            this.index = value;
            return this;
          }

          /**
           * Which of the message's tool calls this fragment belongs to.
           */
          public Builder index(Long index) {
            Objects.requireNonNull(index, "index");
            this.index = index;
            return this;
          }

          /**
           * Sets {@code index}, from a primitive {@code long}.
           */
          public Builder index(long value) {
            return index(Long.valueOf(value));
          }

          @JsonProperty("id")
          private Builder jsonId(String value) {
            this.id = value;
            return this;
          }

          /**
           * Sets {@code id}.
           */
          public Builder id(String id) {
            Objects.requireNonNull(id, "id");
            this.id = id;
            return this;
          }

          @JsonProperty("type")
          private Builder jsonType(String value) {
            this.type = value;
            return this;
          }

          /**
           * Sets {@code type}.
           */
          public Builder type(String type) {
            Objects.requireNonNull(type, "type");
            this.type = type;
            return this;
          }

          @JsonProperty("function")
          private Builder jsonFunction(Function value) {
            this.function = value;
            return this;
          }

          /**
           * Sets {@code function}.
           */
          public Builder function(Function function) {
            Objects.requireNonNull(function, "function");
            this.function = function;
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
          public ToolCall build() {
            return new ToolCall(this);
          }

          /**
           * Used by Jackson: reading is lenient, a server's omissions never fail a read.
           */
          private ToolCall buildFromJson() {
            return new ToolCall(this);
          }

          /**
           * Reads {@link ToolCall} from JSON through the builder's setters, keeping undeclared properties.
           */
          public static final class Deserializer extends ModelDeserializer<Builder, ToolCall> {
            /**
             * Called by Jackson.
             */
            public Deserializer() {
              super(ToolCall.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                    property("index", Long.class, Builder::jsonIndex),
                    property("id", String.class, Builder::jsonId),
                    property("type", String.class, Builder::jsonType),
                    property("function", Function.class, Builder::jsonFunction)));
            }
          }
        }

        /**
         * The function a tool-call fragment names, and a fragment of its arguments.
         */
        @JsonDeserialize(
            using = Function.Builder.Deserializer.class
        )
        @ExplicitJson
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        public static final class Function {
          @JsonProperty("name")
          private final String name;

          @JsonProperty("arguments")
          private final String arguments;

          private final Map<String, JsonNode> additionalProperties;

          private Function(Builder b) {
            this.name = b.name;
            this.arguments = b.arguments;
            this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
          }

          /**
           * The function's name (in the call's first fragment).
           */
          public Optional<String> name() {
            return Optional.ofNullable(name);
          }

          /**
           * A fragment of the arguments' JSON text.
           */
          public Optional<String> arguments() {
            return Optional.ofNullable(arguments);
          }

          /**
           * Properties the document does not declare: kept when read, sent when written.
           */
          @JsonAnyGetter
          public Map<String, JsonNode> additionalProperties() {
            return additionalProperties;
          }

          /**
           * A builder for a new {@link Function}.
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
            b.name = this.name;
            b.arguments = this.arguments;
            b.additionalProperties.putAll(this.additionalProperties);
            return b;
          }

          @Override
          public boolean equals(Object other) {
            if (this == other) {
              return true;
            }
            if (!(other instanceof Function that)) {
              return false;
            }
            return Objects.equals(name, that.name)
                    && Objects.equals(arguments, that.arguments)
                    && additionalProperties.equals(that.additionalProperties);
          }

          @Override
          public int hashCode() {
            return Objects.hash(name, arguments, additionalProperties);
          }

          /**
           * The properties that are set, with their values; absent ones are left out.
           */
          @Override
          public String toString() {
            return ModelStrings.of("Function", additionalProperties, "name", name,
                "arguments", arguments);
          }

          /**
           * Builds {@link Function}; {@link #build()} fails naming any required property that was not set.
           */
          @ExplicitJson
          @JsonPOJOBuilder(
              withPrefix = "",
              buildMethodName = "buildFromJson"
          )
          public static final class Builder {
            private String name;

            private String arguments;

            private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            @JsonProperty("name")
            private Builder jsonName(String value) {
              this.name = value;
              return this;
            }

            /**
             * The function's name (in the call's first fragment).
             */
            public Builder name(String name) {
              Objects.requireNonNull(name, "name");
              this.name = name;
              return this;
            }

            @JsonProperty("arguments")
            private Builder jsonArguments(String value) {
              this.arguments = value;
              return this;
            }

            /**
             * A fragment of the arguments' JSON text.
             */
            public Builder arguments(String arguments) {
              Objects.requireNonNull(arguments, "arguments");
              this.arguments = arguments;
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
            public Function build() {
              return new Function(this);
            }

            /**
             * Used by Jackson: reading is lenient, a server's omissions never fail a read.
             */
            private Function buildFromJson() {
              return new Function(this);
            }

            /**
             * Reads {@link Function} from JSON through the builder's setters, keeping undeclared properties.
             */
            public static final class Deserializer extends ModelDeserializer<Builder, Function> {
              /**
               * Called by Jackson.
               */
              public Deserializer() {
                super(Function.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                      property("name", String.class, Builder::jsonName),
                      property("arguments", String.class, Builder::jsonArguments)));
              }
            }
          }
        }
      }
    }
  }
}
