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
 * The {@code ChatMessageContentItemAudioInputAudio} object of the API.
 */
@JsonDeserialize(
    using = ChatMessageContentItemAudioInputAudio.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatMessageContentItemAudioInputAudio {
  @JsonProperty("data")
  private final String data;

  @JsonProperty("format")
  private final String format;

  private final Map<String, JsonNode> additionalProperties;

  private ChatMessageContentItemAudioInputAudio(Builder b) {
    this.data = b.data;
    this.format = b.format;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code data} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String data() {
    if (data == null) {
      throw new IllegalStateException("ChatMessageContentItemAudioInputAudio.data is required, but the response did not contain 'data'");
    }
    return data;
  }

  /**
   * The {@code format} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String format() {
    if (format == null) {
      throw new IllegalStateException("ChatMessageContentItemAudioInputAudio.format is required, but the response did not contain 'format'");
    }
    return format;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatMessageContentItemAudioInputAudio}.
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
    b.data = this.data;
    b.format = this.format;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatMessageContentItemAudioInputAudio that)) {
      return false;
    }
    return Objects.equals(data, that.data)
            && Objects.equals(format, that.format)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, format, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatMessageContentItemAudioInputAudio", additionalProperties,
        "data", data, "format", format);
  }

  /**
   * Builds {@link ChatMessageContentItemAudioInputAudio}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String data;

    private String format;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("data")
    private Builder jsonData(String value) {
      this.data = value;
      return this;
    }

    /**
     * Sets {@code data}.
     */
    public Builder data(String data) {
      Objects.requireNonNull(data, "data");
      this.data = data;
      return this;
    }

    @JsonProperty("format")
    private Builder jsonFormat(String value) {
      this.format = value;
      return this;
    }

    /**
     * Sets {@code format}.
     */
    public Builder format(String format) {
      Objects.requireNonNull(format, "format");
      this.format = format;
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
    public ChatMessageContentItemAudioInputAudio build() {
      if (data == null) {
        throw new IllegalStateException("ChatMessageContentItemAudioInputAudio.data is required but was not set");
      }
      if (format == null) {
        throw new IllegalStateException("ChatMessageContentItemAudioInputAudio.format is required but was not set");
      }
      return new ChatMessageContentItemAudioInputAudio(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatMessageContentItemAudioInputAudio buildFromJson() {
      return new ChatMessageContentItemAudioInputAudio(this);
    }

    /**
     * Reads {@link ChatMessageContentItemAudioInputAudio} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatMessageContentItemAudioInputAudio> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatMessageContentItemAudioInputAudio.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("data", String.class, Builder::jsonData),
              property("format", String.class, Builder::jsonFormat)));
      }
    }
  }
}
