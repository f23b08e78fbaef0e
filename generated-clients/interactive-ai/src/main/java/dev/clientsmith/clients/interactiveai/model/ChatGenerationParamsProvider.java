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
 * The {@code ChatGenerationParamsProvider} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationParamsProvider.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationParamsProvider {
  @JsonProperty("allow_fallbacks")
  private final Nullable<Boolean> allowFallbacks;

  @JsonProperty("require_parameters")
  private final Nullable<Boolean> requireParameters;

  @JsonProperty("data_collection")
  private final Nullable<ChatGenerationParamsProviderDataCollection> dataCollection;

  @JsonProperty("zdr")
  private final Nullable<Boolean> zdr;

  @JsonProperty("enforce_distillable_text")
  private final Nullable<Boolean> enforceDistillableText;

  @JsonProperty("order")
  private final Nullable<List<ProviderName>> order;

  @JsonProperty("only")
  private final Nullable<List<ProviderName>> only;

  @JsonProperty("ignore")
  private final Nullable<List<ProviderName>> ignore;

  @JsonProperty("quantizations")
  private final Nullable<List<Quantization>> quantizations;

  @JsonProperty("sort")
  private final Nullable<ProviderSortUnion> sort;

  @JsonProperty("max_price")
  private final ChatGenerationParamsProviderMaxPrice maxPrice;

  @JsonProperty("preferred_min_throughput")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> preferredMinThroughput;

  @JsonProperty("preferred_max_latency")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> preferredMaxLatency;

  @JsonProperty("min_throughput")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> minThroughput;

  @JsonProperty("max_latency")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<Double> maxLatency;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationParamsProvider(Builder b) {
    this.allowFallbacks = b.allowFallbacks;
    this.requireParameters = b.requireParameters;
    this.dataCollection = b.dataCollection;
    this.zdr = b.zdr;
    this.enforceDistillableText = b.enforceDistillableText;
    this.order = b.order.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.order.get()))) : b.order;
    this.only = b.only.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.only.get()))) : b.only;
    this.ignore = b.ignore.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.ignore.get()))) : b.ignore;
    this.quantizations = b.quantizations.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.quantizations.get()))) : b.quantizations;
    this.sort = b.sort;
    this.maxPrice = b.maxPrice;
    this.preferredMinThroughput = b.preferredMinThroughput;
    this.preferredMaxLatency = b.preferredMaxLatency;
    this.minThroughput = b.minThroughput;
    this.maxLatency = b.maxLatency;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Whether to allow backup providers to serve requests
   * - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next best provider.
   * - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
   *
   * <p>Empty when absent or null; {@link #allowFallbacksField()} tells which.
   */
  public Optional<Boolean> allowFallbacks() {
    return allowFallbacks.toOptional();
  }

  /**
   * The {@code allow_fallbacks} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> allowFallbacksField() {
    return allowFallbacks;
  }

  /**
   * Whether to filter providers to only those that support the parameters you've provided. If this setting is omitted or set to false, then providers will receive only the parameters they support, and ignore the rest.
   *
   * <p>Empty when absent or null; {@link #requireParametersField()} tells which.
   */
  public Optional<Boolean> requireParameters() {
    return requireParameters.toOptional();
  }

  /**
   * The {@code require_parameters} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> requireParametersField() {
    return requireParameters;
  }

  /**
   * Data collection setting. If no available model provider meets the requirement, your request will return an error.
   * - allow: (default) allow providers which store user data non-transiently and may train on it
   *
   * - deny: use only providers which do not collect user data.
   *
   * <p>Empty when absent or null; {@link #dataCollectionField()} tells which.
   */
  public Optional<ChatGenerationParamsProviderDataCollection> dataCollection() {
    return dataCollection.toOptional();
  }

  /**
   * The {@code data_collection} property with its three states: absent, null, or a value.
   */
  public Nullable<ChatGenerationParamsProviderDataCollection> dataCollectionField() {
    return dataCollection;
  }

  /**
   * The {@code zdr} property.
   *
   * <p>Empty when absent or null; {@link #zdrField()} tells which.
   */
  public Optional<Boolean> zdr() {
    return zdr.toOptional();
  }

  /**
   * The {@code zdr} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> zdrField() {
    return zdr;
  }

  /**
   * The {@code enforce_distillable_text} property.
   *
   * <p>Empty when absent or null; {@link #enforceDistillableTextField()} tells which.
   */
  public Optional<Boolean> enforceDistillableText() {
    return enforceDistillableText.toOptional();
  }

  /**
   * The {@code enforce_distillable_text} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> enforceDistillableTextField() {
    return enforceDistillableText;
  }

  /**
   * An ordered list of provider slugs. The router will attempt to use the first provider in the subset of this list that supports your requested model, and fall back to the next if it is unavailable. If no providers are available, the request will fail with an error message.
   *
   * <p>Empty when absent or null; {@link #orderField()} tells which.
   */
  public List<ProviderName> order() {
    return order.isPresent() ? order.get() : List.of();
  }

  /**
   * The {@code order} property with its three states: absent, null, or a value.
   */
  public Nullable<List<ProviderName>> orderField() {
    return order;
  }

  /**
   * List of provider slugs to allow. If provided, this list is merged with your account-wide allowed provider settings for this request.
   *
   * <p>Empty when absent or null; {@link #onlyField()} tells which.
   */
  public List<ProviderName> only() {
    return only.isPresent() ? only.get() : List.of();
  }

  /**
   * The {@code only} property with its three states: absent, null, or a value.
   */
  public Nullable<List<ProviderName>> onlyField() {
    return only;
  }

  /**
   * List of provider slugs to ignore. If provided, this list is merged with your account-wide ignored provider settings for this request.
   *
   * <p>Empty when absent or null; {@link #ignoreField()} tells which.
   */
  public List<ProviderName> ignore() {
    return ignore.isPresent() ? ignore.get() : List.of();
  }

  /**
   * The {@code ignore} property with its three states: absent, null, or a value.
   */
  public Nullable<List<ProviderName>> ignoreField() {
    return ignore;
  }

  /**
   * A list of quantization levels to filter the provider by.
   *
   * <p>Empty when absent or null; {@link #quantizationsField()} tells which.
   */
  public List<Quantization> quantizations() {
    return quantizations.isPresent() ? quantizations.get() : List.of();
  }

  /**
   * The {@code quantizations} property with its three states: absent, null, or a value.
   */
  public Nullable<List<Quantization>> quantizationsField() {
    return quantizations;
  }

  /**
   * The sorting strategy to use for this request, if "order" is not specified. When set, no load balancing is performed.
   *
   * <p>Empty when absent or null; {@link #sortField()} tells which.
   */
  public Optional<ProviderSortUnion> sort() {
    return sort.toOptional();
  }

  /**
   * The {@code sort} property with its three states: absent, null, or a value.
   */
  public Nullable<ProviderSortUnion> sortField() {
    return sort;
  }

  /**
   * The object specifying the maximum price you want to pay for this request. USD price per million tokens, for prompt and completion.
   */
  public Optional<ChatGenerationParamsProviderMaxPrice> maxPrice() {
    return Optional.ofNullable(maxPrice);
  }

  /**
   * The {@code preferred_min_throughput} property.
   *
   * <p>Empty when absent or null; {@link #preferredMinThroughputField()} tells which.
   */
  public Optional<Double> preferredMinThroughput() {
    return preferredMinThroughput.toOptional();
  }

  /**
   * The {@code preferred_min_throughput} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> preferredMinThroughputField() {
    return preferredMinThroughput;
  }

  /**
   * The {@code preferred_max_latency} property.
   *
   * <p>Empty when absent or null; {@link #preferredMaxLatencyField()} tells which.
   */
  public Optional<Double> preferredMaxLatency() {
    return preferredMaxLatency.toOptional();
  }

  /**
   * The {@code preferred_max_latency} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> preferredMaxLatencyField() {
    return preferredMaxLatency;
  }

  /**
   * The {@code min_throughput} property.
   *
   * <p>Empty when absent or null; {@link #minThroughputField()} tells which.
   */
  public Optional<Double> minThroughput() {
    return minThroughput.toOptional();
  }

  /**
   * The {@code min_throughput} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> minThroughputField() {
    return minThroughput;
  }

  /**
   * The {@code max_latency} property.
   *
   * <p>Empty when absent or null; {@link #maxLatencyField()} tells which.
   */
  public Optional<Double> maxLatency() {
    return maxLatency.toOptional();
  }

  /**
   * The {@code max_latency} property with its three states: absent, null, or a value.
   */
  public Nullable<Double> maxLatencyField() {
    return maxLatency;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationParamsProvider}.
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
    b.allowFallbacks = this.allowFallbacks;
    b.requireParameters = this.requireParameters;
    b.dataCollection = this.dataCollection;
    b.zdr = this.zdr;
    b.enforceDistillableText = this.enforceDistillableText;
    b.order = this.order.isPresent() ? Nullable.of(new ArrayList<>(this.order.get())) : this.order;
    b.only = this.only.isPresent() ? Nullable.of(new ArrayList<>(this.only.get())) : this.only;
    b.ignore = this.ignore.isPresent() ? Nullable.of(new ArrayList<>(this.ignore.get())) : this.ignore;
    b.quantizations = this.quantizations.isPresent() ? Nullable.of(new ArrayList<>(this.quantizations.get())) : this.quantizations;
    b.sort = this.sort;
    b.maxPrice = this.maxPrice;
    b.preferredMinThroughput = this.preferredMinThroughput;
    b.preferredMaxLatency = this.preferredMaxLatency;
    b.minThroughput = this.minThroughput;
    b.maxLatency = this.maxLatency;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationParamsProvider that)) {
      return false;
    }
    return Objects.equals(allowFallbacks, that.allowFallbacks)
            && Objects.equals(requireParameters, that.requireParameters)
            && Objects.equals(dataCollection, that.dataCollection)
            && Objects.equals(zdr, that.zdr)
            && Objects.equals(enforceDistillableText, that.enforceDistillableText)
            && Objects.equals(order, that.order)
            && Objects.equals(only, that.only)
            && Objects.equals(ignore, that.ignore)
            && Objects.equals(quantizations, that.quantizations)
            && Objects.equals(sort, that.sort)
            && Objects.equals(maxPrice, that.maxPrice)
            && Objects.equals(preferredMinThroughput, that.preferredMinThroughput)
            && Objects.equals(preferredMaxLatency, that.preferredMaxLatency)
            && Objects.equals(minThroughput, that.minThroughput)
            && Objects.equals(maxLatency, that.maxLatency)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowFallbacks, requireParameters, dataCollection, zdr, enforceDistillableText, order, only, ignore, quantizations, sort, maxPrice, preferredMinThroughput, preferredMaxLatency, minThroughput, maxLatency, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationParamsProvider", additionalProperties,
        "allowFallbacks", allowFallbacks, "requireParameters", requireParameters,
        "dataCollection", dataCollection, "zdr", zdr,
        "enforceDistillableText", enforceDistillableText, "order", order, "only", only,
        "ignore", ignore, "quantizations", quantizations, "sort", sort, "maxPrice", maxPrice,
        "preferredMinThroughput", preferredMinThroughput,
        "preferredMaxLatency", preferredMaxLatency, "minThroughput", minThroughput,
        "maxLatency", maxLatency);
  }

  /**
   * Builds {@link ChatGenerationParamsProvider}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<Boolean> allowFallbacks = Nullable.absent();

    private Nullable<Boolean> requireParameters = Nullable.absent();

    private Nullable<ChatGenerationParamsProviderDataCollection> dataCollection = Nullable.absent();

    private Nullable<Boolean> zdr = Nullable.absent();

    private Nullable<Boolean> enforceDistillableText = Nullable.absent();

    private Nullable<List<ProviderName>> order = Nullable.absent();

    private Nullable<List<ProviderName>> only = Nullable.absent();

    private Nullable<List<ProviderName>> ignore = Nullable.absent();

    private Nullable<List<Quantization>> quantizations = Nullable.absent();

    private Nullable<ProviderSortUnion> sort = Nullable.absent();

    private ChatGenerationParamsProviderMaxPrice maxPrice;

    private Nullable<Double> preferredMinThroughput = Nullable.absent();

    private Nullable<Double> preferredMaxLatency = Nullable.absent();

    private Nullable<Double> minThroughput = Nullable.absent();

    private Nullable<Double> maxLatency = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("allow_fallbacks")
    private Builder jsonAllowFallbacks(Boolean value) {
      this.allowFallbacks = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to allow backup providers to serve requests
     * - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next best provider.
     * - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
     *
     * @param allowFallbacks the value, or {@code null} to send an explicit null
     */
    public Builder allowFallbacks(Boolean allowFallbacks) {
      this.allowFallbacks = allowFallbacks == null ? Nullable.ofNull() : Nullable.of(allowFallbacks);
      return this;
    }

    /**
     * Sets {@code allow_fallbacks}, from a primitive {@code boolean}.
     */
    public Builder allowFallbacks(boolean value) {
      return allowFallbacks(Boolean.valueOf(value));
    }

    @JsonProperty("require_parameters")
    private Builder jsonRequireParameters(Boolean value) {
      this.requireParameters = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Whether to filter providers to only those that support the parameters you've provided. If this setting is omitted or set to false, then providers will receive only the parameters they support, and ignore the rest.
     *
     * @param requireParameters the value, or {@code null} to send an explicit null
     */
    public Builder requireParameters(Boolean requireParameters) {
      this.requireParameters = requireParameters == null ? Nullable.ofNull() : Nullable.of(requireParameters);
      return this;
    }

    /**
     * Sets {@code require_parameters}, from a primitive {@code boolean}.
     */
    public Builder requireParameters(boolean value) {
      return requireParameters(Boolean.valueOf(value));
    }

    @JsonProperty("data_collection")
    private Builder jsonDataCollection(ChatGenerationParamsProviderDataCollection value) {
      this.dataCollection = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Data collection setting. If no available model provider meets the requirement, your request will return an error.
     * - allow: (default) allow providers which store user data non-transiently and may train on it
     *
     * - deny: use only providers which do not collect user data.
     *
     * @param dataCollection the value, or {@code null} to send an explicit null
     */
    public Builder dataCollection(ChatGenerationParamsProviderDataCollection dataCollection) {
      this.dataCollection = dataCollection == null ? Nullable.ofNull() : Nullable.of(dataCollection);
      return this;
    }

    @JsonProperty("zdr")
    private Builder jsonZdr(Boolean value) {
      this.zdr = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code zdr}.
     *
     * @param zdr the value, or {@code null} to send an explicit null
     */
    public Builder zdr(Boolean zdr) {
      this.zdr = zdr == null ? Nullable.ofNull() : Nullable.of(zdr);
      return this;
    }

    /**
     * Sets {@code zdr}, from a primitive {@code boolean}.
     */
    public Builder zdr(boolean value) {
      return zdr(Boolean.valueOf(value));
    }

    @JsonProperty("enforce_distillable_text")
    private Builder jsonEnforceDistillableText(Boolean value) {
      this.enforceDistillableText = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code enforce_distillable_text}.
     *
     * @param enforceDistillableText the value, or {@code null} to send an explicit null
     */
    public Builder enforceDistillableText(Boolean enforceDistillableText) {
      this.enforceDistillableText = enforceDistillableText == null ? Nullable.ofNull() : Nullable.of(enforceDistillableText);
      return this;
    }

    /**
     * Sets {@code enforce_distillable_text}, from a primitive {@code boolean}.
     */
    public Builder enforceDistillableText(boolean value) {
      return enforceDistillableText(Boolean.valueOf(value));
    }

    @JsonProperty("order")
    private Builder jsonOrder(List<ProviderName> value) {
      this.order = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * An ordered list of provider slugs. The router will attempt to use the first provider in the subset of this list that supports your requested model, and fall back to the next if it is unavailable. If no providers are available, the request will fail with an error message.
     *
     * @param order the value, or {@code null} to send an explicit null
     */
    public Builder order(List<ProviderName> order) {
      this.order = order == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(order));
      return this;
    }

    /**
     * Adds one element to {@code order}.
     */
    public Builder addOrderItem(ProviderName element) {
      List<ProviderName> list = order.isPresent() ? order.get() : new ArrayList<>();
      list.add(element);
      this.order = Nullable.of(list);
      return this;
    }

    @JsonProperty("only")
    private Builder jsonOnly(List<ProviderName> value) {
      this.only = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * List of provider slugs to allow. If provided, this list is merged with your account-wide allowed provider settings for this request.
     *
     * @param only the value, or {@code null} to send an explicit null
     */
    public Builder only(List<ProviderName> only) {
      this.only = only == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(only));
      return this;
    }

    /**
     * Adds one element to {@code only}.
     */
    public Builder addOnlyItem(ProviderName element) {
      List<ProviderName> list = only.isPresent() ? only.get() : new ArrayList<>();
      list.add(element);
      this.only = Nullable.of(list);
      return this;
    }

    @JsonProperty("ignore")
    private Builder jsonIgnore(List<ProviderName> value) {
      this.ignore = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * List of provider slugs to ignore. If provided, this list is merged with your account-wide ignored provider settings for this request.
     *
     * @param ignore the value, or {@code null} to send an explicit null
     */
    public Builder ignore(List<ProviderName> ignore) {
      this.ignore = ignore == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(ignore));
      return this;
    }

    /**
     * Adds one element to {@code ignore}.
     */
    public Builder addIgnoreItem(ProviderName element) {
      List<ProviderName> list = ignore.isPresent() ? ignore.get() : new ArrayList<>();
      list.add(element);
      this.ignore = Nullable.of(list);
      return this;
    }

    @JsonProperty("quantizations")
    private Builder jsonQuantizations(List<Quantization> value) {
      this.quantizations = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * A list of quantization levels to filter the provider by.
     *
     * @param quantizations the value, or {@code null} to send an explicit null
     */
    public Builder quantizations(List<Quantization> quantizations) {
      this.quantizations = quantizations == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(quantizations));
      return this;
    }

    /**
     * Adds one element to {@code quantizations}.
     */
    public Builder addQuantization(Quantization element) {
      List<Quantization> list = quantizations.isPresent() ? quantizations.get() : new ArrayList<>();
      list.add(element);
      this.quantizations = Nullable.of(list);
      return this;
    }

    @JsonProperty("sort")
    private Builder jsonSort(ProviderSortUnion value) {
      this.sort = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * The sorting strategy to use for this request, if "order" is not specified. When set, no load balancing is performed.
     *
     * @param sort the value, or {@code null} to send an explicit null
     */
    public Builder sort(ProviderSortUnion sort) {
      this.sort = sort == null ? Nullable.ofNull() : Nullable.of(sort);
      return this;
    }

    @JsonProperty("max_price")
    private Builder jsonMaxPrice(ChatGenerationParamsProviderMaxPrice value) {
      this.maxPrice = value;
      return this;
    }

    /**
     * The object specifying the maximum price you want to pay for this request. USD price per million tokens, for prompt and completion.
     */
    public Builder maxPrice(ChatGenerationParamsProviderMaxPrice maxPrice) {
      Objects.requireNonNull(maxPrice, "maxPrice");
      this.maxPrice = maxPrice;
      return this;
    }

    @JsonProperty("preferred_min_throughput")
    private Builder jsonPreferredMinThroughput(Double value) {
      this.preferredMinThroughput = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code preferred_min_throughput}.
     *
     * @param preferredMinThroughput the value, or {@code null} to send an explicit null
     */
    public Builder preferredMinThroughput(Double preferredMinThroughput) {
      this.preferredMinThroughput = preferredMinThroughput == null ? Nullable.ofNull() : Nullable.of(preferredMinThroughput);
      return this;
    }

    /**
     * Sets {@code preferred_min_throughput}, from a primitive {@code double}.
     */
    public Builder preferredMinThroughput(double value) {
      return preferredMinThroughput(Double.valueOf(value));
    }

    @JsonProperty("preferred_max_latency")
    private Builder jsonPreferredMaxLatency(Double value) {
      this.preferredMaxLatency = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code preferred_max_latency}.
     *
     * @param preferredMaxLatency the value, or {@code null} to send an explicit null
     */
    public Builder preferredMaxLatency(Double preferredMaxLatency) {
      this.preferredMaxLatency = preferredMaxLatency == null ? Nullable.ofNull() : Nullable.of(preferredMaxLatency);
      return this;
    }

    /**
     * Sets {@code preferred_max_latency}, from a primitive {@code double}.
     */
    public Builder preferredMaxLatency(double value) {
      return preferredMaxLatency(Double.valueOf(value));
    }

    @JsonProperty("min_throughput")
    private Builder jsonMinThroughput(Double value) {
      this.minThroughput = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code min_throughput}.
     *
     * @param minThroughput the value, or {@code null} to send an explicit null
     */
    public Builder minThroughput(Double minThroughput) {
      this.minThroughput = minThroughput == null ? Nullable.ofNull() : Nullable.of(minThroughput);
      return this;
    }

    /**
     * Sets {@code min_throughput}, from a primitive {@code double}.
     */
    public Builder minThroughput(double value) {
      return minThroughput(Double.valueOf(value));
    }

    @JsonProperty("max_latency")
    private Builder jsonMaxLatency(Double value) {
      this.maxLatency = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code max_latency}.
     *
     * @param maxLatency the value, or {@code null} to send an explicit null
     */
    public Builder maxLatency(Double maxLatency) {
      this.maxLatency = maxLatency == null ? Nullable.ofNull() : Nullable.of(maxLatency);
      return this;
    }

    /**
     * Sets {@code max_latency}, from a primitive {@code double}.
     */
    public Builder maxLatency(double value) {
      return maxLatency(Double.valueOf(value));
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
    public ChatGenerationParamsProvider build() {
      return new ChatGenerationParamsProvider(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationParamsProvider buildFromJson() {
      return new ChatGenerationParamsProvider(this);
    }

    /**
     * Reads {@link ChatGenerationParamsProvider} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationParamsProvider> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationParamsProvider.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("allow_fallbacks", Boolean.class, Builder::jsonAllowFallbacks),
              property("require_parameters", Boolean.class, Builder::jsonRequireParameters),
              property("data_collection", ChatGenerationParamsProviderDataCollection.class, Builder::jsonDataCollection),
              property("zdr", Boolean.class, Builder::jsonZdr),
              property("enforce_distillable_text", Boolean.class, Builder::jsonEnforceDistillableText),
              property("order", new TypeReference<List<ProviderName>>() { }, Builder::jsonOrder),
              property("only", new TypeReference<List<ProviderName>>() { }, Builder::jsonOnly),
              property("ignore", new TypeReference<List<ProviderName>>() { }, Builder::jsonIgnore),
              property("quantizations", new TypeReference<List<Quantization>>() { }, Builder::jsonQuantizations),
              property("sort", ProviderSortUnion.class, Builder::jsonSort),
              property("max_price", ChatGenerationParamsProviderMaxPrice.class, Builder::jsonMaxPrice),
              property("preferred_min_throughput", Double.class, Builder::jsonPreferredMinThroughput),
              property("preferred_max_latency", Double.class, Builder::jsonPreferredMaxLatency),
              property("min_throughput", Double.class, Builder::jsonMinThroughput),
              property("max_latency", Double.class, Builder::jsonMaxLatency)));
      }
    }
  }
}
