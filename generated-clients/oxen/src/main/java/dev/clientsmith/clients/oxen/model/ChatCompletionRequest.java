package dev.clientsmith.clients.oxen.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.JsonShape;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Request to generate a chat completion. Compatible with the OpenAI chat completions API.
 */
@JsonDeserialize(
    using = ChatCompletionRequest.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatCompletionRequest {
  @JsonProperty("frequency_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> frequencyPenalty;

  @JsonProperty("max_tokens")
  private final Nullable<Long> maxTokens;

  @JsonProperty("messages")
  private final List<Message> messages;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("presence_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> presencePenalty;

  @JsonProperty("response_format")
  private final Nullable<JsonNode> responseFormat;

  @JsonProperty("temperature")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> temperature;

  @JsonProperty("tool_choice")
  private final Nullable<ToolChoice> toolChoice;

  @JsonProperty("tools")
  private final Nullable<List<JsonNode>> tools;

  @JsonProperty("top_p")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> topP;

  private final Map<String, JsonNode> additionalProperties;

  private ChatCompletionRequest(Builder b) {
    this.frequencyPenalty = b.frequencyPenalty;
    this.maxTokens = b.maxTokens;
    this.messages = b.messages == null ? null : Collections.unmodifiableList(new ArrayList<>(b.messages));
    this.model = b.model;
    this.presencePenalty = b.presencePenalty;
    this.responseFormat = b.responseFormat;
    this.temperature = b.temperature;
    this.toolChoice = b.toolChoice;
    this.tools = b.tools.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.tools.get()))) : b.tools;
    this.topP = b.topP;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code frequency_penalty} property.
   *
   * <p>Empty when absent or null; {@link #frequencyPenaltyField()} tells which.
   */
  public Optional<Double> frequencyPenalty() {
    return frequencyPenalty.toOptional();
  }

  /**
   * The {@code frequency_penalty} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> frequencyPenaltyField() {
    return frequencyPenalty;
  }

  /**
   * The {@code max_tokens} property.
   *
   * <p>Empty when absent or null; {@link #maxTokensField()} tells which.
   */
  public Optional<Long> maxTokens() {
    return maxTokens.toOptional();
  }

  /**
   * The {@code max_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Long> maxTokensField() {
    return maxTokens;
  }

  /**
   * The {@code messages} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<Message> messages() {
    if (messages == null) {
      throw new IllegalStateException("ChatCompletionRequest.messages is required, but the response did not contain 'messages'");
    }
    return messages;
  }

  /**
   * Model ID to use
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String model() {
    if (model == null) {
      throw new IllegalStateException("ChatCompletionRequest.model is required, but the response did not contain 'model'");
    }
    return model;
  }

  /**
   * The {@code presence_penalty} property.
   *
   * <p>Empty when absent or null; {@link #presencePenaltyField()} tells which.
   */
  public Optional<Double> presencePenalty() {
    return presencePenalty.toOptional();
  }

  /**
   * The {@code presence_penalty} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> presencePenaltyField() {
    return presencePenalty;
  }

  /**
   * The {@code response_format} property.
   *
   * <p>Empty when absent or null; {@link #responseFormatField()} tells which.
   */
  public Optional<JsonNode> responseFormat() {
    return responseFormat.toOptional();
  }

  /**
   * The {@code response_format} property with its three states: absent, null, or a value.
   */
  public Nullable<JsonNode> responseFormatField() {
    return responseFormat;
  }

  /**
   * The {@code temperature} property.
   *
   * <p>Empty when absent or null; {@link #temperatureField()} tells which.
   */
  public Optional<Double> temperature() {
    return temperature.toOptional();
  }

  /**
   * The {@code temperature} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> temperatureField() {
    return temperature;
  }

  /**
   * The {@code tool_choice} property.
   *
   * <p>Empty when absent or null; {@link #toolChoiceField()} tells which.
   */
  public Optional<ToolChoice> toolChoice() {
    return toolChoice.toOptional();
  }

  /**
   * The {@code tool_choice} property with its three states: absent, null, or a value.
   */
  public Nullable<ToolChoice> toolChoiceField() {
    return toolChoice;
  }

  /**
   * The {@code tools} property.
   *
   * <p>Empty when absent or null; {@link #toolsField()} tells which.
   */
  public List<JsonNode> tools() {
    return tools.isPresent() ? tools.get() : List.of();
  }

  /**
   * The {@code tools} property with its three states: absent, null, or a value.
   */
  public Nullable<List<JsonNode>> toolsField() {
    return tools;
  }

  /**
   * The {@code top_p} property.
   *
   * <p>Empty when absent or null; {@link #topPField()} tells which.
   */
  public Optional<Double> topP() {
    return topP.toOptional();
  }

  /**
   * The {@code top_p} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> topPField() {
    return topP;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatCompletionRequest}.
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
    b.frequencyPenalty = this.frequencyPenalty;
    b.maxTokens = this.maxTokens;
    b.messages = this.messages == null ? null : new ArrayList<>(this.messages);
    b.model = this.model;
    b.presencePenalty = this.presencePenalty;
    b.responseFormat = this.responseFormat;
    b.temperature = this.temperature;
    b.toolChoice = this.toolChoice;
    b.tools = this.tools.isPresent() ? Nullable.of(new ArrayList<>(this.tools.get())) : this.tools;
    b.topP = this.topP;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatCompletionRequest that)) {
      return false;
    }
    return Objects.equals(frequencyPenalty, that.frequencyPenalty)
            && Objects.equals(maxTokens, that.maxTokens)
            && Objects.equals(messages, that.messages)
            && Objects.equals(model, that.model)
            && Objects.equals(presencePenalty, that.presencePenalty)
            && Objects.equals(responseFormat, that.responseFormat)
            && Objects.equals(temperature, that.temperature)
            && Objects.equals(toolChoice, that.toolChoice)
            && Objects.equals(tools, that.tools)
            && Objects.equals(topP, that.topP)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frequencyPenalty, maxTokens, messages, model, presencePenalty, responseFormat, temperature, toolChoice, tools, topP, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatCompletionRequest", additionalProperties,
        "frequencyPenalty", frequencyPenalty, "maxTokens", maxTokens, "messages", messages,
        "model", model, "presencePenalty", presencePenalty, "responseFormat", responseFormat,
        "temperature", temperature, "toolChoice", toolChoice, "tools", tools, "topP", topP);
  }

  /**
   * Builds {@link ChatCompletionRequest}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<Double> frequencyPenalty = Nullable.absent();

    private Nullable<Long> maxTokens = Nullable.absent();

    private List<Message> messages;

    private String model;

    private Nullable<Double> presencePenalty = Nullable.absent();

    private Nullable<JsonNode> responseFormat = Nullable.absent();

    private Nullable<Double> temperature = Nullable.absent();

    private Nullable<ToolChoice> toolChoice = Nullable.absent();

    private Nullable<List<JsonNode>> tools = Nullable.absent();

    private Nullable<Double> topP = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("frequency_penalty")
    private Builder jsonFrequencyPenalty(Double value) {
      this.frequencyPenalty = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code frequency_penalty}.
     *
     * @param frequencyPenalty the value, or {@code null} to send an explicit null
     */
    public Builder frequencyPenalty(Double frequencyPenalty) {
      this.frequencyPenalty = frequencyPenalty == null ? Nullable.ofNull() : Nullable.of(frequencyPenalty);
      return this;
    }

    /**
     * Sets {@code frequency_penalty}, from a primitive {@code double}.
     */
    public Builder frequencyPenalty(double value) {
      return frequencyPenalty(Double.valueOf(value));
    }

    @JsonProperty("max_tokens")
    private Builder jsonMaxTokens(Long value) {
      this.maxTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code max_tokens}.
     *
     * @param maxTokens the value, or {@code null} to send an explicit null
     */
    public Builder maxTokens(Long maxTokens) {
      this.maxTokens = maxTokens == null ? Nullable.ofNull() : Nullable.of(maxTokens);
      return this;
    }

    /**
     * Sets {@code max_tokens}, from a primitive {@code long}.
     */
    public Builder maxTokens(long value) {
      return maxTokens(Long.valueOf(value));
    }

    @JsonProperty("messages")
    private Builder jsonMessages(List<Message> value) {
      this.messages = value;
      return this;
    }

    /**
     * Sets {@code messages}.
     */
    public Builder messages(List<Message> messages) {
      Objects.requireNonNull(messages, "messages");
      this.messages = new ArrayList<>(messages);
      return this;
    }

    /**
     * Adds one element to {@code messages}.
     */
    public Builder addMessage(Message element) {
      if (messages == null) {
        messages = new ArrayList<>();
      }
      messages.add(element);
      return this;
    }

    @JsonProperty("model")
    private Builder jsonModel(String value) {
      this.model = value;
      return this;
    }

    /**
     * Model ID to use
     */
    public Builder model(String model) {
      Objects.requireNonNull(model, "model");
      this.model = model;
      return this;
    }

    @JsonProperty("presence_penalty")
    private Builder jsonPresencePenalty(Double value) {
      this.presencePenalty = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code presence_penalty}.
     *
     * @param presencePenalty the value, or {@code null} to send an explicit null
     */
    public Builder presencePenalty(Double presencePenalty) {
      this.presencePenalty = presencePenalty == null ? Nullable.ofNull() : Nullable.of(presencePenalty);
      return this;
    }

    /**
     * Sets {@code presence_penalty}, from a primitive {@code double}.
     */
    public Builder presencePenalty(double value) {
      return presencePenalty(Double.valueOf(value));
    }

    @JsonProperty("response_format")
    private Builder jsonResponseFormat(JsonNode value) {
      this.responseFormat = value == null || value.isNull() ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code response_format}.
     *
     * @param responseFormat the value, or {@code null} to send an explicit null
     */
    public Builder responseFormat(JsonNode responseFormat) {
      this.responseFormat = responseFormat == null ? Nullable.ofNull() : Nullable.of(responseFormat);
      return this;
    }

    @JsonProperty("temperature")
    private Builder jsonTemperature(Double value) {
      this.temperature = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code temperature}.
     *
     * @param temperature the value, or {@code null} to send an explicit null
     */
    public Builder temperature(Double temperature) {
      this.temperature = temperature == null ? Nullable.ofNull() : Nullable.of(temperature);
      return this;
    }

    /**
     * Sets {@code temperature}, from a primitive {@code double}.
     */
    public Builder temperature(double value) {
      return temperature(Double.valueOf(value));
    }

    @JsonProperty("tool_choice")
    private Builder jsonToolChoice(ToolChoice value) {
      this.toolChoice = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code tool_choice}.
     *
     * @param toolChoice the value, or {@code null} to send an explicit null
     */
    public Builder toolChoice(ToolChoice toolChoice) {
      this.toolChoice = toolChoice == null ? Nullable.ofNull() : Nullable.of(toolChoice);
      return this;
    }

    @JsonProperty("tools")
    private Builder jsonTools(List<JsonNode> value) {
      this.tools = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code tools}.
     *
     * @param tools the value, or {@code null} to send an explicit null
     */
    public Builder tools(List<JsonNode> tools) {
      this.tools = tools == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(tools));
      return this;
    }

    /**
     * Adds one element to {@code tools}.
     */
    public Builder addTool(JsonNode element) {
      List<JsonNode> list = tools.isPresent() ? tools.get() : new ArrayList<>();
      list.add(element);
      this.tools = Nullable.of(list);
      return this;
    }

    @JsonProperty("top_p")
    private Builder jsonTopP(Double value) {
      this.topP = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code top_p}.
     *
     * @param topP the value, or {@code null} to send an explicit null
     */
    public Builder topP(Double topP) {
      this.topP = topP == null ? Nullable.ofNull() : Nullable.of(topP);
      return this;
    }

    /**
     * Sets {@code top_p}, from a primitive {@code double}.
     */
    public Builder topP(double value) {
      return topP(Double.valueOf(value));
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
    public ChatCompletionRequest build() {
      if (messages == null) {
        throw new IllegalStateException("ChatCompletionRequest.messages is required but was not set");
      }
      if (model == null) {
        throw new IllegalStateException("ChatCompletionRequest.model is required but was not set");
      }
      return new ChatCompletionRequest(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatCompletionRequest buildFromJson() {
      return new ChatCompletionRequest(this);
    }

    /**
     * Reads {@link ChatCompletionRequest} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatCompletionRequest> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatCompletionRequest.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("frequency_penalty", Double.class, Builder::jsonFrequencyPenalty),
              property("max_tokens", Long.class, Builder::jsonMaxTokens),
              property("messages", new TypeReference<List<Message>>() { }, Builder::jsonMessages),
              property("model", String.class, Builder::jsonModel),
              property("presence_penalty", Double.class, Builder::jsonPresencePenalty),
              property("response_format", JsonNode.class, Builder::jsonResponseFormat),
              property("temperature", Double.class, Builder::jsonTemperature),
              property("tool_choice", ToolChoice.class, Builder::jsonToolChoice),
              property("tools", new TypeReference<List<JsonNode>>() { }, Builder::jsonTools),
              property("top_p", Double.class, Builder::jsonTopP)));
      }
    }
  }

  /**
   * The {@code ChatCompletionRequestMessage} object of the API.
   */
  @JsonDeserialize(
      using = Message.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Message {
    @JsonProperty("content")
    private final Content content;

    @JsonProperty("name")
    private final Nullable<String> name;

    @JsonProperty("role")
    private final Role role;

    @JsonProperty("tool_call_id")
    private final Nullable<String> toolCallId;

    @JsonProperty("tool_calls")
    private final Nullable<List<JsonNode>> toolCalls;

    private final Map<String, JsonNode> additionalProperties;

    private Message(Builder b) {
      this.content = b.content;
      this.name = b.name;
      this.role = b.role;
      this.toolCallId = b.toolCallId;
      this.toolCalls = b.toolCalls.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.toolCalls.get()))) : b.toolCalls;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code content} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public Content content() {
      if (content == null) {
        throw new IllegalStateException("Message.content is required, but the response did not contain 'content'");
      }
      return content;
    }

    /**
     * The {@code name} property.
     *
     * <p>Empty when absent or null; {@link #nameField()} tells which.
     */
    public Optional<String> name() {
      return name.toOptional();
    }

    /**
     * The {@code name} property with its three states: absent, null, or a value.
     */
    public Nullable<String> nameField() {
      return name;
    }

    /**
     * The {@code role} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public Role role() {
      if (role == null) {
        throw new IllegalStateException("Message.role is required, but the response did not contain 'role'");
      }
      return role;
    }

    /**
     * The {@code tool_call_id} property.
     *
     * <p>Empty when absent or null; {@link #toolCallIdField()} tells which.
     */
    public Optional<String> toolCallId() {
      return toolCallId.toOptional();
    }

    /**
     * The {@code tool_call_id} property with its three states: absent, null, or a value.
     */
    public Nullable<String> toolCallIdField() {
      return toolCallId;
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
      b.name = this.name;
      b.role = this.role;
      b.toolCallId = this.toolCallId;
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
              && Objects.equals(name, that.name)
              && Objects.equals(role, that.role)
              && Objects.equals(toolCallId, that.toolCallId)
              && Objects.equals(toolCalls, that.toolCalls)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(content, name, role, toolCallId, toolCalls, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Message", additionalProperties, "content", content, "name", name,
          "role", role, "toolCallId", toolCallId, "toolCalls", toolCalls);
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
      private Content content;

      private Nullable<String> name = Nullable.absent();

      private Role role;

      private Nullable<String> toolCallId = Nullable.absent();

      private Nullable<List<JsonNode>> toolCalls = Nullable.absent();

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("content")
      private Builder jsonContent(Content value) {
        this.content = value;
        return this;
      }

      /**
       * Sets {@code content}.
       */
      public Builder content(Content content) {
        Objects.requireNonNull(content, "content");
        this.content = content;
        return this;
      }

      /**
       * Sets {@code content} to the {@code String} variant.
       */
      public Builder content(String value) {
        return content(Content.ofString(value));
      }

      /**
       * Sets {@code content} to the {@code Jsons} variant.
       */
      public Builder content(List<JsonNode> value) {
        return content(Content.ofJsons(value));
      }

      @JsonProperty("name")
      private Builder jsonName(String value) {
        this.name = value == null ? Nullable.ofNull() : Nullable.of(value);
        return this;
      }

      /**
       * Sets {@code name}.
       *
       * @param name the value, or {@code null} to send an explicit null
       */
      public Builder name(String name) {
        this.name = name == null ? Nullable.ofNull() : Nullable.of(name);
        return this;
      }

      @JsonProperty("role")
      private Builder jsonRole(Role value) {
        this.role = value;
        return this;
      }

      /**
       * Sets {@code role}.
       */
      public Builder role(Role role) {
        Objects.requireNonNull(role, "role");
        this.role = role;
        return this;
      }

      @JsonProperty("tool_call_id")
      private Builder jsonToolCallId(String value) {
        this.toolCallId = value == null ? Nullable.ofNull() : Nullable.of(value);
        return this;
      }

      /**
       * Sets {@code tool_call_id}.
       *
       * @param toolCallId the value, or {@code null} to send an explicit null
       */
      public Builder toolCallId(String toolCallId) {
        this.toolCallId = toolCallId == null ? Nullable.ofNull() : Nullable.of(toolCallId);
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
        if (content == null) {
          throw new IllegalStateException("Message.content is required but was not set");
        }
        if (role == null) {
          throw new IllegalStateException("Message.role is required but was not set");
        }
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
                property("content", Content.class, Builder::jsonContent),
                property("name", String.class, Builder::jsonName),
                property("role", Role.class, Builder::jsonRole),
                property("tool_call_id", String.class, Builder::jsonToolCallId),
                property("tool_calls", new TypeReference<List<JsonNode>>() { }, Builder::jsonToolCalls)));
        }
      }
    }

    /**
     * One of several shapes.
     *
     * <p>Variants: {@link OfString}, {@link OfJsons}. JSON that matches none is kept as {@link Unknown}.
     */
    @JsonDeserialize(
        using = Content.Deserializer.class
    )
    @JsonSerialize(
        using = Content.Serializer.class
    )
    public sealed interface Content permits Content.OfString, Content.OfJsons, Content.Unknown {
      /**
       * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
       */
      Object value();

      /**
       * Calls the visitor method for this variant.
       */
      <R> R accept(Visitor<R> visitor);

      /**
       * The {@code String} variant.
       */
      static Content ofString(String value) {
        return new OfString(value);
      }

      /**
       * Whether this is the {@code String} variant.
       */
      default boolean isString() {
        return this instanceof OfString;
      }

      /**
       * The value of the {@code String} variant.
       *
       * @throws IllegalStateException if this is another variant
       */
      default String asString() {
        if (this instanceof OfString variant) {
          return variant.value();
        }
        throw new IllegalStateException("Content is not String: " + this);
      }

      /**
       * The {@code Jsons} variant.
       */
      static Content ofJsons(List<JsonNode> value) {
        return new OfJsons(value);
      }

      /**
       * Whether this is the {@code Jsons} variant.
       */
      default boolean isJsons() {
        return this instanceof OfJsons;
      }

      /**
       * The value of the {@code Jsons} variant.
       *
       * @throws IllegalStateException if this is another variant
       */
      default List<JsonNode> asJsons() {
        if (this instanceof OfJsons variant) {
          return variant.value();
        }
        throw new IllegalStateException("Content is not Jsons: " + this);
      }

      /**
       * A value of a shape this client does not know, sent as given.
       */
      static Content unknown(JsonNode json) {
        return new Unknown(json);
      }

      /**
       * Whether the JSON matched no known variant.
       */
      default boolean isUnknown() {
        return this instanceof Unknown;
      }

      /**
       * The {@code String} variant.
       *
       * @param value the value
       */
      record OfString(String value) implements Content {
        public OfString(String value) {
          this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
          return visitor.visitString(value);
        }

        @Override
        public String toString() {
          return String.valueOf(value);
        }
      }

      /**
       * The {@code Jsons} variant.
       *
       * @param value the value
       */
      record OfJsons(List<JsonNode> value) implements Content {
        public OfJsons(List<JsonNode> value) {
          this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
          return visitor.visitJsons(value);
        }

        @Override
        public String toString() {
          return String.valueOf(value);
        }
      }

      /**
       * JSON that matched no variant, kept as it was.
       *
       * @param value the raw JSON
       */
      record Unknown(JsonNode value) implements Content {
        public Unknown(JsonNode value) {
          this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
          return visitor.visitUnknown(value);
        }

        @Override
        public String toString() {
          return String.valueOf(value);
        }
      }

      /**
       * One method per variant of {@link Content}.
       *
       * @param <R> the result type
       */
      interface Visitor<R> {
        R visitString(String value);

        R visitJsons(List<JsonNode> value);

        /**
         * Called for JSON that matched no variant; fails unless overridden.
         */
        default R visitUnknown(JsonNode json) {
          throw new IllegalStateException("unknown Content: " + json);
        }
      }

      /**
       * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
       */
      final class Deserializer extends UnionDeserializer<Content> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(Content.class, Unknown::new, List.of(
                variant(JsonShape.string(), String.class, OfString::new),
                variant(JsonShape.arrayOf(JsonShape.any()), new TypeReference<List<JsonNode>>() { }, OfJsons::new)));
        }
      }

      /**
       * Writes the wrapped value as it is: a union has no JSON shape of its own.
       */
      final class Serializer extends StdSerializer<Content> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
          super(Content.class);
        }

        @Override
        public void serialize(Content value, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
          provider.defaultSerializeValue(value.value(), generator);
        }
      }
    }

    /**
     * Values of {@code Role}.
     *
     * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
     */
    public static final class Role {
      /**
       * {@code system}
       */
      public static final Role SYSTEM = new Role("system", Known.SYSTEM);

      /**
       * {@code user}
       */
      public static final Role USER = new Role("user", Known.USER);

      /**
       * {@code assistant}
       */
      public static final Role ASSISTANT = new Role("assistant", Known.ASSISTANT);

      /**
       * {@code tool}
       */
      public static final Role TOOL = new Role("tool", Known.TOOL);

      private static final Map<String, Role> BY_VALUE;

      static {
        Map<String, Role> map = new LinkedHashMap<>();
        map.put(SYSTEM.value, SYSTEM);
        map.put(USER.value, USER);
        map.put(ASSISTANT.value, ASSISTANT);
        map.put(TOOL.value, TOOL);
        BY_VALUE = Collections.unmodifiableMap(map);
      }

      private final String value;

      private final Known known;

      private Role(String value, Known known) {
        this.value = value;
        this.known = known;
      }

      /**
       * The constant for {@code value}, or a new instance keeping an undocumented value.
       */
      @JsonCreator
      public static Role of(String value) {
        Objects.requireNonNull(value, "value");
        Role constant = BY_VALUE.get(value);
        return constant != null ? constant : new Role(value, null);
      }

      /**
       * The documented values, in document order.
       */
      public static List<Role> values() {
        return List.copyOf(BY_VALUE.values());
      }

      /**
       * The value as sent on the wire.
       */
      @JsonValue
      public String value() {
        return value;
      }

      /**
       * The documented value this is, or empty for a value the document does not list.
       */
      public Optional<Known> known() {
        return Optional.ofNullable(known);
      }

      /**
       * Whether the document lists this value.
       */
      public boolean isKnown() {
        return known != null;
      }

      @Override
      public boolean equals(Object other) {
        if (this == other) {
          return true;
        }
        if (!(other instanceof Role that)) {
          return false;
        }
        return value.equals(that.value);
      }

      @Override
      public int hashCode() {
        return Objects.hash(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }

      /**
       * The values the document lists, for {@code switch}.
       */
      public enum Known {
        /**
         * {@code system}
         */
        SYSTEM,

        /**
         * {@code user}
         */
        USER,

        /**
         * {@code assistant}
         */
        ASSISTANT,

        /**
         * {@code tool}
         */
        TOOL
      }
    }
  }

  /**
   * One of several shapes.
   *
   * <p>Variants: {@link OfString}, {@link OfJson}. JSON that matches none is kept as {@link Unknown}.
   */
  @JsonDeserialize(
      using = ToolChoice.Deserializer.class
  )
  @JsonSerialize(
      using = ToolChoice.Serializer.class
  )
  public sealed interface ToolChoice permits ToolChoice.OfString, ToolChoice.OfJson, ToolChoice.Unknown {
    /**
     * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
     */
    Object value();

    /**
     * Calls the visitor method for this variant.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * The {@code String} variant.
     */
    static ToolChoice ofString(String value) {
      return new OfString(value);
    }

    /**
     * Whether this is the {@code String} variant.
     */
    default boolean isString() {
      return this instanceof OfString;
    }

    /**
     * The value of the {@code String} variant.
     *
     * @throws IllegalStateException if this is another variant
     */
    default String asString() {
      if (this instanceof OfString variant) {
        return variant.value();
      }
      throw new IllegalStateException("ToolChoice is not String: " + this);
    }

    /**
     * The {@code Json} variant.
     */
    static ToolChoice ofJson(JsonNode value) {
      return new OfJson(value);
    }

    /**
     * Whether this is the {@code Json} variant.
     */
    default boolean isJson() {
      return this instanceof OfJson;
    }

    /**
     * The value of the {@code Json} variant.
     *
     * @throws IllegalStateException if this is another variant
     */
    default JsonNode asJson() {
      if (this instanceof OfJson variant) {
        return variant.value();
      }
      throw new IllegalStateException("ToolChoice is not Json: " + this);
    }

    /**
     * A value of a shape this client does not know, sent as given.
     */
    static ToolChoice unknown(JsonNode json) {
      return new Unknown(json);
    }

    /**
     * Whether the JSON matched no known variant.
     */
    default boolean isUnknown() {
      return this instanceof Unknown;
    }

    /**
     * The {@code String} variant.
     *
     * @param value the value
     */
    record OfString(String value) implements ToolChoice {
      public OfString(String value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitString(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * The {@code Json} variant.
     *
     * @param value the value
     */
    record OfJson(JsonNode value) implements ToolChoice {
      public OfJson(JsonNode value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitJson(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * JSON that matched no variant, kept as it was.
     *
     * @param value the raw JSON
     */
    record Unknown(JsonNode value) implements ToolChoice {
      public Unknown(JsonNode value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnknown(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * One method per variant of {@link ToolChoice}.
     *
     * @param <R> the result type
     */
    interface Visitor<R> {
      R visitString(String value);

      R visitJson(JsonNode value);

      /**
       * Called for JSON that matched no variant; fails unless overridden.
       */
      default R visitUnknown(JsonNode json) {
        throw new IllegalStateException("unknown ToolChoice: " + json);
      }
    }

    /**
     * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
     */
    final class Deserializer extends UnionDeserializer<ToolChoice> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ToolChoice.class, Unknown::new, List.of(
              variant(JsonShape.string(), String.class, OfString::new),
              variant(JsonShape.any(), JsonNode.class, OfJson::new)));
      }
    }

    /**
     * Writes the wrapped value as it is: a union has no JSON shape of its own.
     */
    final class Serializer extends StdSerializer<ToolChoice> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(ToolChoice.class);
      }

      @Override
      public void serialize(ToolChoice value, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        provider.defaultSerializeValue(value.value(), generator);
      }
    }
  }
}
