package dev.clientsmith.clients.oxen.model;

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
 * The {@code ChatCompletionResponse} object of the API.
 */
@JsonDeserialize(
    using = ChatCompletionResponse.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatCompletionResponse {
  @JsonProperty("choices")
  private final List<Choice> choices;

  @JsonProperty("created")
  private final Long created;

  @JsonProperty("id")
  private final String id;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("usage")
  private final Nullable<Usage> usage;

  private final Map<String, JsonNode> additionalProperties;

  private ChatCompletionResponse(Builder b) {
    this.choices = b.choices == null ? null : Collections.unmodifiableList(new ArrayList<>(b.choices));
    this.created = b.created;
    this.id = b.id;
    this.model = b.model;
    this.object = b.object;
    this.usage = b.usage;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
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
  public Optional<Long> created() {
    return Optional.ofNullable(created);
  }

  /**
   * The {@code id} property.
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
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
   * The {@code usage} property.
   *
   * <p>Empty when absent or null; {@link #usageField()} tells which.
   */
  public Optional<Usage> usage() {
    return usage.toOptional();
  }

  /**
   * The {@code usage} property with its three states: absent, null, or a value.
   */
  public Nullable<Usage> usageField() {
    return usage;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatCompletionResponse}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.object = "chat.completion";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.choices = this.choices == null ? null : new ArrayList<>(this.choices);
    b.created = this.created;
    b.id = this.id;
    b.model = this.model;
    b.object = this.object;
    b.usage = this.usage;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatCompletionResponse that)) {
      return false;
    }
    return Objects.equals(choices, that.choices)
            && Objects.equals(created, that.created)
            && Objects.equals(id, that.id)
            && Objects.equals(model, that.model)
            && Objects.equals(object, that.object)
            && Objects.equals(usage, that.usage)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(choices, created, id, model, object, usage, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatCompletionResponse", additionalProperties, "choices", choices,
        "created", created, "id", id, "model", model, "object", object, "usage", usage);
  }

  /**
   * Builds {@link ChatCompletionResponse}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private List<Choice> choices;

    private Long created;

    private String id;

    private String model;

    private String object;

    private Nullable<Usage> usage = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
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
    private Builder jsonCreated(Long value) {
      this.created = value;
      return this;
    }

    /**
     * Sets {@code created}.
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

    @JsonProperty("usage")
    private Builder jsonUsage(Usage value) {
      this.usage = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code usage}.
     *
     * @param usage the value, or {@code null} to send an explicit null
     */
    public Builder usage(Usage usage) {
      this.usage = usage == null ? Nullable.ofNull() : Nullable.of(usage);
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
    public ChatCompletionResponse build() {
      return new ChatCompletionResponse(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatCompletionResponse buildFromJson() {
      return new ChatCompletionResponse(this);
    }

    /**
     * Reads {@link ChatCompletionResponse} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatCompletionResponse> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatCompletionResponse.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices),
              property("created", Long.class, Builder::jsonCreated),
              property("id", String.class, Builder::jsonId),
              property("model", String.class, Builder::jsonModel),
              property("object", String.class, Builder::jsonObject),
              property("usage", Usage.class, Builder::jsonUsage)));
      }
    }
  }

  /**
   * The {@code ChatCompletionResponseChoice} object of the API.
   */
  @JsonDeserialize(
      using = Choice.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Choice {
    @JsonProperty("finish_reason")
    private final String finishReason;

    @JsonProperty("index")
    private final Long index;

    @JsonProperty("message")
    private final Message message;

    private final Map<String, JsonNode> additionalProperties;

    private Choice(Builder b) {
      this.finishReason = b.finishReason;
      this.index = b.index;
      this.message = b.message;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code finish_reason} property.
     */
    public Optional<String> finishReason() {
      return Optional.ofNullable(finishReason);
    }

    /**
     * The {@code index} property.
     */
    public Optional<Long> index() {
      return Optional.ofNullable(index);
    }

    /**
     * The {@code message} property.
     */
    public Optional<Message> message() {
      return Optional.ofNullable(message);
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
      b.message = this.message;
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
              && Objects.equals(message, that.message)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(finishReason, index, message, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Choice", additionalProperties, "finishReason", finishReason,
          "index", index, "message", message);
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
      private String finishReason;

      private Long index;

      private Message message;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("finish_reason")
      private Builder jsonFinishReason(String value) {
        this.finishReason = value;
        return this;
      }

      /**
       * Sets {@code finish_reason}.
       */
      public Builder finishReason(String finishReason) {
        Objects.requireNonNull(finishReason, "finishReason");
        this.finishReason = finishReason;
        return this;
      }

      @JsonProperty("index")
      private Builder jsonIndex(Long value) {
        this.index = value;
        return this;
      }

      /**
       * Sets {@code index}.
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

      @JsonProperty("message")
      private Builder jsonMessage(Message value) {
        this.message = value;
        return this;
      }

      /**
       * Sets {@code message}.
       */
      public Builder message(Message message) {
        Objects.requireNonNull(message, "message");
        this.message = message;
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
                property("finish_reason", String.class, Builder::jsonFinishReason),
                property("index", Long.class, Builder::jsonIndex),
                property("message", Message.class, Builder::jsonMessage)));
        }
      }
    }

    /**
     * The {@code ChatCompletionResponseChoiceMessage} object of the API.
     */
    @JsonDeserialize(
        using = Message.Builder.Deserializer.class
    )
    @ExplicitJson
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public static final class Message {
      @JsonProperty("content")
      private final Nullable<String> content;

      @JsonProperty("role")
      private final String role;

      @JsonProperty("tool_calls")
      private final Nullable<List<JsonNode>> toolCalls;

      private final Map<String, JsonNode> additionalProperties;

      private Message(Builder b) {
        this.content = b.content;
        this.role = b.role;
        this.toolCalls = b.toolCalls.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.toolCalls.get()))) : b.toolCalls;
        this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
      }

      /**
       * The {@code content} property.
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
       * The {@code role} property.
       */
      public Optional<String> role() {
        return Optional.ofNullable(role);
      }

      /**
       * The {@code tool_calls} property.
       *
       * <p>Empty when absent or null; {@link #toolCallsField()} tells which.
       */
      public List<JsonNode> toolCalls() {
        return toolCalls.isPresent() ? toolCalls.get() : List.of();
      }

      /**
       * The {@code tool_calls} property with its three states: absent, null, or a value.
       */
      public Nullable<List<JsonNode>> toolCallsField() {
        return toolCalls;
      }

      /**
       * Properties the document does not declare: kept when read, sent when written.
       */
      @JsonAnyGetter
      public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
      }

      /**
       * A builder for a new {@link Message}.
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
        b.content = this.content;
        b.role = this.role;
        b.toolCalls = this.toolCalls.isPresent() ? Nullable.of(new ArrayList<>(this.toolCalls.get())) : this.toolCalls;
        b.additionalProperties.putAll(this.additionalProperties);
        return b;
      }

      @Override
      public boolean equals(Object other) {
        if (this == other) {
          return true;
        }
        if (!(other instanceof Message that)) {
          return false;
        }
        return Objects.equals(content, that.content)
                && Objects.equals(role, that.role)
                && Objects.equals(toolCalls, that.toolCalls)
                && additionalProperties.equals(that.additionalProperties);
      }

      @Override
      public int hashCode() {
        return Objects.hash(content, role, toolCalls, additionalProperties);
      }

      /**
       * The properties that are set, with their values; absent ones are left out.
       */
      @Override
      public String toString() {
        return ModelStrings.of("Message", additionalProperties, "content", content, "role", role,
            "toolCalls", toolCalls);
      }

      /**
       * Builds {@link Message}; {@link #build()} fails naming any required property that was not set.
       */
      @ExplicitJson
      @JsonPOJOBuilder(
          withPrefix = "",
          buildMethodName = "buildFromJson"
      )
      public static final class Builder {
        private Nullable<String> content = Nullable.absent();

        private String role;

        private Nullable<List<JsonNode>> toolCalls = Nullable.absent();

        private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        @JsonProperty("content")
        private Builder jsonContent(String value) {
          this.content = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Sets {@code content}.
         *
         * @param content the value, or {@code null} to send an explicit null
         */
        public Builder content(String content) {
          this.content = content == null ? Nullable.ofNull() : Nullable.of(content);
          return this;
        }

        @JsonProperty("role")
        private Builder jsonRole(String value) {
          this.role = value;
          return this;
        }

        /**
         * Sets {@code role}.
         */
        public Builder role(String role) {
          Objects.requireNonNull(role, "role");
          this.role = role;
          return this;
        }

        @JsonProperty("tool_calls")
        private Builder jsonToolCalls(List<JsonNode> value) {
          this.toolCalls = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Sets {@code tool_calls}.
         *
         * @param toolCalls the value, or {@code null} to send an explicit null
         */
        public Builder toolCalls(List<JsonNode> toolCalls) {
          this.toolCalls = toolCalls == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(toolCalls));
          return this;
        }

        /**
         * Adds one element to {@code tool_calls}.
         */
        public Builder addToolCall(JsonNode element) {
          List<JsonNode> list = toolCalls.isPresent() ? toolCalls.get() : new ArrayList<>();
          list.add(element);
          this.toolCalls = Nullable.of(list);
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
        public Message build() {
          return new Message(this);
        }

        /**
         * Used by Jackson: reading is lenient, a server's omissions never fail a read.
         */
        private Message buildFromJson() {
          return new Message(this);
        }

        /**
         * Reads {@link Message} from JSON through the builder's setters, keeping undeclared properties.
         */
        public static final class Deserializer extends ModelDeserializer<Builder, Message> {
          /**
           * Called by Jackson.
           */
          public Deserializer() {
            super(Message.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                  property("content", String.class, Builder::jsonContent),
                  property("role", String.class, Builder::jsonRole),
                  property("tool_calls", new TypeReference<List<JsonNode>>() { }, Builder::jsonToolCalls)));
          }
        }
      }
    }
  }

  /**
   * The {@code ChatCompletionResponseUsage} object of the API.
   */
  @JsonDeserialize(
      using = Usage.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Usage {
    @JsonProperty("completion_tokens")
    private final Long completionTokens;

    @JsonProperty("prompt_tokens")
    private final Long promptTokens;

    @JsonProperty("total_tokens")
    private final Long totalTokens;

    private final Map<String, JsonNode> additionalProperties;

    private Usage(Builder b) {
      this.completionTokens = b.completionTokens;
      this.promptTokens = b.promptTokens;
      this.totalTokens = b.totalTokens;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code completion_tokens} property.
     */
    public Optional<Long> completionTokens() {
      return Optional.ofNullable(completionTokens);
    }

    /**
     * The {@code prompt_tokens} property.
     */
    public Optional<Long> promptTokens() {
      return Optional.ofNullable(promptTokens);
    }

    /**
     * The {@code total_tokens} property.
     */
    public Optional<Long> totalTokens() {
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
      b.completionTokens = this.completionTokens;
      b.promptTokens = this.promptTokens;
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
      return Objects.equals(completionTokens, that.completionTokens)
              && Objects.equals(promptTokens, that.promptTokens)
              && Objects.equals(totalTokens, that.totalTokens)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(completionTokens, promptTokens, totalTokens, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Usage", additionalProperties, "completionTokens", completionTokens,
          "promptTokens", promptTokens, "totalTokens", totalTokens);
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
      private Long completionTokens;

      private Long promptTokens;

      private Long totalTokens;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("completion_tokens")
      private Builder jsonCompletionTokens(Long value) {
        this.completionTokens = value;
        return this;
      }

      /**
       * Sets {@code completion_tokens}.
       */
      public Builder completionTokens(Long completionTokens) {
        Objects.requireNonNull(completionTokens, "completionTokens");
        this.completionTokens = completionTokens;
        return this;
      }

      /**
       * Sets {@code completion_tokens}, from a primitive {@code long}.
       */
      public Builder completionTokens(long value) {
        return completionTokens(Long.valueOf(value));
      }

      @JsonProperty("prompt_tokens")
      private Builder jsonPromptTokens(Long value) {
        this.promptTokens = value;
        return this;
      }

      /**
       * Sets {@code prompt_tokens}.
       */
      public Builder promptTokens(Long promptTokens) {
        Objects.requireNonNull(promptTokens, "promptTokens");
        this.promptTokens = promptTokens;
        return this;
      }

      /**
       * Sets {@code prompt_tokens}, from a primitive {@code long}.
       */
      public Builder promptTokens(long value) {
        return promptTokens(Long.valueOf(value));
      }

      @JsonProperty("total_tokens")
      private Builder jsonTotalTokens(Long value) {
        this.totalTokens = value;
        return this;
      }

      /**
       * Sets {@code total_tokens}.
       */
      public Builder totalTokens(Long totalTokens) {
        Objects.requireNonNull(totalTokens, "totalTokens");
        this.totalTokens = totalTokens;
        return this;
      }

      /**
       * Sets {@code total_tokens}, from a primitive {@code long}.
       */
      public Builder totalTokens(long value) {
        return totalTokens(Long.valueOf(value));
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
          super(Usage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("completion_tokens", Long.class, Builder::jsonCompletionTokens),
                property("prompt_tokens", Long.class, Builder::jsonPromptTokens),
                property("total_tokens", Long.class, Builder::jsonTotalTokens)));
        }
      }
    }
  }
}
