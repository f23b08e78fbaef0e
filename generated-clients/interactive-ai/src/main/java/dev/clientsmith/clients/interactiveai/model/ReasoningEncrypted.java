package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ReasoningEncrypted} object of the API.
 */
@JsonDeserialize(
    using = ReasoningEncrypted.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ReasoningEncrypted {
  @JsonProperty("type")
  private final String type;

  @JsonProperty("data")
  private final String data;

  @JsonProperty("id")
  private final Nullable<String> id;

  @JsonProperty("format")
  private final Nullable<ReasoningDetailFormat> format;

  @JsonProperty("index")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double index;

  private final Map<String, JsonNode> additionalProperties;

  private ReasoningEncrypted(Builder b) {
    this.type = b.type;
    this.data = b.data;
    this.id = b.id;
    this.format = b.format;
    this.index = b.index;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code type} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String type() {
    if (type == null) {
      throw new IllegalStateException("ReasoningEncrypted.type is required, but the response did not contain 'type'");
    }
    return type;
  }

  /**
   * The {@code data} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String data() {
    if (data == null) {
      throw new IllegalStateException("ReasoningEncrypted.data is required, but the response did not contain 'data'");
    }
    return data;
  }

  /**
   * The {@code id} property.
   *
   * <p>Empty when absent or null; {@link #idField()} tells which.
   */
  public Optional<String> id() {
    return id.toOptional();
  }

  /**
   * The {@code id} property with its three states: absent, null, or a value.
   */
  public Nullable<String> idField() {
    return id;
  }

  /**
   * The {@code format} property.
   *
   * <p>Empty when absent or null; {@link #formatField()} tells which.
   */
  public Optional<ReasoningDetailFormat> format() {
    return format.toOptional();
  }

  /**
   * The {@code format} property with its three states: absent, null, or a value.
   */
  public Nullable<ReasoningDetailFormat> formatField() {
    return format;
  }

  /**
   * The {@code index} property.
   */
  public Optional<Double> index() {
    return Optional.ofNullable(index);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ReasoningEncrypted}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.type = "reasoning.encrypted";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = this.type;
    b.data = this.data;
    b.id = this.id;
    b.format = this.format;
    b.index = this.index;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReasoningEncrypted that)) {
      return false;
    }
    return Objects.equals(type, that.type)
            && Objects.equals(data, that.data)
            && Objects.equals(id, that.id)
            && Objects.equals(format, that.format)
            && Objects.equals(index, that.index)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, data, id, format, index, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ReasoningEncrypted", additionalProperties, "type", type, "data", data,
        "id", id, "format", format, "index", index);
  }

  /**
   * Builds {@link ReasoningEncrypted}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String type;

    private String data;

    private Nullable<String> id = Nullable.absent();

    private Nullable<ReasoningDetailFormat> format = Nullable.absent();

    private Double index;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("type")
    private Builder jsonType(String value) {
      this.type = value;
      return this;
    }

    @JsonProperty("data")
    private Builder jsonData(String value) {
      this.data = value;
      return this;
    }

    /**
     * Sets {@code data}.
     */
    public Builder data(String data) {
      Objects.requireNonNull(data, "data");
      this.data = data;
      return this;
    }

    @JsonProperty("id")
    private Builder jsonId(String value) {
      this.id = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code id}.
     *
     * @param id the value, or {@code null} to send an explicit null
     */
    public Builder id(String id) {
      this.id = id == null ? Nullable.ofNull() : Nullable.of(id);
      return this;
    }

    @JsonProperty("format")
    private Builder jsonFormat(ReasoningDetailFormat value) {
      this.format = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code format}.
     *
     * @param format the value, or {@code null} to send an explicit null
     */
    public Builder format(ReasoningDetailFormat format) {
      this.format = format == null ? Nullable.ofNull() : Nullable.of(format);
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
    public ReasoningEncrypted build() {
      if (type == null) {
        throw new IllegalStateException("ReasoningEncrypted.type is required but was not set");
      }
      if (data == null) {
        throw new IllegalStateException("ReasoningEncrypted.data is required but was not set");
      }
      return new ReasoningEncrypted(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ReasoningEncrypted buildFromJson() {
      return new ReasoningEncrypted(this);
    }

    /**
     * Reads {@link ReasoningEncrypted} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ReasoningEncrypted> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ReasoningEncrypted.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("type", String.class, Builder::jsonType),
              property("data", String.class, Builder::jsonData),
              property("id", String.class, Builder::jsonId),
              property("format", ReasoningDetailFormat.class, Builder::jsonFormat),
              property("index", Double.class, Builder::jsonIndex)));
      }
    }
  }
}
