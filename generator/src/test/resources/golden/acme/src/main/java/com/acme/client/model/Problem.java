package com.acme.client.model;

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
 * The {@code Problem} object of the API.
 */
@JsonDeserialize(
    using = Problem.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Problem {
  @JsonProperty("title")
  private final String title;

  @JsonProperty("status")
  private final Long status;

  private final Map<String, JsonNode> additionalProperties;

  private Problem(Builder b) {
    this.title = b.title;
    this.status = b.status;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code title} property.
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * The {@code status} property.
   */
  public Optional<Long> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link Problem}.
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
    b.title = this.title;
    b.status = this.status;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Problem that)) {
      return false;
    }
    return Objects.equals(title, that.title)
            && Objects.equals(status, that.status)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, status, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("Problem", additionalProperties, "title", title, "status", status);
  }

  /**
   * Builds {@link Problem}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String title;

    private Long status;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("title")
    private Builder jsonTitle(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code title}.
     */
    public Builder title(String title) {
      Objects.requireNonNull(title, "title");
      this.title = title;
      return this;
    }

    @JsonProperty("status")
    private Builder jsonStatus(Long value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code status}.
     */
    public Builder status(Long status) {
      Objects.requireNonNull(status, "status");
      this.status = status;
      return this;
    }

    /**
     * Sets {@code status}, from a primitive {@code long}.
     */
    public Builder status(long value) {
      return status(Long.valueOf(value));
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
    public Problem build() {
      return new Problem(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private Problem buildFromJson() {
      return new Problem(this);
    }

    /**
     * Reads {@link Problem} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, Problem> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Problem.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("title", String.class, Builder::jsonTitle),
              property("status", Long.class, Builder::jsonStatus)));
      }
    }
  }
}
