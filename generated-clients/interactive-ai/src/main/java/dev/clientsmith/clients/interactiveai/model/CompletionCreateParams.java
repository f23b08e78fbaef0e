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
 * The {@code CompletionCreateParams} object of the API.
 */
@JsonDeserialize(
    using = CompletionCreateParams.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionCreateParams {
  @JsonProperty("model")
  private final String model;

  @JsonProperty("models")
  private final List<String> models;

  @JsonProperty("prompt")
  private final CompletionCreateParamsPrompt prompt;

  @JsonProperty("best_of")
  private final Nullable<Long> bestOf;

  @JsonProperty("echo")
  private final Nullable<Boolean> echo;

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
  private final Nullable<Long> logprobs;

  @JsonProperty("max_tokens")
  private final Nullable<Long> maxTokens;

  @JsonProperty("n")
  private final Nullable<Long> n;

  @JsonProperty("presence_penalty")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> presencePenalty;

  @JsonProperty("seed")
  private final Nullable<Long> seed;

  @JsonProperty("stop")
  private final Nullable<Stop> stop;

  @JsonProperty("stream_options")
  private final Nullable<CompletionCreateParamsStreamOptions> streamOptions;

  @JsonProperty("suffix")
  private final Nullable<String> suffix;

  @JsonProperty("temperature")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> temperature;

  @JsonProperty("top_p")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> topP;

  @JsonProperty("user")
  private final String user;

  @JsonProperty("metadata")
  private final Nullable<Map<String, String>> metadata;

  @JsonProperty("response_format")
  private final Nullable<CompletionCreateParamsResponseFormat> responseFormat;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionCreateParams(Builder b) {
    this.model = b.model;
    this.models = b.models == null ? null : Collections.unmodifiableList(new ArrayList<>(b.models));
    this.prompt = b.prompt;
    this.bestOf = b.bestOf;
    this.echo = b.echo;
    this.frequencyPenalty = b.frequencyPenalty;
    this.logitBias = b.logitBias.isPresent() ? Nullable.of(Collections.unmodifiableMap(new LinkedHashMap<>(b.logitBias.get()))) : b.logitBias;
    this.logprobs = b.logprobs;
    this.maxTokens = b.maxTokens;
    this.n = b.n;
    this.presencePenalty = b.presencePenalty;
    this.seed = b.seed;
    this.stop = b.stop;
    this.streamOptions = b.streamOptions;
    this.suffix = b.suffix;
    this.temperature = b.temperature;
    this.topP = b.topP;
    this.user = b.user;
    this.metadata = b.metadata.isPresent() ? Nullable.of(Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata.get()))) : b.metadata;
    this.responseFormat = b.responseFormat;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
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
   * The {@code prompt} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public CompletionCreateParamsPrompt prompt() {
    if (prompt == null) {
      throw new IllegalStateException("CompletionCreateParams.prompt is required, but the response did not contain 'prompt'");
    }
    return prompt;
  }

  /**
   * The {@code best_of} property.
   *
   * <p>Empty when absent or null; {@link #bestOfField()} tells which.
   */
  public Optional<Long> bestOf() {
    return bestOf.toOptional();
  }

  /**
   * The {@code best_of} property with its three states: absent, null, or a value.
   */
  public Nullable<Long> bestOfField() {
    return bestOf;
  }

  /**
   * The {@code echo} property.
   *
   * <p>Empty when absent or null; {@link #echoField()} tells which.
   */
  public Optional<Boolean> echo() {
    return echo.toOptional();
  }

  /**
   * The {@code echo} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> echoField() {
    return echo;
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
  public Optional<Long> logprobs() {
    return logprobs.toOptional();
  }

  /**
   * The {@code logprobs} property with its three states: absent, null, or a value.
   */
  public Nullable<Long> logprobsField() {
    return logprobs;
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
   * The {@code n} property.
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
  public Optional<CompletionCreateParamsStreamOptions> streamOptions() {
    return streamOptions.toOptional();
  }

  /**
   * The {@code stream_options} property with its three states: absent, null, or a value.
   */
  public Nullable<CompletionCreateParamsStreamOptions> streamOptionsField() {
    return streamOptions;
  }

  /**
   * The {@code suffix} property.
   *
   * <p>Empty when absent or null; {@link #suffixField()} tells which.
   */
  public Optional<String> suffix() {
    return suffix.toOptional();
  }

  /**
   * The {@code suffix} property with its three states: absent, null, or a value.
   */
  public Nullable<String> suffixField() {
    return suffix;
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
   * The {@code user} property.
   */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /**
   * The {@code metadata} property.
   *
   * <p>Empty when absent or null; {@link #metadataField()} tells which.
   */
  public Map<String, String> metadata() {
    return metadata.isPresent() ? metadata.get() : Map.of();
  }

  /**
   * The {@code metadata} property with its three states: absent, null, or a value.
   */
  public Nullable<Map<String, String>> metadataField() {
    return metadata;
  }

  /**
   * The {@code response_format} property.
   *
   * <p>Empty when absent or null; {@link #responseFormatField()} tells which.
   */
  public Optional<CompletionCreateParamsResponseFormat> responseFormat() {
    return responseFormat.toOptional();
  }

  /**
   * The {@code response_format} property with its three states: absent, null, or a value.
   */
  public Nullable<CompletionCreateParamsResponseFormat> responseFormatField() {
    return responseFormat;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link CompletionCreateParams}.
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
    b.model = this.model;
    b.models = this.models == null ? null : new ArrayList<>(this.models);
    b.prompt = this.prompt;
    b.bestOf = this.bestOf;
    b.echo = this.echo;
    b.frequencyPenalty = this.frequencyPenalty;
    b.logitBias = this.logitBias.isPresent() ? Nullable.of(new LinkedHashMap<>(this.logitBias.get())) : this.logitBias;
    b.logprobs = this.logprobs;
    b.maxTokens = this.maxTokens;
    b.n = this.n;
    b.presencePenalty = this.presencePenalty;
    b.seed = this.seed;
    b.stop = this.stop;
    b.streamOptions = this.streamOptions;
    b.suffix = this.suffix;
    b.temperature = this.temperature;
    b.topP = this.topP;
    b.user = this.user;
    b.metadata = this.metadata.isPresent() ? Nullable.of(new LinkedHashMap<>(this.metadata.get())) : this.metadata;
    b.responseFormat = this.responseFormat;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionCreateParams that)) {
      return false;
    }
    return Objects.equals(model, that.model)
            && Objects.equals(models, that.models)
            && Objects.equals(prompt, that.prompt)
            && Objects.equals(bestOf, that.bestOf)
            && Objects.equals(echo, that.echo)
            && Objects.equals(frequencyPenalty, that.frequencyPenalty)
            && Objects.equals(logitBias, that.logitBias)
            && Objects.equals(logprobs, that.logprobs)
            && Objects.equals(maxTokens, that.maxTokens)
            && Objects.equals(n, that.n)
            && Objects.equals(presencePenalty, that.presencePenalty)
            && Objects.equals(seed, that.seed)
            && Objects.equals(stop, that.stop)
            && Objects.equals(streamOptions, that.streamOptions)
            && Objects.equals(suffix, that.suffix)
            && Objects.equals(temperature, that.temperature)
            && Objects.equals(topP, that.topP)
            && Objects.equals(user, that.user)
            && Objects.equals(metadata, that.metadata)
            && Objects.equals(responseFormat, that.responseFormat)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, models, prompt, bestOf, echo, frequencyPenalty, logitBias, logprobs, maxTokens, n, presencePenalty, seed, stop, streamOptions, suffix, temperature, topP, user, metadata, responseFormat, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionCreateParams", additionalProperties, "model", model,
        "models", models, "prompt", prompt, "bestOf", bestOf, "echo", echo,
        "frequencyPenalty", frequencyPenalty, "logitBias", logitBias, "logprobs", logprobs,
        "maxTokens", maxTokens, "n", n, "presencePenalty", presencePenalty, "seed", seed,
        "stop", stop, "streamOptions", streamOptions, "suffix", suffix, "temperature", temperature,
        "topP", topP, "user", user, "metadata", metadata, "responseFormat", responseFormat);
  }

  /**
   * Builds {@link CompletionCreateParams}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String model;

    private List<String> models;

    private CompletionCreateParamsPrompt prompt;

    private Nullable<Long> bestOf = Nullable.absent();

    private Nullable<Boolean> echo = Nullable.absent();

    private Nullable<Double> frequencyPenalty = Nullable.absent();

    private Nullable<Map<String, Double>> logitBias = Nullable.absent();

    private Nullable<Long> logprobs = Nullable.absent();

    private Nullable<Long> maxTokens = Nullable.absent();

    private Nullable<Long> n = Nullable.absent();

    private Nullable<Double> presencePenalty = Nullable.absent();

    private Nullable<Long> seed = Nullable.absent();

    private Nullable<Stop> stop = Nullable.absent();

    private Nullable<CompletionCreateParamsStreamOptions> streamOptions = Nullable.absent();

    private Nullable<String> suffix = Nullable.absent();

    private Nullable<Double> temperature = Nullable.absent();

    private Nullable<Double> topP = Nullable.absent();

    private String user;

    private Nullable<Map<String, String>> metadata = Nullable.absent();

    private Nullable<CompletionCreateParamsResponseFormat> responseFormat = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
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

    @JsonProperty("prompt")
    private Builder jsonPrompt(CompletionCreateParamsPrompt value) {
      this.prompt = value;
      return this;
    }

    /**
     * Sets {@code prompt}.
     */
    public Builder prompt(CompletionCreateParamsPrompt prompt) {
      Objects.requireNonNull(prompt, "prompt");
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets {@code prompt} to the {@code String} variant.
     */
    public Builder prompt(String value) {
      return prompt(CompletionCreateParamsPrompt.ofString(value));
    }

    @JsonProperty("best_of")
    private Builder jsonBestOf(Long value) {
      this.bestOf = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code best_of}.
     *
     * @param bestOf the value, or {@code null} to send an explicit null
     */
    public Builder bestOf(Long bestOf) {
      this.bestOf = bestOf == null ? Nullable.ofNull() : Nullable.of(bestOf);
      return this;
    }

    /**
     * Sets {@code best_of}, from a primitive {@code long}.
     */
    public Builder bestOf(long value) {
      return bestOf(Long.valueOf(value));
    }

    @JsonProperty("echo")
    private Builder jsonEcho(Boolean value) {
      this.echo = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code echo}.
     *
     * @param echo the value, or {@code null} to send an explicit null
     */
    public Builder echo(Boolean echo) {
      this.echo = echo == null ? Nullable.ofNull() : Nullable.of(echo);
      return this;
    }

    /**
     * Sets {@code echo}, from a primitive {@code boolean}.
     */
    public Builder echo(boolean value) {
      return echo(Boolean.valueOf(value));
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
    private Builder jsonLogprobs(Long value) {
      this.logprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code logprobs}.
     *
     * @param logprobs the value, or {@code null} to send an explicit null
     */
    public Builder logprobs(Long logprobs) {
      this.logprobs = logprobs == null ? Nullable.ofNull() : Nullable.of(logprobs);
      return this;
    }

    /**
     * Sets {@code logprobs}, from a primitive {@code long}.
     */
    public Builder logprobs(long value) {
      return logprobs(Long.valueOf(value));
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

    @JsonProperty("n")
    private Builder jsonN(Long value) {
      this.n = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code n}.
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
    private Builder jsonStreamOptions(CompletionCreateParamsStreamOptions value) {
      this.streamOptions = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code stream_options}.
     *
     * @param streamOptions the value, or {@code null} to send an explicit null
     */
    public Builder streamOptions(CompletionCreateParamsStreamOptions streamOptions) {
      this.streamOptions = streamOptions == null ? Nullable.ofNull() : Nullable.of(streamOptions);
      return this;
    }

    @JsonProperty("suffix")
    private Builder jsonSuffix(String value) {
      this.suffix = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code suffix}.
     *
     * @param suffix the value, or {@code null} to send an explicit null
     */
    public Builder suffix(String suffix) {
      this.suffix = suffix == null ? Nullable.ofNull() : Nullable.of(suffix);
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

    @JsonProperty("metadata")
    private Builder jsonMetadata(Map<String, String> value) {
      this.metadata = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code metadata}.
     *
     * @param metadata the value, or {@code null} to send an explicit null
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = metadata == null ? Nullable.ofNull() : Nullable.of(new LinkedHashMap<>(metadata));
      return this;
    }

    /**
     * Puts one entry into {@code metadata}.
     */
    public Builder putMetadata(String key, String value) {
      Map<String, String> map = metadata.isPresent() ? metadata.get() : new LinkedHashMap<>();
      map.put(key, value);
      this.metadata = Nullable.of(map);
      return this;
    }

    @JsonProperty("response_format")
    private Builder jsonResponseFormat(CompletionCreateParamsResponseFormat value) {
      this.responseFormat = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code response_format}.
     *
     * @param responseFormat the value, or {@code null} to send an explicit null
     */
    public Builder responseFormat(CompletionCreateParamsResponseFormat responseFormat) {
      this.responseFormat = responseFormat == null ? Nullable.ofNull() : Nullable.of(responseFormat);
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
    public CompletionCreateParams build() {
      if (prompt == null) {
        throw new IllegalStateException("CompletionCreateParams.prompt is required but was not set");
      }
      return new CompletionCreateParams(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionCreateParams buildFromJson() {
      return new CompletionCreateParams(this);
    }

    /**
     * Reads {@link CompletionCreateParams} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionCreateParams> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionCreateParams.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("model", String.class, Builder::jsonModel),
              property("models", new TypeReference<List<String>>() { }, Builder::jsonModels),
              property("prompt", CompletionCreateParamsPrompt.class, Builder::jsonPrompt),
              property("best_of", Long.class, Builder::jsonBestOf),
              property("echo", Boolean.class, Builder::jsonEcho),
              property("frequency_penalty", Double.class, Builder::jsonFrequencyPenalty),
              property("logit_bias", new TypeReference<Map<String, Double>>() { }, Builder::jsonLogitBias),
              property("logprobs", Long.class, Builder::jsonLogprobs),
              property("max_tokens", Long.class, Builder::jsonMaxTokens),
              property("n", Long.class, Builder::jsonN),
              property("presence_penalty", Double.class, Builder::jsonPresencePenalty),
              property("seed", Long.class, Builder::jsonSeed),
              property("stop", Stop.class, Builder::jsonStop),
              property("stream_options", CompletionCreateParamsStreamOptions.class, Builder::jsonStreamOptions),
              property("suffix", String.class, Builder::jsonSuffix),
              property("temperature", Double.class, Builder::jsonTemperature),
              property("top_p", Double.class, Builder::jsonTopP),
              property("user", String.class, Builder::jsonUser),
              property("metadata", new TypeReference<Map<String, String>>() { }, Builder::jsonMetadata),
              property("response_format", CompletionCreateParamsResponseFormat.class, Builder::jsonResponseFormat)));
      }
    }
  }
}
