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
 * The {@code ChatMessageContentItemImageImageUrl} object of the API.
 */
@JsonDeserialize(
    using = ChatMessageContentItemImageImageUrl.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatMessageContentItemImageImageUrl {
  @JsonProperty("url")
  private final String url;

  @JsonProperty("detail")
  private final ChatMessageContentItemImageImageUrlDetail detail;

  private final Map<String, JsonNode> additionalProperties;

  private ChatMessageContentItemImageImageUrl(Builder b) {
    this.url = b.url;
    this.detail = b.detail;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code url} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String url() {
    if (url == null) {
      throw new IllegalStateException("ChatMessageContentItemImageImageUrl.url is required, but the response did not contain 'url'");
    }
    return url;
  }

  /**
   * The {@code detail} property.
   */
  public Optional<ChatMessageContentItemImageImageUrlDetail> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatMessageContentItemImageImageUrl}.
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
    b.url = this.url;
    b.detail = this.detail;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatMessageContentItemImageImageUrl that)) {
      return false;
    }
    return Objects.equals(url, that.url)
            && Objects.equals(detail, that.detail)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, detail, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatMessageContentItemImageImageUrl", additionalProperties, "url", url,
        "detail", detail);
  }

  /**
   * Builds {@link ChatMessageContentItemImageImageUrl}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String url;

    private ChatMessageContentItemImageImageUrlDetail detail;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("url")
    private Builder jsonUrl(String value) {
      this.url = value;
      return this;
    }

    /**
     * Sets {@code url}.
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "url");
      this.url = url;
      return this;
    }

    @JsonProperty("detail")
    private Builder jsonDetail(ChatMessageContentItemImageImageUrlDetail value) {
      this.detail = value;
      return this;
    }

    /**
     * Sets {@code detail}.
     */
    public Builder detail(ChatMessageContentItemImageImageUrlDetail detail) {
      Objects.requireNonNull(detail, "detail");
      this.detail = detail;
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
    public ChatMessageContentItemImageImageUrl build() {
      if (url == null) {
        throw new IllegalStateException("ChatMessageContentItemImageImageUrl.url is required but was not set");
      }
      return new ChatMessageContentItemImageImageUrl(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatMessageContentItemImageImageUrl buildFromJson() {
      return new ChatMessageContentItemImageImageUrl(this);
    }

    /**
     * Reads {@link ChatMessageContentItemImageImageUrl} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatMessageContentItemImageImageUrl> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatMessageContentItemImageImageUrl.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("url", String.class, Builder::jsonUrl),
              property("detail", ChatMessageContentItemImageImageUrlDetail.class, Builder::jsonDetail)));
      }
    }
  }
}
