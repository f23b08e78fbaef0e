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
 * The {@code FileParserPluginPdf} object of the API.
 */
@JsonDeserialize(
    using = FileParserPluginPdf.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class FileParserPluginPdf {
  @JsonProperty("engine")
  private final FileParserPluginPdfEngine engine;

  private final Map<String, JsonNode> additionalProperties;

  private FileParserPluginPdf(Builder b) {
    this.engine = b.engine;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code engine} property.
   */
  public Optional<FileParserPluginPdfEngine> engine() {
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
   * A builder for a new {@link FileParserPluginPdf}.
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
    b.engine = this.engine;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FileParserPluginPdf that)) {
      return false;
    }
    return Objects.equals(engine, that.engine)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(engine, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("FileParserPluginPdf", additionalProperties, "engine", engine);
  }

  /**
   * Builds {@link FileParserPluginPdf}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private FileParserPluginPdfEngine engine;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("engine")
    private Builder jsonEngine(FileParserPluginPdfEngine value) {
      this.engine = value;
      return this;
    }

    /**
     * Sets {@code engine}.
     */
    public Builder engine(FileParserPluginPdfEngine engine) {
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
    public FileParserPluginPdf build() {
      return new FileParserPluginPdf(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private FileParserPluginPdf buildFromJson() {
      return new FileParserPluginPdf(this);
    }

    /**
     * Reads {@link FileParserPluginPdf} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, FileParserPluginPdf> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(FileParserPluginPdf.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("engine", FileParserPluginPdfEngine.class, Builder::jsonEngine)));
      }
    }
  }
}
