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
 * One server-sent event of a streamed CompletionResponse (derived: the document defines none).
 */
@JsonDeserialize(
    using = CompletionChunk.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionChunk {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("object")
  private final String object;

  @JsonProperty("created")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double created;

  @JsonProperty("model")
  private final String model;

  @JsonProperty("provider")
  private final String provider;

  @JsonProperty("system_fingerprint")
  private final String systemFingerprint;

  @JsonProperty("choices")
  private final List<Choice> choices;

  @JsonProperty("usage")
  private final CompletionUsage usage;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionChunk(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.created = b.created;
    this.model = b.model;
    this.provider = b.provider;
    this.systemFingerprint = b.systemFingerprint;
    this.choices = b.choices == null ? null : Collections.unmodifiableList(new ArrayList<>(b.choices));
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
   * The {@code object} property.
   */
  public Optional<String> object() {
    return Optional.ofNullable(object);
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
   * The {@code provider} property.
   */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /**
   * The {@code system_fingerprint} property.
   */
  public Optional<String> systemFingerprint() {
    return Optional.ofNullable(systemFingerprint);
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
  public Optional<CompletionUsage> usage() {
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
   * A builder for a new {@link CompletionChunk}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.object = "text_completion";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = this.id;
    b.object = this.object;
    b.created = this.created;
    b.model = this.model;
    b.provider = this.provider;
    b.systemFingerprint = this.systemFingerprint;
    b.choices = this.choices == null ? null : new ArrayList<>(this.choices);
    b.usage = this.usage;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionChunk that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(object, that.object)
            && Objects.equals(created, that.created)
            && Objects.equals(model, that.model)
            && Objects.equals(provider, that.provider)
            && Objects.equals(systemFingerprint, that.systemFingerprint)
            && Objects.equals(choices, that.choices)
            && Objects.equals(usage, that.usage)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, object, created, model, provider, systemFingerprint, choices, usage, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionChunk", additionalProperties, "id", id, "object", object,
        "created", created, "model", model, "provider", provider,
        "systemFingerprint", systemFingerprint, "choices", choices, "usage", usage);
  }

  /**
   * Builds {@link CompletionChunk}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private String object;

    private Double created;

    private String model;

    private String provider;

    private String systemFingerprint;

    private List<Choice> choices;

    private CompletionUsage usage;

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

    @JsonProperty("object")
    private Builder jsonObject(String value) {
      this.object = value;
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

    @JsonProperty("provider")
    private Builder jsonProvider(String value) {
      this.provider = value;
      return this;
    }

    /**
     * Sets {@code provider}.
     */
    public Builder provider(String provider) {
      Objects.requireNonNull(provider, "provider");
      this.provider = provider;
      return this;
    }

    @JsonProperty("system_fingerprint")
    private Builder jsonSystemFingerprint(String value) {
      this.systemFingerprint = value;
      return this;
    }

    /**
     * Sets {@code system_fingerprint}.
     */
    public Builder systemFingerprint(String systemFingerprint) {
      Objects.requireNonNull(systemFingerprint, "systemFingerprint");
      this.systemFingerprint = systemFingerprint;
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
    private Builder jsonUsage(CompletionUsage value) {
      this.usage = value;
      return this;
    }

    /**
     * Sets {@code usage}.
     */
    public Builder usage(CompletionUsage usage) {
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
    public CompletionChunk build() {
      return new CompletionChunk(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionChunk buildFromJson() {
      return new CompletionChunk(this);
    }

    /**
     * Reads {@link CompletionChunk} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionChunk> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionChunk.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("object", String.class, Builder::jsonObject),
              property("created", Double.class, Builder::jsonCreated),
              property("model", String.class, Builder::jsonModel),
              property("provider", String.class, Builder::jsonProvider),
              property("system_fingerprint", String.class, Builder::jsonSystemFingerprint),
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices),
              property("usage", CompletionUsage.class, Builder::jsonUsage)));
      }
    }
  }

  /**
   * The {@code CompletionChunkChoice} object of the API.
   */
  @JsonDeserialize(
      using = Choice.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Choice {
    @JsonProperty("text")
    private final String text;

    @JsonProperty("index")
    @JsonSerialize(
        using = IntegralDoubleSerializer.class
    )
    private final Double index;

    @JsonProperty("logprobs")
    private final Nullable<CompletionLogprobs> logprobs;

    @JsonProperty("finish_reason")
    private final Nullable<CompletionFinishReason> finishReason;

    @JsonProperty("native_finish_reason")
    private final String nativeFinishReason;

    @JsonProperty("reasoning")
    private final Nullable<String> reasoning;

    private final Map<String, JsonNode> additionalProperties;

    private Choice(Builder b) {
      this.text = b.text;
      this.index = b.index;
      this.logprobs = b.logprobs;
      this.finishReason = b.finishReason;
      this.nativeFinishReason = b.nativeFinishReason;
      this.reasoning = b.reasoning;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code text} property.
     */
    public Optional<String> text() {
      return Optional.ofNullable(text);
    }

    /**
     * The {@code index} property.
     */
    public Optional<Double> index() {
      return Optional.ofNullable(index);
    }

    /**
     * The {@code logprobs} property.
     *
     * <p>Empty when absent or null; {@link #logprobsField()} tells which.
     */
    public Optional<CompletionLogprobs> logprobs() {
      return logprobs.toOptional();
    }

    /**
     * The {@code logprobs} property with its three states: absent, null, or a value.
     */
    public Nullable<CompletionLogprobs> logprobsField() {
      return logprobs;
    }

    /**
     * The {@code finish_reason} property.
     *
     * <p>Empty when absent or null; {@link #finishReasonField()} tells which.
     */
    public Optional<CompletionFinishReason> finishReason() {
      return finishReason.toOptional();
    }

    /**
     * The {@code finish_reason} property with its three states: absent, null, or a value.
     */
    public Nullable<CompletionFinishReason> finishReasonField() {
      return finishReason;
    }

    /**
     * The {@code native_finish_reason} property.
     */
    public Optional<String> nativeFinishReason() {
      return Optional.ofNullable(nativeFinishReason);
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
      b.text = this.text;
      b.index = this.index;
      b.logprobs = this.logprobs;
      b.finishReason = this.finishReason;
      b.nativeFinishReason = this.nativeFinishReason;
      b.reasoning = this.reasoning;
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
      return Objects.equals(text, that.text)
              && Objects.equals(index, that.index)
              && Objects.equals(logprobs, that.logprobs)
              && Objects.equals(finishReason, that.finishReason)
              && Objects.equals(nativeFinishReason, that.nativeFinishReason)
              && Objects.equals(reasoning, that.reasoning)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(text, index, logprobs, finishReason, nativeFinishReason, reasoning, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Choice", additionalProperties, "text", text, "index", index,
          "logprobs", logprobs, "finishReason", finishReason,
          "nativeFinishReason", nativeFinishReason, "reasoning", reasoning);
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
      private String text;

      private Double index;

      private Nullable<CompletionLogprobs> logprobs = Nullable.absent();

      private Nullable<CompletionFinishReason> finishReason = Nullable.absent();

      private String nativeFinishReason;

      private Nullable<String> reasoning = Nullable.absent();

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("text")
      private Builder jsonText(String value) {
        this.text = value;
        return this;
      }

      /**
       * Sets {@code text}.
       */
      public Builder text(String text) {
        Objects.requireNonNull(text, "text");
        this.text = text;
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

      @JsonProperty("logprobs")
      private Builder jsonLogprobs(CompletionLogprobs value) {
        this.logprobs = value == null ? Nullable.ofNull() : Nullable.of(value);
        return this;
      }

      /**
       * Sets {@code logprobs}.
       *
       * @param logprobs the value, or {@code null} to send an explicit null
       */
      public Builder logprobs(CompletionLogprobs logprobs) {
        this.logprobs = logprobs == null ? Nullable.ofNull() : Nullable.of(logprobs);
        return this;
      }

      @JsonProperty("finish_reason")
      private Builder jsonFinishReason(CompletionFinishReason value) {
        this.finishReason = value == null ? Nullable.ofNull() : Nullable.of(value);
        return this;
      }

      /**
       * Sets {@code finish_reason}.
       *
       * @param finishReason the value, or {@code null} to send an explicit null
       */
      public Builder finishReason(CompletionFinishReason finishReason) {
        this.finishReason = finishReason == null ? Nullable.ofNull() : Nullable.of(finishReason);
        return this;
      }

      @JsonProperty("native_finish_reason")
      private Builder jsonNativeFinishReason(String value) {
        this.nativeFinishReason = value;
        return this;
      }

      /**
       * Sets {@code native_finish_reason}.
       */
      public Builder nativeFinishReason(String nativeFinishReason) {
        Objects.requireNonNull(nativeFinishReason, "nativeFinishReason");
        this.nativeFinishReason = nativeFinishReason;
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
                property("text", String.class, Builder::jsonText),
                property("index", Double.class, Builder::jsonIndex),
                property("logprobs", CompletionLogprobs.class, Builder::jsonLogprobs),
                property("finish_reason", CompletionFinishReason.class, Builder::jsonFinishReason),
                property("native_finish_reason", String.class, Builder::jsonNativeFinishReason),
                property("reasoning", String.class, Builder::jsonReasoning)));
        }
      }
    }
  }
}
