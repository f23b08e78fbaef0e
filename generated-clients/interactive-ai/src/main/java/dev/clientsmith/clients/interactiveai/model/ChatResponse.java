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
 * The {@code ChatResponse} object of the API.
 */
@JsonDeserialize(
    using = ChatResponse.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatResponse {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("choices")
  private final List<ChatResponseChoice> choices;

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

  private ChatResponse(Builder b) {
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
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String id() {
    if (id == null) {
      throw new IllegalStateException("ChatResponse.id is required, but the response did not contain 'id'");
    }
    return id;
  }

  /**
   * The {@code choices} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public List<ChatResponseChoice> choices() {
    if (choices == null) {
      throw new IllegalStateException("ChatResponse.choices is required, but the response did not contain 'choices'");
    }
    return choices;
  }

  /**
   * The {@code created} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double created() {
    if (created == null) {
      throw new IllegalStateException("ChatResponse.created is required, but the response did not contain 'created'");
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
      throw new IllegalStateException("ChatResponse.model is required, but the response did not contain 'model'");
    }
    return model;
  }

  /**
   * The {@code object} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String object() {
    if (object == null) {
      throw new IllegalStateException("ChatResponse.object is required, but the response did not contain 'object'");
    }
    return object;
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
   * A builder for a new {@link ChatResponse}.
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
    if (!(other instanceof ChatResponse that)) {
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
    return ModelStrings.of("ChatResponse", additionalProperties, "id", id, "choices", choices,
        "created", created, "model", model, "object", object,
        "systemFingerprint", systemFingerprint, "usage", usage);
  }

  /**
   * Builds {@link ChatResponse}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private List<ChatResponseChoice> choices;

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
    private Builder jsonChoices(List<ChatResponseChoice> value) {
      this.choices = value;
      return this;
    }

    /**
     * Sets {@code choices}.
     */
    public Builder choices(List<ChatResponseChoice> choices) {
      Objects.requireNonNull(choices, "choices");
      this.choices = new ArrayList<>(choices);
      return this;
    }

    /**
     * Adds one element to {@code choices}.
     */
    public Builder addChoice(ChatResponseChoice element) {
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
    public ChatResponse build() {
      if (id == null) {
        throw new IllegalStateException("ChatResponse.id is required but was not set");
      }
      if (choices == null) {
        throw new IllegalStateException("ChatResponse.choices is required but was not set");
      }
      if (created == null) {
        throw new IllegalStateException("ChatResponse.created is required but was not set");
      }
      if (model == null) {
        throw new IllegalStateException("ChatResponse.model is required but was not set");
      }
      if (object == null) {
        throw new IllegalStateException("ChatResponse.object is required but was not set");
      }
      return new ChatResponse(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatResponse buildFromJson() {
      return new ChatResponse(this);
    }

    /**
     * Reads {@link ChatResponse} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatResponse> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatResponse.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("choices", new TypeReference<List<ChatResponseChoice>>() { }, Builder::jsonChoices),
              property("created", Double.class, Builder::jsonCreated),
              property("model", String.class, Builder::jsonModel),
              property("object", String.class, Builder::jsonObject),
              property("system_fingerprint", String.class, Builder::jsonSystemFingerprint),
              property("usage", ChatGenerationTokenUsage.class, Builder::jsonUsage)));
      }
    }
  }
}
