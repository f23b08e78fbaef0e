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
 * The {@code NamedToolChoiceFunction} object of the API.
 */
@JsonDeserialize(
    using = NamedToolChoiceFunction.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class NamedToolChoiceFunction {
  @JsonProperty("name")
  private final String name;

  private final Map<String, JsonNode> additionalProperties;

  private NamedToolChoiceFunction(Builder b) {
    this.name = b.name;
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
      throw new IllegalStateException("NamedToolChoiceFunction.name is required, but the response did not contain 'name'");
    }
    return name;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link NamedToolChoiceFunction}.
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
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NamedToolChoiceFunction that)) {
      return false;
    }
    return Objects.equals(name, that.name)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("NamedToolChoiceFunction", additionalProperties, "name", name);
  }

  /**
   * Builds {@link NamedToolChoiceFunction}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String name;

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
    public NamedToolChoiceFunction build() {
      if (name == null) {
        throw new IllegalStateException("NamedToolChoiceFunction.name is required but was not set");
      }
      return new NamedToolChoiceFunction(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private NamedToolChoiceFunction buildFromJson() {
      return new NamedToolChoiceFunction(this);
    }

    /**
     * Reads {@link NamedToolChoiceFunction} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, NamedToolChoiceFunction> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(NamedToolChoiceFunction.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("name", String.class, Builder::jsonName)));
      }
    }
  }
}
