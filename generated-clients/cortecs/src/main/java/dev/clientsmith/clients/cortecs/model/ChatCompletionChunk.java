package dev.clientsmith.clients.cortecs.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.json.ExplicitJson;
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
 * One server-sent event of a streamed CompletionResponse (derived: the document defines none).
 */
@JsonDeserialize(
    using = ChatCompletionChunk.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatCompletionChunk {
  @JsonProperty("object")
  private final String object;

  @JsonProperty("id")
  private final String id;

  @JsonProperty("created")
  private final Long created;

  @JsonProperty("provider")
  private final String provider;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("choices")
  private final List<Choice> choices;

  @JsonProperty("usage")
  private final CompletionResponse.Usage usage;

  @JsonProperty("prompt_logprobs")
  private final Nullable<JsonNode> promptLogprobs;

  private final Map<String, JsonNode> additionalProperties;

  private ChatCompletionChunk(Builder b) {
    this.object = b.object;
    this.id = b.id;
    this.created = b.created;
    this.provider = b.provider;
    this.model = b.model;
    this.choices = b.choices == null ? null : Collections.unmodifiableList(new ArrayList<>(b.choices));
    this.usage = b.usage;
    this.promptLogprobs = b.promptLogprobs;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The type of object returned
   */
  public Optional<String> object() {
    return Optional.ofNullable(object);
  }

  /**
   * The unique identifier for the completion
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The timestamp when the completion was created
   */
  public Optional<Long> created() {
    return Optional.ofNullable(created);
  }

  /**
   * The provider that generated the completion
   */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /**
   * The model that generated the completion
   */
  public Optional<String> model() {
    return Optional.ofNullable(model);
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
   * The {@code usage} property.
   */
  public Optional<CompletionResponse.Usage> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Log probabilities of the prompt tokens
   *
   * <p>Empty when absent or null; {@link #promptLogprobsField()} tells which.
   */
  public Optional<JsonNode> promptLogprobs() {
    return promptLogprobs.toOptional();
  }

  /**
   * The {@code prompt_logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<JsonNode> promptLogprobsField() {
    return promptLogprobs;
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
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = this.object;
    b.id = this.id;
    b.created = this.created;
    b.provider = this.provider;
    b.model = this.model;
    b.choices = this.choices == null ? null : new ArrayList<>(this.choices);
    b.usage = this.usage;
    b.promptLogprobs = this.promptLogprobs;
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
    return Objects.equals(object, that.object)
            && Objects.equals(id, that.id)
            && Objects.equals(created, that.created)
            && Objects.equals(provider, that.provider)
            && Objects.equals(model, that.model)
            && Objects.equals(choices, that.choices)
            && Objects.equals(usage, that.usage)
            && Objects.equals(promptLogprobs, that.promptLogprobs)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, id, created, provider, model, choices, usage, promptLogprobs, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatCompletionChunk", additionalProperties, "object", object, "id", id,
        "created", created, "provider", provider, "model", model, "choices", choices,
        "usage", usage, "promptLogprobs", promptLogprobs);
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
    private String object;

    private String id;

    private Long created;

    private String provider;

    private String model;

    private List<Choice> choices;

    private CompletionResponse.Usage usage;

    private Nullable<JsonNode> promptLogprobs = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("object")
    private Builder jsonObject(String value) {
      this.object = value;
      return this;
    }

    /**
     * The type of object returned
     */
    public Builder object(String object) {
      Objects.requireNonNull(object, "object");
      this.object = object;
      return this;
    }

    @JsonProperty("id")
    private Builder jsonId(String value) {
      this.id = value;
      return this;
    }

    /**
     * The unique identifier for the completion
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      this.id = id;
      return this;
    }

    @JsonProperty("created")
    private Builder jsonCreated(Long value) {
      this.created = value;
      return this;
    }

    /**
     * The timestamp when the completion was created
     */
    public Builder created(Long created) {
      Objects.requireNonNull(created, "created");
      this.created = created;
      return this;
    }

    /**
     * Sets {@code created}, from a primitive {@code long}.
     */
    public Builder created(long value) {
      return created(Long.valueOf(value));
    }

    @JsonProperty("provider")
    private Builder jsonProvider(String value) {
      this.provider = value;
      return this;
    }

    /**
     * The provider that generated the completion
     */
    public Builder provider(String provider) {
      Objects.requireNonNull(provider, "provider");
      this.provider = provider;
      return this;
    }

    @JsonProperty("model")
    private Builder jsonModel(String value) {
      this.model = value;
      return this;
    }

    /**
     * The model that generated the completion
     */
    public Builder model(String model) {
      Objects.requireNonNull(model, "model");
      this.model = model;
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

    @JsonProperty("usage")
    private Builder jsonUsage(CompletionResponse.Usage value) {
      this.usage = value;
      return this;
    }

    /**
     * Sets {@code usage}.
     */
    public Builder usage(CompletionResponse.Usage usage) {
      Objects.requireNonNull(usage, "usage");
      this.usage = usage;
      return this;
    }

    @JsonProperty("prompt_logprobs")
    private Builder jsonPromptLogprobs(JsonNode value) {
      this.promptLogprobs = value == null || value.isNull() ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Log probabilities of the prompt tokens
     *
     * @param promptLogprobs the value, or {@code null} to send an explicit null
     */
    public Builder promptLogprobs(JsonNode promptLogprobs) {
      this.promptLogprobs = promptLogprobs == null ? Nullable.ofNull() : Nullable.of(promptLogprobs);
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
              property("object", String.class, Builder::jsonObject),
              property("id", String.class, Builder::jsonId),
              property("created", Long.class, Builder::jsonCreated),
              property("provider", String.class, Builder::jsonProvider),
              property("model", String.class, Builder::jsonModel),
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices),
              property("usage", CompletionResponse.Usage.class, Builder::jsonUsage),
              property("prompt_logprobs", JsonNode.class, Builder::jsonPromptLogprobs)));
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
    @JsonProperty("index")
    private final Long index;

    @JsonProperty("delta")
    private final Delta delta;

    @JsonProperty("finish_reason")
    private final Nullable<String> finishReason;

    @JsonProperty("logprobs")
    private final Nullable<JsonNode> logprobs;

    private final Map<String, JsonNode> additionalProperties;

    private Choice(Builder b) {
      this.index = b.index;
      this.delta = b.delta;
      this.finishReason = b.finishReason;
      this.logprobs = b.logprobs;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The index of the choice
     */
    public Optional<Long> index() {
      return Optional.ofNullable(index);
    }

    /**
     * The {@code delta} property.
     */
    public Optional<Delta> delta() {
      return Optional.ofNullable(delta);
    }

    /**
     * The reason why the completion finished (stop, length, tool_calls, etc.)
     *
     * <p>Empty when absent or null; {@link #finishReasonField()} tells which.
     */
    public Optional<String> finishReason() {
      return finishReason.toOptional();
    }

    /**
     * The {@code finish_reason} property with its three states: absent, null, or a value.
     */
    public Nullable<String> finishReasonField() {
      return finishReason;
    }

    /**
     * Log probabilities of the output tokens
     *
     * <p>Empty when absent or null; {@link #logprobsField()} tells which.
     */
    public Optional<JsonNode> logprobs() {
      return logprobs.toOptional();
    }

    /**
     * The {@code logprobs} property with its three states: absent, null, or a value.
     */
    public Nullable<JsonNode> logprobsField() {
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
      b.index = this.index;
      b.delta = this.delta;
      b.finishReason = this.finishReason;
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
      return Objects.equals(index, that.index)
              && Objects.equals(delta, that.delta)
              && Objects.equals(finishReason, that.finishReason)
              && Objects.equals(logprobs, that.logprobs)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(index, delta, finishReason, logprobs, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Choice", additionalProperties, "index", index, "delta", delta,
          "finishReason", finishReason, "logprobs", logprobs);
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
      private Long index;

      private Delta delta;

      private Nullable<String> finishReason = Nullable.absent();

      private Nullable<JsonNode> logprobs = Nullable.absent();

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("index")
      private Builder jsonIndex(Long value) {
        this.index = value;
        return this;
      }

      /**
       * The index of the choice
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

      @JsonProperty("finish_reason")
      private Builder jsonFinishReason(String value) {
        this.finishReason = value == null ? Nullable.ofNull() : Nullable.of(value);
        return this;
      }

      /**
       * The reason why the completion finished (stop, length, tool_calls, etc.)
       *
       * @param finishReason the value, or {@code null} to send an explicit null
       */
      public Builder finishReason(String finishReason) {
        this.finishReason = finishReason == null ? Nullable.ofNull() : Nullable.of(finishReason);
        return this;
      }

      @JsonProperty("logprobs")
      private Builder jsonLogprobs(JsonNode value) {
        this.logprobs = value == null || value.isNull() ? Nullable.ofNull() : Nullable.of(value);
        return this;
      }

      /**
       * Log probabilities of the output tokens
       *
       * @param logprobs the value, or {@code null} to send an explicit null
       */
      public Builder logprobs(JsonNode logprobs) {
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
                property("index", Long.class, Builder::jsonIndex),
                property("delta", Delta.class, Builder::jsonDelta),
                property("finish_reason", String.class, Builder::jsonFinishReason),
                property("logprobs", JsonNode.class, Builder::jsonLogprobs)));
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
      private final Nullable<String> content;

      @JsonProperty("tool_calls")
      private final Nullable<List<ToolCall>> toolCalls;

      @JsonProperty("reasoning_content")
      private final Nullable<String> reasoningContent;

      private final Map<String, JsonNode> additionalProperties;

      private Delta(Builder b) {
        this.role = b.role;
        this.content = b.content;
        this.toolCalls = b.toolCalls.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.toolCalls.get()))) : b.toolCalls;
        this.reasoningContent = b.reasoningContent;
        this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
      }

      /**
       * The role of the message sender
       */
      public Optional<String> role() {
        return Optional.ofNullable(role);
      }

      /**
       * The content of the message
       *
       * <p>Empty when absent or null; {@link #contentField()} tells which.
       */
      public Optional<String> content() {
        return content.toOptional();
      }

      /**
       * The {@code content} property with its three states: absent, null, or a value.
       */
      public Nullable<String> contentField() {
        return content;
      }

      /**
       * The {@code tool_calls} property.
       *
       * <p>Empty when absent or null; {@link #toolCallsField()} tells which.
       */
      public List<ToolCall> toolCalls() {
        return toolCalls.isPresent() ? toolCalls.get() : List.of();
      }

      /**
       * The {@code tool_calls} property with its three states: absent, null, or a value.
       */
      public Nullable<List<ToolCall>> toolCallsField() {
        return toolCalls;
      }

      /**
       * Additional reasoning content
       *
       * <p>Empty when absent or null; {@link #reasoningContentField()} tells which.
       */
      public Optional<String> reasoningContent() {
        return reasoningContent.toOptional();
      }

      /**
       * The {@code reasoning_content} property with its three states: absent, null, or a value.
       */
      public Nullable<String> reasoningContentField() {
        return reasoningContent;
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
        return b;
      }

      /**
       * A builder holding this object's values, to make a changed copy.
       */
      public Builder toBuilder() {
        Builder b = new Builder();
        b.role = this.role;
        b.content = this.content;
        b.toolCalls = this.toolCalls.isPresent() ? Nullable.of(new ArrayList<>(this.toolCalls.get())) : this.toolCalls;
        b.reasoningContent = this.reasoningContent;
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
                && Objects.equals(toolCalls, that.toolCalls)
                && Objects.equals(reasoningContent, that.reasoningContent)
                && additionalProperties.equals(that.additionalProperties);
      }

      @Override
      public int hashCode() {
        return Objects.hash(role, content, toolCalls, reasoningContent, additionalProperties);
      }

      /**
       * The properties that are set, with their values; absent ones are left out.
       */
      @Override
      public String toString() {
        return ModelStrings.of("Delta", additionalProperties, "role", role, "content", content,
            "toolCalls", toolCalls, "reasoningContent", reasoningContent);
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

        private Nullable<String> content = Nullable.absent();

        private Nullable<List<ToolCall>> toolCalls = Nullable.absent();

        private Nullable<String> reasoningContent = Nullable.absent();

        private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        @JsonProperty("role")
        private Builder jsonRole(String value) {
          this.role = value;
          return this;
        }

        /**
         * The role of the message sender
         */
        public Builder role(String role) {
          Objects.requireNonNull(role, "role");
          this.role = role;
          return this;
        }

        @JsonProperty("content")
        private Builder jsonContent(String value) {
          this.content = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * The content of the message
         *
         * @param content the value, or {@code null} to send an explicit null
         */
        public Builder content(String content) {
          this.content = content == null ? Nullable.ofNull() : Nullable.of(content);
          return this;
        }

        @JsonProperty("tool_calls")
        private Builder jsonToolCalls(List<ToolCall> value) {
          this.toolCalls = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Sets {@code tool_calls}.
         *
         * @param toolCalls the value, or {@code null} to send an explicit null
         */
        public Builder toolCalls(List<ToolCall> toolCalls) {
          this.toolCalls = toolCalls == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(toolCalls));
          return this;
        }

        /**
         * Adds one element to {@code tool_calls}.
         */
        public Builder addToolCall(ToolCall element) {
          List<ToolCall> list = toolCalls.isPresent() ? toolCalls.get() : new ArrayList<>();
          list.add(element);
          this.toolCalls = Nullable.of(list);
          return this;
        }

        @JsonProperty("reasoning_content")
        private Builder jsonReasoningContent(String value) {
          this.reasoningContent = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Additional reasoning content
         *
         * @param reasoningContent the value, or {@code null} to send an explicit null
         */
        public Builder reasoningContent(String reasoningContent) {
          this.reasoningContent = reasoningContent == null ? Nullable.ofNull() : Nullable.of(reasoningContent);
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
                  property("content", String.class, Builder::jsonContent),
                  property("tool_calls", new TypeReference<List<ToolCall>>() { }, Builder::jsonToolCalls),
                  property("reasoning_content", String.class, Builder::jsonReasoningContent)));
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
