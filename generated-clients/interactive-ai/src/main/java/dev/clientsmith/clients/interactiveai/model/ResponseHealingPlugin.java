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
import java.util.Optional;

/**
 * The {@code ResponseHealingPlugin} object of the API.
 */
@JsonDeserialize(
    using = ResponseHealingPlugin.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ResponseHealingPlugin {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("enabled")
  private final Boolean enabled;

  private final Map<String, JsonNode> additionalProperties;

  private ResponseHealingPlugin(Builder b) {
    this.id = b.id;
    this.enabled = b.enabled;
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
      throw new IllegalStateException("ResponseHealingPlugin.id is required, but the response did not contain 'id'");
    }
    return id;
  }

  /**
   * The {@code enabled} property.
   */
  public Optional<Boolean> enabled() {
    return Optional.ofNullable(enabled);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ResponseHealingPlugin}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.id = "response-healing";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = this.id;
    b.enabled = this.enabled;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResponseHealingPlugin that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(enabled, that.enabled)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, enabled, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ResponseHealingPlugin", additionalProperties, "id", id,
        "enabled", enabled);
  }

  /**
   * Builds {@link ResponseHealingPlugin}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private Boolean enabled;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("id")
    private Builder jsonId(String value) {
      this.id = value;
      return this;
    }

    @JsonProperty("enabled")
    private Builder jsonEnabled(Boolean value) {
      this.enabled = value;
      return this;
    }

    /**
     * Sets {@code enabled}.
     */
    public Builder enabled(Boolean enabled) {
      Objects.requireNonNull(enabled, "enabled");
      this.enabled = enabled;
      return this;
    }

    /**
     * Sets {@code enabled}, from a primitive {@code boolean}.
     */
    public Builder enabled(boolean value) {
      return enabled(Boolean.valueOf(value));
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
    public ResponseHealingPlugin build() {
      if (id == null) {
        throw new IllegalStateException("ResponseHealingPlugin.id is required but was not set");
      }
      return new ResponseHealingPlugin(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ResponseHealingPlugin buildFromJson() {
      return new ResponseHealingPlugin(this);
    }

    /**
     * Reads {@link ResponseHealingPlugin} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ResponseHealingPlugin> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ResponseHealingPlugin.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("enabled", Boolean.class, Builder::jsonEnabled)));
      }
    }
  }
}
