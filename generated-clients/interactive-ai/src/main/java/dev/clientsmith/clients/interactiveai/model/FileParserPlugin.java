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
 * The {@code FileParserPlugin} object of the API.
 */
@JsonDeserialize(
    using = FileParserPlugin.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class FileParserPlugin {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("enabled")
  private final Boolean enabled;

  @JsonProperty("pdf")
  private final FileParserPluginPdf pdf;

  private final Map<String, JsonNode> additionalProperties;

  private FileParserPlugin(Builder b) {
    this.id = b.id;
    this.enabled = b.enabled;
    this.pdf = b.pdf;
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
      throw new IllegalStateException("FileParserPlugin.id is required, but the response did not contain 'id'");
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
   * The {@code pdf} property.
   */
  public Optional<FileParserPluginPdf> pdf() {
    return Optional.ofNullable(pdf);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link FileParserPlugin}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.id = "file-parser";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = this.id;
    b.enabled = this.enabled;
    b.pdf = this.pdf;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FileParserPlugin that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(enabled, that.enabled)
            && Objects.equals(pdf, that.pdf)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, enabled, pdf, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("FileParserPlugin", additionalProperties, "id", id, "enabled", enabled,
        "pdf", pdf);
  }

  /**
   * Builds {@link FileParserPlugin}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private Boolean enabled;

    private FileParserPluginPdf pdf;

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

    @JsonProperty("pdf")
    private Builder jsonPdf(FileParserPluginPdf value) {
      this.pdf = value;
      return this;
    }

    /**
     * Sets {@code pdf}.
     */
    public Builder pdf(FileParserPluginPdf pdf) {
      Objects.requireNonNull(pdf, "pdf");
      this.pdf = pdf;
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
    public FileParserPlugin build() {
      if (id == null) {
        throw new IllegalStateException("FileParserPlugin.id is required but was not set");
      }
      return new FileParserPlugin(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private FileParserPlugin buildFromJson() {
      return new FileParserPlugin(this);
    }

    /**
     * Reads {@link FileParserPlugin} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, FileParserPlugin> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(FileParserPlugin.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("enabled", Boolean.class, Builder::jsonEnabled),
              property("pdf", FileParserPluginPdf.class, Builder::jsonPdf)));
      }
    }
  }
}
