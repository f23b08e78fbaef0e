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
 * The {@code DeveloperMessage} object of the API.
 */
@JsonDeserialize(
    using = DeveloperMessage.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class DeveloperMessage {
  @JsonProperty("role")
  private final String role;

  @JsonProperty("content")
  private final DeveloperMessageContent content;

  @JsonProperty("name")
  private final String name;

  private final Map<String, JsonNode> additionalProperties;

  private DeveloperMessage(Builder b) {
    this.role = b.role;
    this.content = b.content;
    this.name = b.name;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code role} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String role() {
    if (role == null) {
      throw new IllegalStateException("DeveloperMessage.role is required, but the response did not contain 'role'");
    }
    return role;
  }

  /**
   * The {@code content} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public DeveloperMessageContent content() {
    if (content == null) {
      throw new IllegalStateException("DeveloperMessage.content is required, but the response did not contain 'content'");
    }
    return content;
  }

  /**
   * The {@code name} property.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link DeveloperMessage}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.role = "developer";
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.role = this.role;
    b.content = this.content;
    b.name = this.name;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DeveloperMessage that)) {
      return false;
    }
    return Objects.equals(role, that.role)
            && Objects.equals(content, that.content)
            && Objects.equals(name, that.name)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, content, name, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("DeveloperMessage", additionalProperties, "role", role,
        "content", content, "name", name);
  }

  /**
   * Builds {@link DeveloperMessage}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String role;

    private DeveloperMessageContent content;

    private String name;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("role")
    private Builder jsonRole(String value) {
      this.role = value;
      return this;
    }

    @JsonProperty("content")
    private Builder jsonContent(DeveloperMessageContent value) {
      this.content = value;
      return this;
    }

    /**
     * Sets {@code content}.
     */
    public Builder content(DeveloperMessageContent content) {
      Objects.requireNonNull(content, "content");
      this.content = content;
      return this;
    }

    /**
     * Sets {@code content} to the {@code String} variant.
     */
    public Builder content(String value) {
      return content(DeveloperMessageContent.ofString(value));
    }

    /**
     * Sets {@code content} to the {@code ChatMessageContentItemTexts} variant.
     */
    public Builder content(List<ChatMessageContentItemText> value) {
      return content(DeveloperMessageContent.ofChatMessageContentItemTexts(value));
    }

    @JsonProperty("name")
    private Builder jsonName(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code name}.
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      this.name = name;
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
    public DeveloperMessage build() {
      if (role == null) {
        throw new IllegalStateException("DeveloperMessage.role is required but was not set");
      }
      if (content == null) {
        throw new IllegalStateException("DeveloperMessage.content is required but was not set");
      }
      return new DeveloperMessage(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private DeveloperMessage buildFromJson() {
      return new DeveloperMessage(this);
    }

    /**
     * Reads {@link DeveloperMessage} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, DeveloperMessage> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(DeveloperMessage.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("role", String.class, Builder::jsonRole),
              property("content", DeveloperMessageContent.class, Builder::jsonContent),
              property("name", String.class, Builder::jsonName)));
      }
    }
  }
}
