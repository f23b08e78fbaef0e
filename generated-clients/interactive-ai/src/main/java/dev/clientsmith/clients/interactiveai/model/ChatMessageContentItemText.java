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
 * The {@code ChatMessageContentItemText} object of the API.
 */
@JsonDeserialize(
    using = ChatMessageContentItemText.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatMessageContentItemText {
  @JsonProperty("type")
  private final String type;

  @JsonProperty("text")
  private final String text;

  @JsonProperty("cache_control")
  private final ChatMessageContentItemCacheControl cacheControl;

  private final Map<String, JsonNode> additionalProperties;

  private ChatMessageContentItemText(Builder b) {
    this.type = b.type;
    this.text = b.text;
    this.cacheControl = b.cacheControl;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code type} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String type() {
    if (type == null) {
      throw new IllegalStateException("ChatMessageContentItemText.type is required, but the response did not contain 'type'");
    }
    return type;
  }

  /**
   * The {@code text} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String text() {
    if (text == null) {
      throw new IllegalStateException("ChatMessageContentItemText.text is required, but the response did not contain 'text'");
    }
    return text;
  }

  /**
   * The {@code cache_control} property.
   */
  public Optional<ChatMessageContentItemCacheControl> cacheControl() {
    return Optional.ofNullable(cacheControl);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatMessageContentItemText}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.type = "text";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = this.type;
    b.text = this.text;
    b.cacheControl = this.cacheControl;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatMessageContentItemText that)) {
      return false;
    }
    return Objects.equals(type, that.type)
            && Objects.equals(text, that.text)
            && Objects.equals(cacheControl, that.cacheControl)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, text, cacheControl, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatMessageContentItemText", additionalProperties, "type", type,
        "text", text, "cacheControl", cacheControl);
  }

  /**
   * Builds {@link ChatMessageContentItemText}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String type;

    private String text;

    private ChatMessageContentItemCacheControl cacheControl;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("type")
    private Builder jsonType(String value) {
      this.type = value;
      return this;
    }

    @JsonProperty("text")
    private Builder jsonText(String value) {
      this.text = value;
      return this;
    }

    /**
     * Sets {@code text}.
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "text");
      this.text = text;
      return this;
    }

    @JsonProperty("cache_control")
    private Builder jsonCacheControl(ChatMessageContentItemCacheControl value) {
      this.cacheControl = value;
      return this;
    }

    /**
     * Sets {@code cache_control}.
     */
    public Builder cacheControl(ChatMessageContentItemCacheControl cacheControl) {
      Objects.requireNonNull(cacheControl, "cacheControl");
      this.cacheControl = cacheControl;
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
    public ChatMessageContentItemText build() {
      if (type == null) {
        throw new IllegalStateException("ChatMessageContentItemText.type is required but was not set");
      }
      if (text == null) {
        throw new IllegalStateException("ChatMessageContentItemText.text is required but was not set");
      }
      return new ChatMessageContentItemText(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatMessageContentItemText buildFromJson() {
      return new ChatMessageContentItemText(this);
    }

    /**
     * Reads {@link ChatMessageContentItemText} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatMessageContentItemText> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatMessageContentItemText.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("type", String.class, Builder::jsonType),
              property("text", String.class, Builder::jsonText),
              property("cache_control", ChatMessageContentItemCacheControl.class, Builder::jsonCacheControl)));
      }
    }
  }
}
