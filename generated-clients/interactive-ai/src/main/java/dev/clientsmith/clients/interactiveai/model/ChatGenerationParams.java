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
 * The {@code ChatGenerationParams} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationParams.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationParams {
  @JsonProperty("provider")
  private final Nullable<ChatGenerationParamsProvider> provider;

  @JsonProperty("plugins")
  private final List<Plugin> plugins;

  @JsonProperty("route")
  private final Nullable<ChatGenerationParamsRoute> route;

  @JsonProperty("user")
  private final String user;

  @JsonProperty("session_id")
  private final String sessionId;

  @JsonProperty("messages")
  private final List<Message> messages;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("models")
  private final List<String> models;

  @JsonProperty("frequency_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> frequencyPenalty;

  @JsonProperty("logit_bias")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Map<String, Double>> logitBias;

  @JsonProperty("logprobs")
  private final Nullable<Boolean> logprobs;

  @JsonProperty("top_logprobs")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> topLogprobs;

  @JsonProperty("max_completion_tokens")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> maxCompletionTokens;

  @JsonProperty("max_tokens")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> maxTokens;

  @JsonProperty("metadata")
  private final Map<String, String> metadata;

  @JsonProperty("presence_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> presencePenalty;

  @JsonProperty("reasoning")
  private final ChatGenerationParamsReasoning reasoning;

  @JsonProperty("response_format")
  private final ChatGenerationParamsResponseFormat responseFormat;

  @JsonProperty("seed")
  private final Nullable<Long> seed;

  @JsonProperty("stop")
  private final Nullable<Stop> stop;

  @JsonProperty("stream_options")
  private final Nullable<ChatStreamOptions> streamOptions;

  @JsonProperty("temperature")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> temperature;

  @JsonProperty("tool_choice")
  private final ToolChoiceOption toolChoice;

  @JsonProperty("tools")
  private final List<ToolDefinitionJson> tools;

  @JsonProperty("top_p")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> topP;

  @JsonProperty("debug")
  private final ChatGenerationParamsDebug debug;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationParams(Builder b) {
    this.provider = b.provider;
    this.plugins = b.plugins == null ? null : Collections.unmodifiableList(new ArrayList<>(b.plugins));
    this.route = b.route;
    this.user = b.user;
    this.sessionId = b.sessionId;
    this.messages = b.messages == null ? null : Collections.unmodifiableList(new ArrayList<>(b.messages));
    this.model = b.model;
    this.models = b.models == null ? null : Collections.unmodifiableList(new ArrayList<>(b.models));
    this.frequencyPenalty = b.frequencyPenalty;
    this.logitBias = b.logitBias.isPresent() ? Nullable.of(Collections.unmodifiableMap(new LinkedHashMap<>(b.logitBias.get()))) : b.logitBias;
    this.logprobs = b.logprobs;
    this.topLogprobs = b.topLogprobs;
    this.maxCompletionTokens = b.maxCompletionTokens;
    this.maxTokens = b.maxTokens;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.presencePenalty = b.presencePenalty;
    this.reasoning = b.reasoning;
    this.responseFormat = b.responseFormat;
    this.seed = b.seed;
    this.stop = b.stop;
    this.streamOptions = b.streamOptions;
    this.temperature = b.temperature;
    this.toolChoice = b.toolChoice;
    this.tools = b.tools == null ? null : Collections.unmodifiableList(new ArrayList<>(b.tools));
    this.topP = b.topP;
    this.debug = b.debug;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * When multiple model providers are available, optionally indicate your routing preference.
   *
   * <p>Empty when absent or null; {@link #providerField()} tells which.
   */
  public Optional<ChatGenerationParamsProvider> provider() {
    return provider.toOptional();
  }

  /**
   * The {@code provider} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatGenerationParamsProvider> providerField() {
    return provider;
  }

  /**
   * Plugins you want to enable for this request, including their settings.
   *
   * <p>Empty when absent; {@link #pluginsField()} tells which.
   */
  public List<Plugin> plugins() {
    return plugins != null ? plugins : List.of();
  }

  /**
   * The {@code plugins} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<Plugin>> pluginsField() {
    return Optional.ofNullable(plugins);
  }

  /**
   * The {@code route} property.
   *
   * <p>Empty when absent or null; {@link #routeField()} tells which.
   */
  public Optional<ChatGenerationParamsRoute> route() {
    return route.toOptional();
  }

  /**
   * The {@code route} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatGenerationParamsRoute> routeField() {
    return route;
  }

  /**
   * The {@code user} property.
   */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /**
   * A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 128 characters.
   */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  /**
   * The {@code messages} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<Message> messages() {
    if (messages == null) {
      throw new IllegalStateException("ChatGenerationParams.messages is required, but the response did not contain 'messages'");
    }
    return messages;
  }

  /**
   * The {@code model} property.
   */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /**
   * The {@code models} property.
   *
   * <p>Empty when absent; {@link #modelsField()} tells which.
   */
  public List<String> models() {
    return models != null ? models : List.of();
  }

  /**
   * The {@code models} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<String>> modelsField() {
    return Optional.ofNullable(models);
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
   * The {@code logit_bias} property.
   *
   * <p>Empty when absent or null; {@link #logitBiasField()} tells which.
   */
  public Map<String, Double> logitBias() {
    return logitBias.isPresent() ? logitBias.get() : Map.of();
  }

  /**
   * The {@code logit_bias} property with its three states: absent, null, or a value.
   */
  public Nullable<Map<String, Double>> logitBiasField() {
    return logitBias;
  }

  /**
   * The {@code logprobs} property.
   *
   * <p>Empty when absent or null; {@link #logprobsField()} tells which.
   */
  public Optional<Boolean> logprobs() {
    return logprobs.toOptional();
  }

  /**
   * The {@code logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> logprobsField() {
    return logprobs;
  }

  /**
   * The {@code top_logprobs} property.
   *
   * <p>Empty when absent or null; {@link #topLogprobsField()} tells which.
   */
  public Optional<Double> topLogprobs() {
    return topLogprobs.toOptional();
  }

  /**
   * The {@code top_logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> topLogprobsField() {
    return topLogprobs;
  }

  /**
   * The {@code max_completion_tokens} property.
   *
   * <p>Empty when absent or null; {@link #maxCompletionTokensField()} tells which.
   */
  public Optional<Double> maxCompletionTokens() {
    return maxCompletionTokens.toOptional();
  }

  /**
   * The {@code max_completion_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> maxCompletionTokensField() {
    return maxCompletionTokens;
  }

  /**
   * The {@code max_tokens} property.
   *
   * <p>Empty when absent or null; {@link #maxTokensField()} tells which.
   */
  public Optional<Double> maxTokens() {
    return maxTokens.toOptional();
  }

  /**
   * The {@code max_tokens} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> maxTokensField() {
    return maxTokens;
  }

  /**
   * The {@code metadata} property.
   *
   * <p>Empty when absent; {@link #metadataField()} tells which.
   */
  public Map<String, String> metadata() {
    return metadata != null ? metadata : Map.of();
  }

  /**
   * The {@code metadata} property, empty when absent (as opposed to present and empty).
   */
  public Optional<Map<String, String>> metadataField() {
    return Optional.ofNullable(metadata);
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
   * The {@code reasoning} property.
   */
  public Optional<ChatGenerationParamsReasoning> reasoning() {
    return Optional.ofNullable(reasoning);
  }

  /**
   * The {@code response_format} property.
   */
  public Optional<ChatGenerationParamsResponseFormat> responseFormat() {
    return Optional.ofNullable(responseFormat);
  }

  /**
   * The {@code seed} property.
   *
   * <p>Empty when absent or null; {@link #seedField()} tells which.
   */
  public Optional<Long> seed() {
    return seed.toOptional();
  }

  /**
   * The {@code seed} property with its three states: absent, null, or a value.
   */
  public Nullable<Long> seedField() {
    return seed;
  }

  /**
   * The {@code stop} property.
   *
   * <p>Empty when absent or null; {@link #stopField()} tells which.
   */
  public Optional<Stop> stop() {
    return stop.toOptional();
  }

  /**
   * The {@code stop} property with its three states: absent, null, or a value.
   */
  public Nullable<Stop> stopField() {
    return stop;
  }

  /**
   * The {@code stream_options} property.
   *
   * <p>Empty when absent or null; {@link #streamOptionsField()} tells which.
   */
  public Optional<ChatStreamOptions> streamOptions() {
    return streamOptions.toOptional();
  }

  /**
   * The {@code stream_options} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatStreamOptions> streamOptionsField() {
    return streamOptions;
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
   */
  public Optional<ToolChoiceOption> toolChoice() {
    return Optional.ofNullable(toolChoice);
  }

  /**
   * The {@code tools} property.
   *
   * <p>Empty when absent; {@link #toolsField()} tells which.
   */
  public List<ToolDefinitionJson> tools() {
    return tools != null ? tools : List.of();
  }

  /**
   * The {@code tools} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<ToolDefinitionJson>> toolsField() {
    return Optional.ofNullable(tools);
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
   * The {@code debug} property.
   */
  public Optional<ChatGenerationParamsDebug> debug() {
    return Optional.ofNullable(debug);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationParams}.
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
    b.provider = this.provider;
    b.plugins = this.plugins == null ? null : new ArrayList<>(this.plugins);
    b.route = this.route;
    b.user = this.user;
    b.sessionId = this.sessionId;
    b.messages = this.messages == null ? null : new ArrayList<>(this.messages);
    b.model = this.model;
    b.models = this.models == null ? null : new ArrayList<>(this.models);
    b.frequencyPenalty = this.frequencyPenalty;
    b.logitBias = this.logitBias.isPresent() ? Nullable.of(new LinkedHashMap<>(this.logitBias.get())) : this.logitBias;
    b.logprobs = this.logprobs;
    b.topLogprobs = this.topLogprobs;
    b.maxCompletionTokens = this.maxCompletionTokens;
    b.maxTokens = this.maxTokens;
    b.metadata = this.metadata == null ? null : new LinkedHashMap<>(this.metadata);
    b.presencePenalty = this.presencePenalty;
    b.reasoning = this.reasoning;
    b.responseFormat = this.responseFormat;
    b.seed = this.seed;
    b.stop = this.stop;
    b.streamOptions = this.streamOptions;
    b.temperature = this.temperature;
    b.toolChoice = this.toolChoice;
    b.tools = this.tools == null ? null : new ArrayList<>(this.tools);
    b.topP = this.topP;
    b.debug = this.debug;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationParams that)) {
      return false;
    }
    return Objects.equals(provider, that.provider)
            && Objects.equals(plugins, that.plugins)
            && Objects.equals(route, that.route)
            && Objects.equals(user, that.user)
            && Objects.equals(sessionId, that.sessionId)
            && Objects.equals(messages, that.messages)
            && Objects.equals(model, that.model)
            && Objects.equals(models, that.models)
            && Objects.equals(frequencyPenalty, that.frequencyPenalty)
            && Objects.equals(logitBias, that.logitBias)
            && Objects.equals(logprobs, that.logprobs)
            && Objects.equals(topLogprobs, that.topLogprobs)
            && Objects.equals(maxCompletionTokens, that.maxCompletionTokens)
            && Objects.equals(maxTokens, that.maxTokens)
            && Objects.equals(metadata, that.metadata)
            && Objects.equals(presencePenalty, that.presencePenalty)
            && Objects.equals(reasoning, that.reasoning)
            && Objects.equals(responseFormat, that.responseFormat)
            && Objects.equals(seed, that.seed)
            && Objects.equals(stop, that.stop)
            && Objects.equals(streamOptions, that.streamOptions)
            && Objects.equals(temperature, that.temperature)
            && Objects.equals(toolChoice, that.toolChoice)
            && Objects.equals(tools, that.tools)
            && Objects.equals(topP, that.topP)
            && Objects.equals(debug, that.debug)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, plugins, route, user, sessionId, messages, model, models, frequencyPenalty, logitBias, logprobs, topLogprobs, maxCompletionTokens, maxTokens, metadata, presencePenalty, reasoning, responseFormat, seed, stop, streamOptions, temperature, toolChoice, tools, topP, debug, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationParams", additionalProperties, "provider", provider,
        "plugins", plugins, "route", route, "user", user, "sessionId", sessionId,
        "messages", messages, "model", model, "models", models,
        "frequencyPenalty", frequencyPenalty, "logitBias", logitBias, "logprobs", logprobs,
        "topLogprobs", topLogprobs, "maxCompletionTokens", maxCompletionTokens,
        "maxTokens", maxTokens, "metadata", metadata, "presencePenalty", presencePenalty,
        "reasoning", reasoning, "responseFormat", responseFormat, "seed", seed, "stop", stop,
        "streamOptions", streamOptions, "temperature", temperature, "toolChoice", toolChoice,
        "tools", tools, "topP", topP, "debug", debug);
  }

  /**
   * Builds {@link ChatGenerationParams}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<ChatGenerationParamsProvider> provider = Nullable.absent();

    private List<Plugin> plugins;

    private Nullable<ChatGenerationParamsRoute> route = Nullable.absent();

    private String user;

    private String sessionId;

    private List<Message> messages;

    private String model;

    private List<String> models;

    private Nullable<Double> frequencyPenalty = Nullable.absent();

    private Nullable<Map<String, Double>> logitBias = Nullable.absent();

    private Nullable<Boolean> logprobs = Nullable.absent();

    private Nullable<Double> topLogprobs = Nullable.absent();

    private Nullable<Double> maxCompletionTokens = Nullable.absent();

    private Nullable<Double> maxTokens = Nullable.absent();

    private Map<String, String> metadata;

    private Nullable<Double> presencePenalty = Nullable.absent();

    private ChatGenerationParamsReasoning reasoning;

    private ChatGenerationParamsResponseFormat responseFormat;

    private Nullable<Long> seed = Nullable.absent();

    private Nullable<Stop> stop = Nullable.absent();

    private Nullable<ChatStreamOptions> streamOptions = Nullable.absent();

    private Nullable<Double> temperature = Nullable.absent();

    private ToolChoiceOption toolChoice;

    private List<ToolDefinitionJson> tools;

    private Nullable<Double> topP = Nullable.absent();

    private ChatGenerationParamsDebug debug;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("provider")
    private Builder jsonProvider(ChatGenerationParamsProvider value) {
      this.provider = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * When multiple model providers are available, optionally indicate your routing preference.
     *
     * @param provider the value, or {@code null} to send an explicit null
     */
    public Builder provider(ChatGenerationParamsProvider provider) {
      this.provider = provider == null ? Nullable.ofNull() : Nullable.of(provider);
      return this;
    }

    @JsonProperty("plugins")
    private Builder jsonPlugins(List<Plugin> value) {
      this.plugins = value;
      return this;
    }

    /**
     * Plugins you want to enable for this request, including their settings.
     */
    public Builder plugins(List<Plugin> plugins) {
      Objects.requireNonNull(plugins, "plugins");
      this.plugins = new ArrayList<>(plugins);
      return this;
    }

    /**
     * Adds one element to {@code plugins}.
     */
    public Builder addPlugin(Plugin element) {
      if (plugins == null) {
        plugins = new ArrayList<>();
      }
      plugins.add(element);
      return this;
    }

    /**
     * Adds one {@code moderation} element to {@code plugins}.
     */
    public Builder addPlugin(ModerationPlugin value) {
      return addPlugin(Plugin.ofModeration(value));
    }

    /**
     * Adds one {@code web} element to {@code plugins}.
     */
    public Builder addPlugin(WebPlugin value) {
      return addPlugin(Plugin.ofWeb(value));
    }

    /**
     * Adds one {@code file-parser} element to {@code plugins}.
     */
    public Builder addPlugin(FileParserPlugin value) {
      return addPlugin(Plugin.ofFileParser(value));
    }

    /**
     * Adds one {@code response-healing} element to {@code plugins}.
     */
    public Builder addPlugin(ResponseHealingPlugin value) {
      return addPlugin(Plugin.ofResponseHealing(value));
    }

    @JsonProperty("route")
    private Builder jsonRoute(ChatGenerationParamsRoute value) {
      this.route = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code route}.
     *
     * @param route the value, or {@code null} to send an explicit null
     */
    public Builder route(ChatGenerationParamsRoute route) {
      this.route = route == null ? Nullable.ofNull() : Nullable.of(route);
      return this;
    }

    @JsonProperty("user")
    private Builder jsonUser(String value) {
      this.user = value;
      return this;
    }

    /**
     * Sets {@code user}.
     */
    public Builder user(String user) {
      Objects.requireNonNull(user, "user");
      this.user = user;
      return this;
    }

    @JsonProperty("session_id")
    private Builder jsonSessionId(String value) {
      this.sessionId = value;
      return this;
    }

    /**
     * A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 128 characters.
     */
    public Builder sessionId(String sessionId) {
      Objects.requireNonNull(sessionId, "sessionId");
      this.sessionId = sessionId;
      return this;
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

    /**
     * Adds one {@code system} element to {@code messages}.
     */
    public Builder addMessage(SystemMessage value) {
      return addMessage(Message.ofSystem(value));
    }

    /**
     * Adds one {@code user} element to {@code messages}.
     */
    public Builder addMessage(UserMessage value) {
      return addMessage(Message.ofUser(value));
    }

    /**
     * Adds one {@code developer} element to {@code messages}.
     */
    public Builder addMessage(DeveloperMessage value) {
      return addMessage(Message.ofDeveloper(value));
    }

    /**
     * Adds one {@code assistant} element to {@code messages}.
     */
    public Builder addMessage(AssistantMessage value) {
      return addMessage(Message.ofAssistant(value));
    }

    /**
     * Adds one {@code tool} element to {@code messages}.
     */
    public Builder addMessage(ToolResponseMessage value) {
      return addMessage(Message.ofTool(value));
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

    @JsonProperty("models")
    private Builder jsonModels(List<String> value) {
      this.models = value;
      return this;
    }

    /**
     * Sets {@code models}.
     */
    public Builder models(List<String> models) {
      Objects.requireNonNull(models, "models");
      this.models = new ArrayList<>(models);
      return this;
    }

    /**
     * Adds one element to {@code models}.
     */
    public Builder addModel(String element) {
      if (models == null) {
        models = new ArrayList<>();
      }
      models.add(element);
      return this;
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

    @JsonProperty("logit_bias")
    private Builder jsonLogitBias(Map<String, Double> value) {
      this.logitBias = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code logit_bias}.
     *
     * @param logitBias the value, or {@code null} to send an explicit null
     */
    public Builder logitBias(Map<String, Double> logitBias) {
      this.logitBias = logitBias == null ? Nullable.ofNull() : Nullable.of(new LinkedHashMap<>(logitBias));
      return this;
    }

    /**
     * Puts one entry into {@code logit_bias}.
     */
    public Builder putLogitBias(String key, Double value) {
      Map<String, Double> map = logitBias.isPresent() ? logitBias.get() : new LinkedHashMap<>();
      map.put(key, value);
      this.logitBias = Nullable.of(map);
      return this;
    }

    @JsonProperty("logprobs")
    private Builder jsonLogprobs(Boolean value) {
      this.logprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code logprobs}.
     *
     * @param logprobs the value, or {@code null} to send an explicit null
     */
    public Builder logprobs(Boolean logprobs) {
      this.logprobs = logprobs == null ? Nullable.ofNull() : Nullable.of(logprobs);
      return this;
    }

    /**
     * Sets {@code logprobs}, from a primitive {@code boolean}.
     */
    public Builder logprobs(boolean value) {
      return logprobs(Boolean.valueOf(value));
    }

    @JsonProperty("top_logprobs")
    private Builder jsonTopLogprobs(Double value) {
      this.topLogprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code top_logprobs}.
     *
     * @param topLogprobs the value, or {@code null} to send an explicit null
     */
    public Builder topLogprobs(Double topLogprobs) {
      this.topLogprobs = topLogprobs == null ? Nullable.ofNull() : Nullable.of(topLogprobs);
      return this;
    }

    /**
     * Sets {@code top_logprobs}, from a primitive {@code double}.
     */
    public Builder topLogprobs(double value) {
      return topLogprobs(Double.valueOf(value));
    }

    @JsonProperty("max_completion_tokens")
    private Builder jsonMaxCompletionTokens(Double value) {
      this.maxCompletionTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code max_completion_tokens}.
     *
     * @param maxCompletionTokens the value, or {@code null} to send an explicit null
     */
    public Builder maxCompletionTokens(Double maxCompletionTokens) {
      this.maxCompletionTokens = maxCompletionTokens == null ? Nullable.ofNull() : Nullable.of(maxCompletionTokens);
      return this;
    }

    /**
     * Sets {@code max_completion_tokens}, from a primitive {@code double}.
     */
    public Builder maxCompletionTokens(double value) {
      return maxCompletionTokens(Double.valueOf(value));
    }

    @JsonProperty("max_tokens")
    private Builder jsonMaxTokens(Double value) {
      this.maxTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code max_tokens}.
     *
     * @param maxTokens the value, or {@code null} to send an explicit null
     */
    public Builder maxTokens(Double maxTokens) {
      this.maxTokens = maxTokens == null ? Nullable.ofNull() : Nullable.of(maxTokens);
      return this;
    }

    /**
     * Sets {@code max_tokens}, from a primitive {@code double}.
     */
    public Builder maxTokens(double value) {
      return maxTokens(Double.valueOf(value));
    }

    @JsonProperty("metadata")
    private Builder jsonMetadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> metadata) {
      Objects.requireNonNull(metadata, "metadata");
      this.metadata = new LinkedHashMap<>(metadata);
      return this;
    }

    /**
     * Puts one entry into {@code metadata}.
     */
    public Builder putMetadata(String key, String value) {
      if (metadata == null) {
        metadata = new LinkedHashMap<>();
      }
      metadata.put(key, value);
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

    @JsonProperty("reasoning")
    private Builder jsonReasoning(ChatGenerationParamsReasoning value) {
      this.reasoning = value;
      return this;
    }

    /**
     * Sets {@code reasoning}.
     */
    public Builder reasoning(ChatGenerationParamsReasoning reasoning) {
      Objects.requireNonNull(reasoning, "reasoning");
      this.reasoning = reasoning;
      return this;
    }

    @JsonProperty("response_format")
    private Builder jsonResponseFormat(ChatGenerationParamsResponseFormat value) {
      this.responseFormat = value;
      return this;
    }

    /**
     * Sets {@code response_format}.
     */
    public Builder responseFormat(ChatGenerationParamsResponseFormat responseFormat) {
      Objects.requireNonNull(responseFormat, "responseFormat");
      this.responseFormat = responseFormat;
      return this;
    }

    /**
     * Sets {@code response_format} to the {@code text} variant.
     */
    public Builder responseFormat(ResponseFormatText value) {
      return responseFormat(ChatGenerationParamsResponseFormat.ofText(value));
    }

    /**
     * Sets {@code response_format} to the {@code json_object} variant.
     */
    public Builder responseFormat(ResponseFormatJsonObject value) {
      return responseFormat(ChatGenerationParamsResponseFormat.ofJsonObject(value));
    }

    /**
     * Sets {@code response_format} to the {@code json_schema} variant.
     */
    public Builder responseFormat(ResponseFormatJSONSchema value) {
      return responseFormat(ChatGenerationParamsResponseFormat.ofJsonSchema(value));
    }

    /**
     * Sets {@code response_format} to the {@code grammar} variant.
     */
    public Builder responseFormat(ResponseFormatTextGrammar value) {
      return responseFormat(ChatGenerationParamsResponseFormat.ofGrammar(value));
    }

    /**
     * Sets {@code response_format} to the {@code python} variant.
     */
    public Builder responseFormat(ResponseFormatPython value) {
      return responseFormat(ChatGenerationParamsResponseFormat.ofPython(value));
    }

    @JsonProperty("seed")
    private Builder jsonSeed(Long value) {
      this.seed = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code seed}.
     *
     * @param seed the value, or {@code null} to send an explicit null
     */
    public Builder seed(Long seed) {
      this.seed = seed == null ? Nullable.ofNull() : Nullable.of(seed);
      return this;
    }

    /**
     * Sets {@code seed}, from a primitive {@code long}.
     */
    public Builder seed(long value) {
      return seed(Long.valueOf(value));
    }

    @JsonProperty("stop")
    private Builder jsonStop(Stop value) {
      this.stop = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code stop}.
     *
     * @param stop the value, or {@code null} to send an explicit null
     */
    public Builder stop(Stop stop) {
      this.stop = stop == null ? Nullable.ofNull() : Nullable.of(stop);
      return this;
    }

    @JsonProperty("stream_options")
    private Builder jsonStreamOptions(ChatStreamOptions value) {
      this.streamOptions = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code stream_options}.
     *
     * @param streamOptions the value, or {@code null} to send an explicit null
     */
    public Builder streamOptions(ChatStreamOptions streamOptions) {
      this.streamOptions = streamOptions == null ? Nullable.ofNull() : Nullable.of(streamOptions);
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
    private Builder jsonToolChoice(ToolChoiceOption value) {
      this.toolChoice = value;
      return this;
    }

    /**
     * Sets {@code tool_choice}.
     */
    public Builder toolChoice(ToolChoiceOption toolChoice) {
      Objects.requireNonNull(toolChoice, "toolChoice");
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets {@code tool_choice} to the {@code Literal} variant.
     */
    public Builder toolChoice(ToolChoiceOption.Literal value) {
      return toolChoice(ToolChoiceOption.ofLiteral(value));
    }

    /**
     * Sets {@code tool_choice} to the {@code NamedToolChoice} variant.
     */
    public Builder toolChoice(NamedToolChoice value) {
      return toolChoice(ToolChoiceOption.ofNamedToolChoice(value));
    }

    @JsonProperty("tools")
    private Builder jsonTools(List<ToolDefinitionJson> value) {
      this.tools = value;
      return this;
    }

    /**
     * Sets {@code tools}.
     */
    public Builder tools(List<ToolDefinitionJson> tools) {
      Objects.requireNonNull(tools, "tools");
      this.tools = new ArrayList<>(tools);
      return this;
    }

    /**
     * Adds one element to {@code tools}.
     */
    public Builder addTool(ToolDefinitionJson element) {
      if (tools == null) {
        tools = new ArrayList<>();
      }
      tools.add(element);
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

    @JsonProperty("debug")
    private Builder jsonDebug(ChatGenerationParamsDebug value) {
      this.debug = value;
      return this;
    }

    /**
     * Sets {@code debug}.
     */
    public Builder debug(ChatGenerationParamsDebug debug) {
      Objects.requireNonNull(debug, "debug");
      this.debug = debug;
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
    public ChatGenerationParams build() {
      if (messages == null) {
        throw new IllegalStateException("ChatGenerationParams.messages is required but was not set");
      }
      return new ChatGenerationParams(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationParams buildFromJson() {
      return new ChatGenerationParams(this);
    }

    /**
     * Reads {@link ChatGenerationParams} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationParams> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationParams.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("provider", ChatGenerationParamsProvider.class, Builder::jsonProvider),
              property("plugins", new TypeReference<List<Plugin>>() { }, Builder::jsonPlugins),
              property("route", ChatGenerationParamsRoute.class, Builder::jsonRoute),
              property("user", String.class, Builder::jsonUser),
              property("session_id", String.class, Builder::jsonSessionId),
              property("messages", new TypeReference<List<Message>>() { }, Builder::jsonMessages),
              property("model", String.class, Builder::jsonModel),
              property("models", new TypeReference<List<String>>() { }, Builder::jsonModels),
              property("frequency_penalty", Double.class, Builder::jsonFrequencyPenalty),
              property("logit_bias", new TypeReference<Map<String, Double>>() { }, Builder::jsonLogitBias),
              property("logprobs", Boolean.class, Builder::jsonLogprobs),
              property("top_logprobs", Double.class, Builder::jsonTopLogprobs),
              property("max_completion_tokens", Double.class, Builder::jsonMaxCompletionTokens),
              property("max_tokens", Double.class, Builder::jsonMaxTokens),
              property("metadata", new TypeReference<Map<String, String>>() { }, Builder::jsonMetadata),
              property("presence_penalty", Double.class, Builder::jsonPresencePenalty),
              property("reasoning", ChatGenerationParamsReasoning.class, Builder::jsonReasoning),
              property("response_format", ChatGenerationParamsResponseFormat.class, Builder::jsonResponseFormat),
              property("seed", Long.class, Builder::jsonSeed),
              property("stop", Stop.class, Builder::jsonStop),
              property("stream_options", ChatStreamOptions.class, Builder::jsonStreamOptions),
              property("temperature", Double.class, Builder::jsonTemperature),
              property("tool_choice", ToolChoiceOption.class, Builder::jsonToolChoice),
              property("tools", new TypeReference<List<ToolDefinitionJson>>() { }, Builder::jsonTools),
              property("top_p", Double.class, Builder::jsonTopP),
              property("debug", ChatGenerationParamsDebug.class, Builder::jsonDebug)));
      }
    }
  }
}
