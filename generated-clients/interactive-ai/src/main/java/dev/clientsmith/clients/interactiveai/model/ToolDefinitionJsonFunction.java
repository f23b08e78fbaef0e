package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
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
 * The {@code ToolDefinitionJsonFunction} object of the API.
 */
@JsonDeserialize(
    using = ToolDefinitionJsonFunction.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ToolDefinitionJsonFunction {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("parameters")
  private final Map<String, JsonNode> parameters;

  @JsonProperty("strict")
  private final Nullable<Boolean> strict;

  private final Map<String, JsonNode> additionalProperties;

  private ToolDefinitionJsonFunction(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.parameters = b.parameters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    this.strict = b.strict;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code name} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String name() {
    if (name == null) {
      throw new IllegalStateException("ToolDefinitionJsonFunction.name is required, but the response did not contain 'name'");
    }
    return name;
  }

  /**
   * The {@code description} property.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The {@code parameters} property.
   *
   * <p>Empty when absent; {@link #parametersField()} tells which.
   */
  public Map<String, JsonNode> parameters() {
    return parameters != null ? parameters : Map.of();
  }

  /**
   * The {@code parameters} property, empty when absent (as opposed to present and empty).
   */
  public Optional<Map<String, JsonNode>> parametersField() {
    return Optional.ofNullable(parameters);
  }

  /**
   * The {@code strict} property.
   *
   * <p>Empty when absent or null; {@link #strictField()} tells which.
   */
  public Optional<Boolean> strict() {
    return strict.toOptional();
  }

  /**
   * The {@code strict} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> strictField() {
    return strict;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ToolDefinitionJsonFunction}.
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
    b.name = this.name;
    b.description = this.description;
    b.parameters = this.parameters == null ? null : new LinkedHashMap<>(this.parameters);
    b.strict = this.strict;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ToolDefinitionJsonFunction that)) {
      return false;
    }
    return Objects.equals(name, that.name)
            && Objects.equals(description, that.description)
            && Objects.equals(parameters, that.parameters)
            && Objects.equals(strict, that.strict)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, parameters, strict, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ToolDefinitionJsonFunction", additionalProperties, "name", name,
        "description", description, "parameters", parameters, "strict", strict);
  }

  /**
   * Builds {@link ToolDefinitionJsonFunction}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String name;

    private String description;

    private Map<String, JsonNode> parameters;

    private Nullable<Boolean> strict = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("name")
    private Builder jsonName(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code name}.
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      this.name = name;
      return this;
    }

    @JsonProperty("description")
    private Builder jsonDescription(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code description}.
     */
    public Builder description(String description) {
      Objects.requireNonNull(description, "description");
      this.description = description;
      return this;
    }

    @JsonProperty("parameters")
    private Builder jsonParameters(Map<String, JsonNode> value) {
      this.parameters = value;
      return this;
    }

    /**
     * Sets {@code parameters}.
     */
    public Builder parameters(Map<String, JsonNode> parameters) {
      Objects.requireNonNull(parameters, "parameters");
      this.parameters = new LinkedHashMap<>(parameters);
      return this;
    }

    /**
     * Puts one entry into {@code parameters}.
     */
    public Builder putParameters(String key, JsonNode value) {
      if (parameters == null) {
        parameters = new LinkedHashMap<>();
      }
      parameters.put(key, value);
      return this;
    }

    @JsonProperty("strict")
    private Builder jsonStrict(Boolean value) {
      this.strict = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code strict}.
     *
     * @param strict the value, or {@code null} to send an explicit null
     */
    public Builder strict(Boolean strict) {
      this.strict = strict == null ? Nullable.ofNull() : Nullable.of(strict);
      return this;
    }

    /**
     * Sets {@code strict}, from a primitive {@code boolean}.
     */
    public Builder strict(boolean value) {
      return strict(Boolean.valueOf(value));
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
    public ToolDefinitionJsonFunction build() {
      if (name == null) {
        throw new IllegalStateException("ToolDefinitionJsonFunction.name is required but was not set");
      }
      return new ToolDefinitionJsonFunction(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ToolDefinitionJsonFunction buildFromJson() {
      return new ToolDefinitionJsonFunction(this);
    }

    /**
     * Reads {@link ToolDefinitionJsonFunction} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ToolDefinitionJsonFunction> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ToolDefinitionJsonFunction.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("name", String.class, Builder::jsonName),
              property("description", String.class, Builder::jsonDescription),
              property("parameters", new TypeReference<Map<String, JsonNode>>() { }, Builder::jsonParameters),
              property("strict", Boolean.class, Builder::jsonStrict)));
      }
    }
  }
}
