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
 * The {@code ChatStreamOptions} object of the API.
 */
@JsonDeserialize(
    using = ChatStreamOptions.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatStreamOptions {
  @JsonProperty("include_usage")
  private final Boolean includeUsage;

  private final Map<String, JsonNode> additionalProperties;

  private ChatStreamOptions(Builder b) {
    this.includeUsage = b.includeUsage;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code include_usage} property.
   */
  public Optional<Boolean> includeUsage() {
    return Optional.ofNullable(includeUsage);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatStreamOptions}.
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
    if (!(other instanceof ChatStreamOptions that)) {
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
    return ModelStrings.of("ChatStreamOptions", additionalProperties, "includeUsage", includeUsage);
  }

  /**
   * Builds {@link ChatStreamOptions}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Boolean includeUsage;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("include_usage")
    private Builder jsonIncludeUsage(Boolean value) {
      this.includeUsage = value;
      return this;
    }

    /**
     * Sets {@code include_usage}.
     */
    public Builder includeUsage(Boolean includeUsage) {
      Objects.requireNonNull(includeUsage, "includeUsage");
      this.includeUsage = includeUsage;
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
    public ChatStreamOptions build() {
      return new ChatStreamOptions(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatStreamOptions buildFromJson() {
      return new ChatStreamOptions(this);
    }

    /**
     * Reads {@link ChatStreamOptions} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatStreamOptions> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatStreamOptions.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("include_usage", Boolean.class, Builder::jsonIncludeUsage)));
      }
    }
  }
}
