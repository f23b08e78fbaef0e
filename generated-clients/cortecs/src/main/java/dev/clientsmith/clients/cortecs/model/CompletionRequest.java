package dev.clientsmith.clients.cortecs.model;

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
 * A request object for generating chat completions and controlling router behavior. This object contains suggested parameters to generate a response from the specified model. Many of the parameters are optional, and it is recommended to set them only if needed; however, you may include other parameters as required. Note that not all providers support the same set of parameters. Adding unsupported or unnecessary parameters can cause requests to fail or limit the providers able to process them.
 */
@JsonDeserialize(
    using = CompletionRequest.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionRequest {
  @JsonProperty("preference")
  private final Preference preference;

  @JsonProperty("allowed_providers")
  private final Nullable<List<String>> allowedProviders;

  @JsonProperty("eu_native")
  private final Nullable<Boolean> euNative;

  @JsonProperty("allow_quantization")
  private final Nullable<Boolean> allowQuantization;

  @JsonProperty("allow_zero_data_retention")
  private final Nullable<Boolean> allowZeroDataRetention;

  @JsonProperty("enable_model_fallback")
  private final Nullable<Boolean> enableModelFallback;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("messages")
  private final List<Message> messages;

  @JsonProperty("temperature")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> temperature;

  @JsonProperty("max_tokens")
  private final Nullable<Long> maxTokens;

  @JsonProperty("top_p")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> topP;

  @JsonProperty("frequency_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> frequencyPenalty;

  @JsonProperty("presence_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> presencePenalty;

  @JsonProperty("response_format")
  private final Nullable<JsonNode> responseFormat;

  @JsonProperty("stop")
  private final Nullable<List<String>> stop;

  @JsonProperty("logprobs")
  private final Nullable<Logprobs> logprobs;

  @JsonProperty("seed")
  private final Nullable<Long> seed;

  @JsonProperty("tools")
  private final Nullable<List<JsonNode>> tools;

  @JsonProperty("tool_choice")
  private final Nullable<String> toolChoice;

  @JsonProperty("n")
  private final Nullable<Long> n;

  @JsonProperty("prediction")
  private final Nullable<JsonNode> prediction;

  @JsonProperty("parallel_tool_calls")
  private final Boolean parallelToolCalls;

  @JsonProperty("safe_prompt")
  private final Boolean safePrompt;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionRequest(Builder b) {
    this.preference = b.preference;
    this.allowedProviders = b.allowedProviders.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.allowedProviders.get()))) : b.allowedProviders;
    this.euNative = b.euNative;
    this.allowQuantization = b.allowQuantization;
    this.allowZeroDataRetention = b.allowZeroDataRetention;
    this.enableModelFallback = b.enableModelFallback;
    this.model = b.model;
    this.messages = b.messages == null ? null : Collections.unmodifiableList(new ArrayList<>(b.messages));
    this.temperature = b.temperature;
    this.maxTokens = b.maxTokens;
    this.topP = b.topP;
    this.frequencyPenalty = b.frequencyPenalty;
    this.presencePenalty = b.presencePenalty;
    this.responseFormat = b.responseFormat;
    this.stop = b.stop.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.stop.get()))) : b.stop;
    this.logprobs = b.logprobs;
    this.seed = b.seed;
    this.tools = b.tools.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.tools.get()))) : b.tools;
    this.toolChoice = b.toolChoice;
    this.n = b.n;
    this.prediction = b.prediction;
    this.parallelToolCalls = b.parallelToolCalls;
    this.safePrompt = b.safePrompt;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The provider preference for handling the request.
   */
  public Optional<Preference> preference() {
    return Optional.ofNullable(preference);
  }

  /**
   * The providers that are allowed to be used for the completion.
   *
   * <p>Empty when absent or null; {@link #allowedProvidersField()} tells which.
   */
  public List<String> allowedProviders() {
    return allowedProviders.isPresent() ? allowedProviders.get() : List.of();
  }

  /**
   * The {@code allowed_providers} property with its three states: absent, null, or a value.
   */
  public Nullable<List<String>> allowedProvidersField() {
    return allowedProviders;
  }

  /**
   * Whether to consider only providers based and regulated withing the EU. Even when false, all our endpoints are GDPR compliant.
   *
   * <p>Empty when absent or null; {@link #euNativeField()} tells which.
   */
  public Optional<Boolean> euNative() {
    return euNative.toOptional();
  }

  /**
   * The {@code eu_native} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> euNativeField() {
    return euNative;
  }

  /**
   * Whether to allow quantized endpoints.
   *
   * <p>Empty when absent or null; {@link #allowQuantizationField()} tells which.
   */
  public Optional<Boolean> allowQuantization() {
    return allowQuantization.toOptional();
  }

  /**
   * The {@code allow_quantization} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> allowQuantizationField() {
    return allowQuantization;
  }

  /**
   * Whether to use only ZDR providers.
   *
   * <p>Empty when absent or null; {@link #allowZeroDataRetentionField()} tells which.
   */
  public Optional<Boolean> allowZeroDataRetention() {
    return allowZeroDataRetention.toOptional();
  }

  /**
   * The {@code allow_zero_data_retention} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> allowZeroDataRetentionField() {
    return allowZeroDataRetention;
  }

  /**
   * Whether to allow model fallback when a model is currently unavailable.
   *
   * <p>Empty when absent or null; {@link #enableModelFallbackField()} tells which.
   */
  public Optional<Boolean> enableModelFallback() {
    return enableModelFallback.toOptional();
  }

  /**
   * The {@code enable_model_fallback} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> enableModelFallbackField() {
    return enableModelFallback;
  }

  /**
   * The model to use for the completion.
   */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /**
   * The {@code messages} property.
   *
   * <p>Empty when absent; {@link #messagesField()} tells which.
   */
  public List<Message> messages() {
    return messages != null ? messages : List.of();
  }

  /**
   * The {@code messages} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<Message>> messagesField() {
    return Optional.ofNullable(messages);
  }

  /**
   * Controls randomness in the output. Higher values make the output more random.
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
   * The maximum number of tokens to generate in the completion. It can also be referred to as `max_completion_tokens`. The limit depends on the model’s context size — it can’t exceed the context size minus your prompt length.
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
   * Controls diversity via nucleus sampling - only tokens whose cumulative probability mass exceeds top_p are considered for sampling. For example, 0.1 means only tokens comprising the top 10% probability mass are considered. An alternative to temperature sampling - we recommend altering either top_p or temperature, but not both.
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
   * Reduces the probability of generating a token based on its frequency in the text so far. The more times a token has appeared in the text so far, the lower the probability of it appearing in the completion.
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
   * Reduces the probability of generating a token based on whether it has already appeared in the text so far. If a token has already appeared in the text so far, the probability of it appearing in the completion is reduced.
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
   * Specifies the format of the response.
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
   * Sequences where the API will stop generating further tokens.
   *
   * <p>Empty when absent or null; {@link #stopField()} tells which.
   */
  public List<String> stop() {
    return stop.isPresent() ? stop.get() : List.of();
  }

  /**
   * The {@code stop} property with its three states: absent, null, or a value.
   */
  public Nullable<List<String>> stopField() {
    return stop;
  }

  /**
   * Whether to return log probabilities of the output tokens.
   *
   * <p>Empty when absent or null; {@link #logprobsField()} tells which.
   */
  public Optional<Logprobs> logprobs() {
    return logprobs.toOptional();
  }

  /**
   * The {@code logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<Logprobs> logprobsField() {
    return logprobs;
  }

  /**
   * Random seed for reproducible results.
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
   * List of tools available to the model.
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
   * Controls which tool the model should use. Only set if tools is not empty.
   *
   * <p>Empty when absent or null; {@link #toolChoiceField()} tells which.
   */
  public Optional<String> toolChoice() {
    return toolChoice.toOptional();
  }

  /**
   * The {@code tool_choice} property with its three states: absent, null, or a value.
   */
  public Nullable<String> toolChoiceField() {
    return toolChoice;
  }

  /**
   * Number of completions to generate.
   *
   * <p>Empty when absent or null; {@link #nField()} tells which.
   */
  public Optional<Long> n() {
    return n.toOptional();
  }

  /**
   * The {@code n} property with its three states: absent, null, or a value.
   */
  public Nullable<Long> nField() {
    return n;
  }

  /**
   * Specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results.
   *
   * <p>Empty when absent or null; {@link #predictionField()} tells which.
   */
  public Optional<JsonNode> prediction() {
    return prediction.toOptional();
  }

  /**
   * The {@code prediction} property with its three states: absent, null, or a value.
   */
  public Nullable<JsonNode> predictionField() {
    return prediction;
  }

  /**
   * Whether to allow parallel tool calls.
   */
  public Optional<Boolean> parallelToolCalls() {
    return Optional.ofNullable(parallelToolCalls);
  }

  /**
   * Whether to inject a safety prompt before all conversations.
   */
  public Optional<Boolean> safePrompt() {
    return Optional.ofNullable(safePrompt);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link CompletionRequest}.
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
    b.preference = this.preference;
    b.allowedProviders = this.allowedProviders.isPresent() ? Nullable.of(new ArrayList<>(this.allowedProviders.get())) : this.allowedProviders;
    b.euNative = this.euNative;
    b.allowQuantization = this.allowQuantization;
    b.allowZeroDataRetention = this.allowZeroDataRetention;
    b.enableModelFallback = this.enableModelFallback;
    b.model = this.model;
    b.messages = this.messages == null ? null : new ArrayList<>(this.messages);
    b.temperature = this.temperature;
    b.maxTokens = this.maxTokens;
    b.topP = this.topP;
    b.frequencyPenalty = this.frequencyPenalty;
    b.presencePenalty = this.presencePenalty;
    b.responseFormat = this.responseFormat;
    b.stop = this.stop.isPresent() ? Nullable.of(new ArrayList<>(this.stop.get())) : this.stop;
    b.logprobs = this.logprobs;
    b.seed = this.seed;
    b.tools = this.tools.isPresent() ? Nullable.of(new ArrayList<>(this.tools.get())) : this.tools;
    b.toolChoice = this.toolChoice;
    b.n = this.n;
    b.prediction = this.prediction;
    b.parallelToolCalls = this.parallelToolCalls;
    b.safePrompt = this.safePrompt;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionRequest that)) {
      return false;
    }
    return Objects.equals(preference, that.preference)
            && Objects.equals(allowedProviders, that.allowedProviders)
            && Objects.equals(euNative, that.euNative)
            && Objects.equals(allowQuantization, that.allowQuantization)
            && Objects.equals(allowZeroDataRetention, that.allowZeroDataRetention)
            && Objects.equals(enableModelFallback, that.enableModelFallback)
            && Objects.equals(model, that.model)
            && Objects.equals(messages, that.messages)
            && Objects.equals(temperature, that.temperature)
            && Objects.equals(maxTokens, that.maxTokens)
            && Objects.equals(topP, that.topP)
            && Objects.equals(frequencyPenalty, that.frequencyPenalty)
            && Objects.equals(presencePenalty, that.presencePenalty)
            && Objects.equals(responseFormat, that.responseFormat)
            && Objects.equals(stop, that.stop)
            && Objects.equals(logprobs, that.logprobs)
            && Objects.equals(seed, that.seed)
            && Objects.equals(tools, that.tools)
            && Objects.equals(toolChoice, that.toolChoice)
            && Objects.equals(n, that.n)
            && Objects.equals(prediction, that.prediction)
            && Objects.equals(parallelToolCalls, that.parallelToolCalls)
            && Objects.equals(safePrompt, that.safePrompt)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(preference, allowedProviders, euNative, allowQuantization, allowZeroDataRetention, enableModelFallback, model, messages, temperature, maxTokens, topP, frequencyPenalty, presencePenalty, responseFormat, stop, logprobs, seed, tools, toolChoice, n, prediction, parallelToolCalls, safePrompt, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionRequest", additionalProperties, "preference", preference,
        "allowedProviders", allowedProviders, "euNative", euNative,
        "allowQuantization", allowQuantization, "allowZeroDataRetention", allowZeroDataRetention,
        "enableModelFallback", enableModelFallback, "model", model, "messages", messages,
        "temperature", temperature, "maxTokens", maxTokens, "topP", topP,
        "frequencyPenalty", frequencyPenalty, "presencePenalty", presencePenalty,
        "responseFormat", responseFormat, "stop", stop, "logprobs", logprobs, "seed", seed,
        "tools", tools, "toolChoice", toolChoice, "n", n, "prediction", prediction,
        "parallelToolCalls", parallelToolCalls, "safePrompt", safePrompt);
  }

  /**
   * Builds {@link CompletionRequest}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Preference preference;

    private Nullable<List<String>> allowedProviders = Nullable.absent();

    private Nullable<Boolean> euNative = Nullable.absent();

    private Nullable<Boolean> allowQuantization = Nullable.absent();

    private Nullable<Boolean> allowZeroDataRetention = Nullable.absent();

    private Nullable<Boolean> enableModelFallback = Nullable.absent();

    private String model;

    private List<Message> messages;

    private Nullable<Double> temperature = Nullable.absent();

    private Nullable<Long> maxTokens = Nullable.absent();

    private Nullable<Double> topP = Nullable.absent();

    private Nullable<Double> frequencyPenalty = Nullable.absent();

    private Nullable<Double> presencePenalty = Nullable.absent();

    private Nullable<JsonNode> responseFormat = Nullable.absent();

    private Nullable<List<String>> stop = Nullable.absent();

    private Nullable<Logprobs> logprobs = Nullable.absent();

    private Nullable<Long> seed = Nullable.absent();

    private Nullable<List<JsonNode>> tools = Nullable.absent();

    private Nullable<String> toolChoice = Nullable.absent();

    private Nullable<Long> n = Nullable.absent();

    private Nullable<JsonNode> prediction = Nullable.absent();

    private Boolean parallelToolCalls;

    private Boolean safePrompt;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("preference")
    private Builder jsonPreference(Preference value) {
      this.preference = value;
      return this;
    }

    /**
     * The provider preference for handling the request.
     */
    public Builder preference(Preference preference) {
      Objects.requireNonNull(preference, "preference");
      this.preference = preference;
      return this;
    }

    @JsonProperty("allowed_providers")
    private Builder jsonAllowedProviders(List<String> value) {
      this.allowedProviders = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * The providers that are allowed to be used for the completion.
     *
     * @param allowedProviders the value, or {@code null} to send an explicit null
     */
    public Builder allowedProviders(List<String> allowedProviders) {
      this.allowedProviders = allowedProviders == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(allowedProviders));
      return this;
    }

    /**
     * Adds one element to {@code allowed_providers}.
     */
    public Builder addAllowedProvider(String element) {
      List<String> list = allowedProviders.isPresent() ? allowedProviders.get() : new ArrayList<>();
      list.add(element);
      this.allowedProviders = Nullable.of(list);
      return this;
    }

    @JsonProperty("eu_native")
    private Builder jsonEuNative(Boolean value) {
      this.euNative = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to consider only providers based and regulated withing the EU. Even when false, all our endpoints are GDPR compliant.
     *
     * @param euNative the value, or {@code null} to send an explicit null
     */
    public Builder euNative(Boolean euNative) {
      this.euNative = euNative == null ? Nullable.ofNull() : Nullable.of(euNative);
      return this;
    }

    /**
     * Sets {@code eu_native}, from a primitive {@code boolean}.
     */
    public Builder euNative(boolean value) {
      return euNative(Boolean.valueOf(value));
    }

    @JsonProperty("allow_quantization")
    private Builder jsonAllowQuantization(Boolean value) {
      this.allowQuantization = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to allow quantized endpoints.
     *
     * @param allowQuantization the value, or {@code null} to send an explicit null
     */
    public Builder allowQuantization(Boolean allowQuantization) {
      this.allowQuantization = allowQuantization == null ? Nullable.ofNull() : Nullable.of(allowQuantization);
      return this;
    }

    /**
     * Sets {@code allow_quantization}, from a primitive {@code boolean}.
     */
    public Builder allowQuantization(boolean value) {
      return allowQuantization(Boolean.valueOf(value));
    }

    @JsonProperty("allow_zero_data_retention")
    private Builder jsonAllowZeroDataRetention(Boolean value) {
      this.allowZeroDataRetention = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to use only ZDR providers.
     *
     * @param allowZeroDataRetention the value, or {@code null} to send an explicit null
     */
    public Builder allowZeroDataRetention(Boolean allowZeroDataRetention) {
      this.allowZeroDataRetention = allowZeroDataRetention == null ? Nullable.ofNull() : Nullable.of(allowZeroDataRetention);
      return this;
    }

    /**
     * Sets {@code allow_zero_data_retention}, from a primitive {@code boolean}.
     */
    public Builder allowZeroDataRetention(boolean value) {
      return allowZeroDataRetention(Boolean.valueOf(value));
    }

    @JsonProperty("enable_model_fallback")
    private Builder jsonEnableModelFallback(Boolean value) {
      this.enableModelFallback = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to allow model fallback when a model is currently unavailable.
     *
     * @param enableModelFallback the value, or {@code null} to send an explicit null
     */
    public Builder enableModelFallback(Boolean enableModelFallback) {
      this.enableModelFallback = enableModelFallback == null ? Nullable.ofNull() : Nullable.of(enableModelFallback);
      return this;
    }

    /**
     * Sets {@code enable_model_fallback}, from a primitive {@code boolean}.
     */
    public Builder enableModelFallback(boolean value) {
      return enableModelFallback(Boolean.valueOf(value));
    }

    @JsonProperty("model")
    private Builder jsonModel(String value) {
      this.model = value;
      return this;
    }

    /**
     * The model to use for the completion.
     */
    public Builder model(String model) {
      Objects.requireNonNull(model, "model");
      this.model = model;
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

    @JsonProperty("temperature")
    private Builder jsonTemperature(Double value) {
      this.temperature = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Controls randomness in the output. Higher values make the output more random.
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

    @JsonProperty("max_tokens")
    private Builder jsonMaxTokens(Long value) {
      this.maxTokens = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * The maximum number of tokens to generate in the completion. It can also be referred to as `max_completion_tokens`. The limit depends on the model’s context size — it can’t exceed the context size minus your prompt length.
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

    @JsonProperty("top_p")
    private Builder jsonTopP(Double value) {
      this.topP = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Controls diversity via nucleus sampling - only tokens whose cumulative probability mass exceeds top_p are considered for sampling. For example, 0.1 means only tokens comprising the top 10% probability mass are considered. An alternative to temperature sampling - we recommend altering either top_p or temperature, but not both.
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

    @JsonProperty("frequency_penalty")
    private Builder jsonFrequencyPenalty(Double value) {
      this.frequencyPenalty = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Reduces the probability of generating a token based on its frequency in the text so far. The more times a token has appeared in the text so far, the lower the probability of it appearing in the completion.
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

    @JsonProperty("presence_penalty")
    private Builder jsonPresencePenalty(Double value) {
      this.presencePenalty = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Reduces the probability of generating a token based on whether it has already appeared in the text so far. If a token has already appeared in the text so far, the probability of it appearing in the completion is reduced.
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
     * Specifies the format of the response.
     *
     * @param responseFormat the value, or {@code null} to send an explicit null
     */
    public Builder responseFormat(JsonNode responseFormat) {
      this.responseFormat = responseFormat == null ? Nullable.ofNull() : Nullable.of(responseFormat);
      return this;
    }

    @JsonProperty("stop")
    private Builder jsonStop(List<String> value) {
      this.stop = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sequences where the API will stop generating further tokens.
     *
     * @param stop the value, or {@code null} to send an explicit null
     */
    public Builder stop(List<String> stop) {
      this.stop = stop == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(stop));
      return this;
    }

    /**
     * Adds one element to {@code stop}.
     */
    public Builder addStopItem(String element) {
      List<String> list = stop.isPresent() ? stop.get() : new ArrayList<>();
      list.add(element);
      this.stop = Nullable.of(list);
      return this;
    }

    @JsonProperty("logprobs")
    private Builder jsonLogprobs(Logprobs value) {
      this.logprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to return log probabilities of the output tokens.
     *
     * @param logprobs the value, or {@code null} to send an explicit null
     */
    public Builder logprobs(Logprobs logprobs) {
      this.logprobs = logprobs == null ? Nullable.ofNull() : Nullable.of(logprobs);
      return this;
    }

    @JsonProperty("seed")
    private Builder jsonSeed(Long value) {
      this.seed = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Random seed for reproducible results.
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

    @JsonProperty("tools")
    private Builder jsonTools(List<JsonNode> value) {
      this.tools = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * List of tools available to the model.
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

    @JsonProperty("tool_choice")
    private Builder jsonToolChoice(String value) {
      this.toolChoice = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Controls which tool the model should use. Only set if tools is not empty.
     *
     * @param toolChoice the value, or {@code null} to send an explicit null
     */
    public Builder toolChoice(String toolChoice) {
      this.toolChoice = toolChoice == null ? Nullable.ofNull() : Nullable.of(toolChoice);
      return this;
    }

    @JsonProperty("n")
    private Builder jsonN(Long value) {
      this.n = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Number of completions to generate.
     *
     * @param n the value, or {@code null} to send an explicit null
     */
    public Builder n(Long n) {
      this.n = n == null ? Nullable.ofNull() : Nullable.of(n);
      return this;
    }

    /**
     * Sets {@code n}, from a primitive {@code long}.
     */
    public Builder n(long value) {
      return n(Long.valueOf(value));
    }

    @JsonProperty("prediction")
    private Builder jsonPrediction(JsonNode value) {
      this.prediction = value == null || value.isNull() ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Specify expected results, optimizing response times by leveraging known or predictable content. This approach is especially effective for updating text documents or code files with minimal changes, reducing latency while maintaining high-quality results.
     *
     * @param prediction the value, or {@code null} to send an explicit null
     */
    public Builder prediction(JsonNode prediction) {
      this.prediction = prediction == null ? Nullable.ofNull() : Nullable.of(prediction);
      return this;
    }

    @JsonProperty("parallel_tool_calls")
    private Builder jsonParallelToolCalls(Boolean value) {
      this.parallelToolCalls = value;
      return this;
    }

    /**
     * Whether to allow parallel tool calls.
     */
    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      Objects.requireNonNull(parallelToolCalls, "parallelToolCalls");
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * Sets {@code parallel_tool_calls}, from a primitive {@code boolean}.
     */
    public Builder parallelToolCalls(boolean value) {
      return parallelToolCalls(Boolean.valueOf(value));
    }

    @JsonProperty("safe_prompt")
    private Builder jsonSafePrompt(Boolean value) {
      this.safePrompt = value;
      return this;
    }

    /**
     * Whether to inject a safety prompt before all conversations.
     */
    public Builder safePrompt(Boolean safePrompt) {
      Objects.requireNonNull(safePrompt, "safePrompt");
      this.safePrompt = safePrompt;
      return this;
    }

    /**
     * Sets {@code safe_prompt}, from a primitive {@code boolean}.
     */
    public Builder safePrompt(boolean value) {
      return safePrompt(Boolean.valueOf(value));
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
    public CompletionRequest build() {
      return new CompletionRequest(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionRequest buildFromJson() {
      return new CompletionRequest(this);
    }

    /**
     * Reads {@link CompletionRequest} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionRequest> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionRequest.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("preference", Preference.class, Builder::jsonPreference),
              property("allowed_providers", new TypeReference<List<String>>() { }, Builder::jsonAllowedProviders),
              property("eu_native", Boolean.class, Builder::jsonEuNative),
              property("allow_quantization", Boolean.class, Builder::jsonAllowQuantization),
              property("allow_zero_data_retention", Boolean.class, Builder::jsonAllowZeroDataRetention),
              property("enable_model_fallback", Boolean.class, Builder::jsonEnableModelFallback),
              property("model", String.class, Builder::jsonModel),
              property("messages", new TypeReference<List<Message>>() { }, Builder::jsonMessages),
              property("temperature", Double.class, Builder::jsonTemperature),
              property("max_tokens", Long.class, Builder::jsonMaxTokens),
              property("top_p", Double.class, Builder::jsonTopP),
              property("frequency_penalty", Double.class, Builder::jsonFrequencyPenalty),
              property("presence_penalty", Double.class, Builder::jsonPresencePenalty),
              property("response_format", JsonNode.class, Builder::jsonResponseFormat),
              property("stop", new TypeReference<List<String>>() { }, Builder::jsonStop),
              property("logprobs", Logprobs.class, Builder::jsonLogprobs),
              property("seed", Long.class, Builder::jsonSeed),
              property("tools", new TypeReference<List<JsonNode>>() { }, Builder::jsonTools),
              property("tool_choice", String.class, Builder::jsonToolChoice),
              property("n", Long.class, Builder::jsonN),
              property("prediction", JsonNode.class, Builder::jsonPrediction),
              property("parallel_tool_calls", Boolean.class, Builder::jsonParallelToolCalls),
              property("safe_prompt", Boolean.class, Builder::jsonSafePrompt)));
      }
    }
  }

  /**
   * Whether to return log probabilities of the output tokens.
   *
   * <p>Variants: {@link OfInteger}, {@link OfBoolean}. JSON that matches none is kept as {@link Unknown}.
   */
  @JsonDeserialize(
      using = Logprobs.Deserializer.class
  )
  @JsonSerialize(
      using = Logprobs.Serializer.class
  )
  public sealed interface Logprobs permits Logprobs.OfInteger, Logprobs.OfBoolean, Logprobs.Unknown {
    /**
     * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
     */
    Object value();

    /**
     * Calls the visitor method for this variant.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * The {@code Integer} variant.
     */
    static Logprobs ofInteger(Long value) {
      return new OfInteger(value);
    }

    /**
     * Whether this is the {@code Integer} variant.
     */
    default boolean isInteger() {
      return this instanceof OfInteger;
    }

    /**
     * The value of the {@code Integer} variant.
     *
     * @throws IllegalStateException if this is another variant
     */
    default Long asInteger() {
      if (this instanceof OfInteger variant) {
        return variant.value();
      }
      throw new IllegalStateException("Logprobs is not Integer: " + this);
    }

    /**
     * The {@code Boolean} variant.
     */
    static Logprobs ofBoolean(Boolean value) {
      return new OfBoolean(value);
    }

    /**
     * Whether this is the {@code Boolean} variant.
     */
    default boolean isBoolean() {
      return this instanceof OfBoolean;
    }

    /**
     * The value of the {@code Boolean} variant.
     *
     * @throws IllegalStateException if this is another variant
     */
    default Boolean asBoolean() {
      if (this instanceof OfBoolean variant) {
        return variant.value();
      }
      throw new IllegalStateException("Logprobs is not Boolean: " + this);
    }

    /**
     * A value of a shape this client does not know, sent as given.
     */
    static Logprobs unknown(JsonNode json) {
      return new Unknown(json);
    }

    /**
     * Whether the JSON matched no known variant.
     */
    default boolean isUnknown() {
      return this instanceof Unknown;
    }

    /**
     * The {@code Integer} variant.
     *
     * @param value the value
     */
    record OfInteger(Long value) implements Logprobs {
      public OfInteger(Long value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInteger(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * The {@code Boolean} variant.
     *
     * @param value the value
     */
    record OfBoolean(Boolean value) implements Logprobs {
      public OfBoolean(Boolean value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBoolean(value);
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
    record Unknown(JsonNode value) implements Logprobs {
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
     * One method per variant of {@link Logprobs}.
     *
     * @param <R> the result type
     */
    interface Visitor<R> {
      R visitInteger(Long value);

      R visitBoolean(Boolean value);

      /**
       * Called for JSON that matched no variant; fails unless overridden.
       */
      default R visitUnknown(JsonNode json) {
        throw new IllegalStateException("unknown Logprobs: " + json);
      }
    }

    /**
     * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
     */
    final class Deserializer extends UnionDeserializer<Logprobs> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Logprobs.class, Unknown::new, List.of(
              variant(JsonShape.integral(), Long.class, OfInteger::new),
              variant(JsonShape.bool(), Boolean.class, OfBoolean::new)));
      }
    }

    /**
     * Writes the wrapped value as it is: a union has no JSON shape of its own.
     */
    final class Serializer extends StdSerializer<Logprobs> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(Logprobs.class);
      }

      @Override
      public void serialize(Logprobs value, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        provider.defaultSerializeValue(value.value(), generator);
      }
    }
  }

  /**
   * The {@code CompletionRequestMessage} object of the API.
   */
  @JsonDeserialize(
      using = Message.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Message {
    @JsonProperty("role")
    private final String role;

    @JsonProperty("content")
    private final Nullable<String> content;

    private final Map<String, JsonNode> additionalProperties;

    private Message(Builder b) {
      this.role = b.role;
      this.content = b.content;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The role of the message sender.
     */
    public Optional<String> role() {
      return Optional.ofNullable(role);
    }

    /**
     * The content of the message.
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
      b.role = this.role;
      b.content = this.content;
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
      return Objects.equals(role, that.role)
              && Objects.equals(content, that.content)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(role, content, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Message", additionalProperties, "role", role, "content", content);
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
      private String role;

      private Nullable<String> content = Nullable.absent();

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("role")
      private Builder jsonRole(String value) {
        this.role = value;
        return this;
      }

      /**
       * The role of the message sender.
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
       * The content of the message.
       *
       * @param content the value, or {@code null} to send an explicit null
       */
      public Builder content(String content) {
        this.content = content == null ? Nullable.ofNull() : Nullable.of(content);
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
                property("role", String.class, Builder::jsonRole),
                property("content", String.class, Builder::jsonContent)));
        }
      }
    }
  }

  /**
   * The provider preference for handling the request.
   *
   * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
   */
  public static final class Preference {
    /**
     * {@code speed}
     */
    public static final Preference SPEED = new Preference("speed", Known.SPEED);

    /**
     * {@code cost}
     */
    public static final Preference COST = new Preference("cost", Known.COST);

    /**
     * {@code balanced}
     */
    public static final Preference BALANCED = new Preference("balanced", Known.BALANCED);

    private static final Map<String, Preference> BY_VALUE;

    static {
      Map<String, Preference> map = new LinkedHashMap<>();
      map.put(SPEED.value, SPEED);
      map.put(COST.value, COST);
      map.put(BALANCED.value, BALANCED);
      BY_VALUE = Collections.unmodifiableMap(map);
    }

    private final String value;

    private final Known known;

    private Preference(String value, Known known) {
      this.value = value;
      this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance keeping an undocumented value.
     */
    @JsonCreator
    public static Preference of(String value) {
      Objects.requireNonNull(value, "value");
      Preference constant = BY_VALUE.get(value);
      return constant != null ? constant : new Preference(value, null);
    }

    /**
     * The documented values, in document order.
     */
    public static List<Preference> values() {
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
      if (!(other instanceof Preference that)) {
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
       * {@code speed}
       */
      SPEED,

      /**
       * {@code cost}
       */
      COST,

      /**
       * {@code balanced}
       */
      BALANCED
    }
  }
}
