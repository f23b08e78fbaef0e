package dev.clientsmith.clients.jylo.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.json.ExplicitJson;
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
 * The {@code ResponseFormat} object of the API.
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = ResponseFormat.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ResponseFormat {
  @JsonProperty("type")
  private final Nullable<String> type;

  @JsonProperty("schema")
  private final Nullable<String> schema;

  private final Map<String, JsonNode> additionalProperties;

  private ResponseFormat(Builder b) {
    this.type = b.type;
    this.schema = b.schema;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code type} property.
   *
   * <p>Empty when absent or null; {@link #typeField()} tells which.
   */
  public Optional<String> type() {
    return type.toOptional();
  }

  /**
   * The {@code type} property with its three states: absent, null, or a value.
   */
  public Nullable<String> typeField() {
    return type;
  }

  /**
   * The {@code schema} property.
   *
   * <p>Empty when absent or null; {@link #schemaField()} tells which.
   */
  public Optional<String> schema() {
    return schema.toOptional();
  }

  /**
   * The {@code schema} property with its three states: absent, null, or a value.
   */
  public Nullable<String> schemaField() {
    return schema;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ResponseFormat}.
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
    b.type = this.type;
    b.schema = this.schema;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResponseFormat that)) {
      return false;
    }
    return Objects.equals(type, that.type)
            && Objects.equals(schema, that.schema)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, schema, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ResponseFormat", additionalProperties, "type", type, "schema", schema);
  }

  /**
   * Builds {@link ResponseFormat}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<String> type = Nullable.absent();

    private Nullable<String> schema = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("type")
    private Builder jsonType(String value) {
      this.type = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type the value, or {@code null} to send an explicit null
     */
    public Builder type(String type) {
      this.type = type == null ? Nullable.ofNull() : Nullable.of(type);
      return this;
    }

    @JsonProperty("schema")
    private Builder jsonSchema(String value) {
      this.schema = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code schema}.
     *
     * @param schema the value, or {@code null} to send an explicit null
     */
    public Builder schema(String schema) {
      this.schema = schema == null ? Nullable.ofNull() : Nullable.of(schema);
      return this;
    }

    @JsonAnySetter
    private Builder jsonAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * The immutable object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public ResponseFormat build() {
      if (type.isAbsent()) {
        throw new IllegalStateException("ResponseFormat.type is required but was not set (set it to a value, or to null)");
      }
      return new ResponseFormat(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ResponseFormat buildFromJson() {
      return new ResponseFormat(this);
    }

    /**
     * Reads {@link ResponseFormat} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ResponseFormat> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ResponseFormat.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("type", String.class, Builder::jsonType),
              property("schema", String.class, Builder::jsonSchema)));
      }
    }
  }
}
