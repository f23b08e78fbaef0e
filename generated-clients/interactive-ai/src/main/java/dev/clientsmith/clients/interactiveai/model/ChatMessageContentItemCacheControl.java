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
 * The {@code ChatMessageContentItemCacheControl} object of the API.
 */
@JsonDeserialize(
    using = ChatMessageContentItemCacheControl.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatMessageContentItemCacheControl {
  @JsonProperty("type")
  private final String type;

  @JsonProperty("ttl")
  private final ChatMessageContentItemCacheControlTtl ttl;

  private final Map<String, JsonNode> additionalProperties;

  private ChatMessageContentItemCacheControl(Builder b) {
    this.type = b.type;
    this.ttl = b.ttl;
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
      throw new IllegalStateException("ChatMessageContentItemCacheControl.type is required, but the response did not contain 'type'");
    }
    return type;
  }

  /**
   * The {@code ttl} property.
   */
  public Optional<ChatMessageContentItemCacheControlTtl> ttl() {
    return Optional.ofNullable(ttl);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatMessageContentItemCacheControl}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.type = "ephemeral";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = this.type;
    b.ttl = this.ttl;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatMessageContentItemCacheControl that)) {
      return false;
    }
    return Objects.equals(type, that.type)
            && Objects.equals(ttl, that.ttl)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, ttl, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatMessageContentItemCacheControl", additionalProperties, "type", type,
        "ttl", ttl);
  }

  /**
   * Builds {@link ChatMessageContentItemCacheControl}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String type;

    private ChatMessageContentItemCacheControlTtl ttl;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("type")
    private Builder jsonType(String value) {
      this.type = value;
      return this;
    }

    @JsonProperty("ttl")
    private Builder jsonTtl(ChatMessageContentItemCacheControlTtl value) {
      this.ttl = value;
      return this;
    }

    /**
     * Sets {@code ttl}.
     */
    public Builder ttl(ChatMessageContentItemCacheControlTtl ttl) {
      Objects.requireNonNull(ttl, "ttl");
      this.ttl = ttl;
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
    public ChatMessageContentItemCacheControl build() {
      if (type == null) {
        throw new IllegalStateException("ChatMessageContentItemCacheControl.type is required but was not set");
      }
      return new ChatMessageContentItemCacheControl(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatMessageContentItemCacheControl buildFromJson() {
      return new ChatMessageContentItemCacheControl(this);
    }

    /**
     * Reads {@link ChatMessageContentItemCacheControl} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatMessageContentItemCacheControl> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatMessageContentItemCacheControl.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("type", String.class, Builder::jsonType),
              property("ttl", ChatMessageContentItemCacheControlTtl.class, Builder::jsonTtl)));
      }
    }
  }
}
