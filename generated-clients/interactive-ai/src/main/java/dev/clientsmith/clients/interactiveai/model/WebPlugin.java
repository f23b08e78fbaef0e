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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code WebPlugin} object of the API.
 */
@JsonDeserialize(
    using = WebPlugin.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class WebPlugin {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("enabled")
  private final Boolean enabled;

  @JsonProperty("max_results")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double maxResults;

  @JsonProperty("search_prompt")
  private final String searchPrompt;

  @JsonProperty("engine")
  private final WebPluginEngine engine;

  private final Map<String, JsonNode> additionalProperties;

  private WebPlugin(Builder b) {
    this.id = b.id;
    this.enabled = b.enabled;
    this.maxResults = b.maxResults;
    this.searchPrompt = b.searchPrompt;
    this.engine = b.engine;
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
      throw new IllegalStateException("WebPlugin.id is required, but the response did not contain 'id'");
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
   * The {@code max_results} property.
   */
  public Optional<Double> maxResults() {
    return Optional.ofNullable(maxResults);
  }

  /**
   * The {@code search_prompt} property.
   */
  public Optional<String> searchPrompt() {
    return Optional.ofNullable(searchPrompt);
  }

  /**
   * The {@code engine} property.
   */
  public Optional<WebPluginEngine> engine() {
    return Optional.ofNullable(engine);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link WebPlugin}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.id = "web";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = this.id;
    b.enabled = this.enabled;
    b.maxResults = this.maxResults;
    b.searchPrompt = this.searchPrompt;
    b.engine = this.engine;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WebPlugin that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(enabled, that.enabled)
            && Objects.equals(maxResults, that.maxResults)
            && Objects.equals(searchPrompt, that.searchPrompt)
            && Objects.equals(engine, that.engine)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, enabled, maxResults, searchPrompt, engine, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("WebPlugin", additionalProperties, "id", id, "enabled", enabled,
        "maxResults", maxResults, "searchPrompt", searchPrompt, "engine", engine);
  }

  /**
   * Builds {@link WebPlugin}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private Boolean enabled;

    private Double maxResults;

    private String searchPrompt;

    private WebPluginEngine engine;

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

    @JsonProperty("max_results")
    private Builder jsonMaxResults(Double value) {
      this.maxResults = value;
      return this;
    }

    /**
     * Sets {@code max_results}.
     */
    public Builder maxResults(Double maxResults) {
      Objects.requireNonNull(maxResults, "maxResults");
      this.maxResults = maxResults;
      return this;
    }

    /**
     * Sets {@code max_results}, from a primitive {@code double}.
     */
    public Builder maxResults(double value) {
      return maxResults(Double.valueOf(value));
    }

    @JsonProperty("search_prompt")
    private Builder jsonSearchPrompt(String value) {
      this.searchPrompt = value;
      return this;
    }

    /**
     * Sets {@code search_prompt}.
     */
    public Builder searchPrompt(String searchPrompt) {
      Objects.requireNonNull(searchPrompt, "searchPrompt");
      this.searchPrompt = searchPrompt;
      return this;
    }

    @JsonProperty("engine")
    private Builder jsonEngine(WebPluginEngine value) {
      this.engine = value;
      return this;
    }

    /**
     * Sets {@code engine}.
     */
    public Builder engine(WebPluginEngine engine) {
      Objects.requireNonNull(engine, "engine");
      this.engine = engine;
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
    public WebPlugin build() {
      if (id == null) {
        throw new IllegalStateException("WebPlugin.id is required but was not set");
      }
      return new WebPlugin(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private WebPlugin buildFromJson() {
      return new WebPlugin(this);
    }

    /**
     * Reads {@link WebPlugin} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, WebPlugin> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(WebPlugin.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("enabled", Boolean.class, Builder::jsonEnabled),
              property("max_results", Double.class, Builder::jsonMaxResults),
              property("search_prompt", String.class, Builder::jsonSearchPrompt),
              property("engine", WebPluginEngine.class, Builder::jsonEngine)));
      }
    }
  }
}
