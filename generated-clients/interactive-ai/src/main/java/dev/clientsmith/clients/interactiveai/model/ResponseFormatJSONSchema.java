package dev.clientsmith.clients.interactiveai.model;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ResponseFormatJSONSchema} object of the API.
 */
@JsonDeserialize(
    using = ResponseFormatJSONSchema.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ResponseFormatJSONSchema {
  @JsonProperty("type")
  private final String type;

  @JsonProperty("json_schema")
  private final JSONSchemaConfig jsonSchema;

  private final Map<String, JsonNode> additionalProperties;

  private ResponseFormatJSONSchema(Builder b) {
    this.type = b.type;
    this.jsonSchema = b.jsonSchema;
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
      throw new IllegalStateException("ResponseFormatJSONSchema.type is required, but the response did not contain 'type'");
    }
    return type;
  }

  /**
   * The {@code json_schema} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public JSONSchemaConfig jsonSchema() {
    if (jsonSchema == null) {
      throw new IllegalStateException("ResponseFormatJSONSchema.jsonSchema is required, but the response did not contain 'json_schema'");
    }
    return jsonSchema;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ResponseFormatJSONSchema}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.type = "json_schema";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = this.type;
    b.jsonSchema = this.jsonSchema;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResponseFormatJSONSchema that)) {
      return false;
    }
    return Objects.equals(type, that.type)
            && Objects.equals(jsonSchema, that.jsonSchema)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, jsonSchema, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ResponseFormatJSONSchema", additionalProperties, "type", type,
        "jsonSchema", jsonSchema);
  }

  /**
   * Builds {@link ResponseFormatJSONSchema}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String type;

    private JSONSchemaConfig jsonSchema;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("type")
    private Builder jsonType(String value) {
      this.type = value;
      return this;
    }

    @JsonProperty("json_schema")
    private Builder jsonJsonSchema(JSONSchemaConfig value) {
      this.jsonSchema = value;
      return this;
    }

    /**
     * Sets {@code json_schema}.
     */
    public Builder jsonSchema(JSONSchemaConfig jsonSchema) {
      Objects.requireNonNull(jsonSchema, "jsonSchema");
      this.jsonSchema = jsonSchema;
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
    public ResponseFormatJSONSchema build() {
      if (type == null) {
        throw new IllegalStateException("ResponseFormatJSONSchema.type is required but was not set");
      }
      if (jsonSchema == null) {
        throw new IllegalStateException("ResponseFormatJSONSchema.jsonSchema is required but was not set");
      }
      return new ResponseFormatJSONSchema(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ResponseFormatJSONSchema buildFromJson() {
      return new ResponseFormatJSONSchema(this);
    }

    /**
     * Reads {@link ResponseFormatJSONSchema} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ResponseFormatJSONSchema> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ResponseFormatJSONSchema.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("type", String.class, Builder::jsonType),
              property("json_schema", JSONSchemaConfig.class, Builder::jsonJsonSchema)));
      }
    }
  }
}
