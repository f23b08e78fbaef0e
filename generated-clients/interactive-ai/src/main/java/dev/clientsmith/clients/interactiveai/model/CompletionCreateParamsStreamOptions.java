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
import dev.clientsmith.runtime.json.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code CompletionCreateParamsStreamOptions} object of the API.
 */
@JsonDeserialize(
    using = CompletionCreateParamsStreamOptions.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionCreateParamsStreamOptions {
  @JsonProperty("include_usage")
  private final Nullable<Boolean> includeUsage;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionCreateParamsStreamOptions(Builder b) {
    this.includeUsage = b.includeUsage;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code include_usage} property.
   *
   * <p>Empty when absent or null; {@link #includeUsageField()} tells which.
   */
  public Optional<Boolean> includeUsage() {
    return includeUsage.toOptional();
  }

  /**
   * The {@code include_usage} property with its three states: absent, null, or a value.
   */
  public Nullable<Boolean> includeUsageField() {
    return includeUsage;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link CompletionCreateParamsStreamOptions}.
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
    b.includeUsage = this.includeUsage;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompletionCreateParamsStreamOptions that)) {
      return false;
    }
    return Objects.equals(includeUsage, that.includeUsage)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(includeUsage, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("CompletionCreateParamsStreamOptions", additionalProperties,
        "includeUsage", includeUsage);
  }

  /**
   * Builds {@link CompletionCreateParamsStreamOptions}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<Boolean> includeUsage = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("include_usage")
    private Builder jsonIncludeUsage(Boolean value) {
      this.includeUsage = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code include_usage}.
     *
     * @param includeUsage the value, or {@code null} to send an explicit null
     */
    public Builder includeUsage(Boolean includeUsage) {
      this.includeUsage = includeUsage == null ? Nullable.ofNull() : Nullable.of(includeUsage);
      return this;
    }

    /**
     * Sets {@code include_usage}, from a primitive {@code boolean}.
     */
    public Builder includeUsage(boolean value) {
      return includeUsage(Boolean.valueOf(value));
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
    public CompletionCreateParamsStreamOptions build() {
      return new CompletionCreateParamsStreamOptions(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionCreateParamsStreamOptions buildFromJson() {
      return new CompletionCreateParamsStreamOptions(this);
    }

    /**
     * Reads {@link CompletionCreateParamsStreamOptions} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionCreateParamsStreamOptions> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionCreateParamsStreamOptions.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("include_usage", Boolean.class, Builder::jsonIncludeUsage)));
      }
    }
  }
}
