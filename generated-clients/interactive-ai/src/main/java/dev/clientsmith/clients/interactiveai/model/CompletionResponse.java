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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code CompletionResponse} object of the API.
 */
@JsonDeserialize(
    using = CompletionResponse.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionResponse {
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
  private final List<CompletionChoice> choices;

  @JsonProperty("usage")
  private final CompletionUsage usage;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionResponse(Builder b) {
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
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String id() {
    if (id == null) {
      throw new IllegalStateException("CompletionResponse.id is required, but the response did not contain 'id'");
    }
    return id;
  }

  /**
   * The {@code object} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String object() {
    if (object == null) {
      throw new IllegalStateException("CompletionResponse.object is required, but the response did not contain 'object'");
    }
    return object;
  }

  /**
   * The {@code created} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double created() {
    if (created == null) {
      throw new IllegalStateException("CompletionResponse.created is required, but the response did not contain 'created'");
    }
    return created;
  }

  /**
   * The {@code model} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String model() {
    if (model == null) {
      throw new IllegalStateException("CompletionResponse.model is required, but the response did not contain 'model'");
    }
    return model;
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
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<CompletionChoice> choices() {
    if (choices == null) {
      throw new IllegalStateException("CompletionResponse.choices is required, but the response did not contain 'choices'");
    }
    return choices;
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
   * A builder for a new {@link CompletionResponse}.
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
    if (!(other instanceof CompletionResponse that)) {
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
    return ModelStrings.of("CompletionResponse", additionalProperties, "id", id, "object", object,
        "created", created, "model", model, "provider", provider,
        "systemFingerprint", systemFingerprint, "choices", choices, "usage", usage);
  }

  /**
   * Builds {@link CompletionResponse}; {@link #build()} fails naming any required property that was not set.
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

    private List<CompletionChoice> choices;

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
    private Builder jsonChoices(List<CompletionChoice> value) {
      this.choices = value;
      return this;
    }

    /**
     * Sets {@code choices}.
     */
    public Builder choices(List<CompletionChoice> choices) {
      Objects.requireNonNull(choices, "choices");
      this.choices = new ArrayList<>(choices);
      return this;
    }

    /**
     * Adds one element to {@code choices}.
     */
    public Builder addChoice(CompletionChoice element) {
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
    public CompletionResponse build() {
      if (id == null) {
        throw new IllegalStateException("CompletionResponse.id is required but was not set");
      }
      if (object == null) {
        throw new IllegalStateException("CompletionResponse.object is required but was not set");
      }
      if (created == null) {
        throw new IllegalStateException("CompletionResponse.created is required but was not set");
      }
      if (model == null) {
        throw new IllegalStateException("CompletionResponse.model is required but was not set");
      }
      if (choices == null) {
        throw new IllegalStateException("CompletionResponse.choices is required but was not set");
      }
      return new CompletionResponse(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionResponse buildFromJson() {
      return new CompletionResponse(this);
    }

    /**
     * Reads {@link CompletionResponse} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionResponse> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionResponse.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("object", String.class, Builder::jsonObject),
              property("created", Double.class, Builder::jsonCreated),
              property("model", String.class, Builder::jsonModel),
              property("provider", String.class, Builder::jsonProvider),
              property("system_fingerprint", String.class, Builder::jsonSystemFingerprint),
              property("choices", new TypeReference<List<CompletionChoice>>() { }, Builder::jsonChoices),
              property("usage", CompletionUsage.class, Builder::jsonUsage)));
      }
    }
  }
}
