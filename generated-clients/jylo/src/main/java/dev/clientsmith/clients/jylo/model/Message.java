package dev.clientsmith.clients.jylo.model;

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
 * The {@code Message} object of the API.
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = Message.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Message {
  @JsonProperty("role")
  private final Nullable<String> role;

  @JsonProperty("content")
  private final Nullable<String> content;

  private final Map<String, JsonNode> additionalProperties;

  private Message(Builder b) {
    this.role = b.role;
    this.content = b.content;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code role} property.
   *
   * <p>Empty when absent or null; {@link #roleField()} tells which.
   */
  public Optional<String> role() {
    return role.toOptional();
  }

  /**
   * The {@code role} property with its three states: absent, null, or a value.
   */
  public Nullable<String> roleField() {
    return role;
  }

  /**
   * The {@code content} property.
   *
   * <p>Empty when absent or null; {@link #contentField()} tells which.
   */
  public Optional<String> content() {
    return content.toOptional();
  }

  /**
   * The {@code content} property with its three states: absent, null, or a value.
   */
  public Nullable<String> contentField() {
    return content;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link Message}.
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
    b.role = this.role;
    b.content = this.content;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Message that)) {
      return false;
    }
    return Objects.equals(role, that.role)
            && Objects.equals(content, that.content)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, content, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("Message", additionalProperties, "role", role, "content", content);
  }

  /**
   * Builds {@link Message}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<String> role = Nullable.absent();

    private Nullable<String> content = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("role")
    private Builder jsonRole(String value) {
      this.role = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code role}.
     *
     * @param role the value, or {@code null} to send an explicit null
     */
    public Builder role(String role) {
      this.role = role == null ? Nullable.ofNull() : Nullable.of(role);
      return this;
    }

    @JsonProperty("content")
    private Builder jsonContent(String value) {
      this.content = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code content}.
     *
     * @param content the value, or {@code null} to send an explicit null
     */
    public Builder content(String content) {
      this.content = content == null ? Nullable.ofNull() : Nullable.of(content);
      return this;
    }

    @JsonAnySetter
    private Builder jsonAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * The immutable object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public Message build() {
      if (role.isAbsent()) {
        throw new IllegalStateException("Message.role is required but was not set (set it to a value, or to null)");
      }
      if (content.isAbsent()) {
        throw new IllegalStateException("Message.content is required but was not set (set it to a value, or to null)");
      }
      return new Message(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private Message buildFromJson() {
      return new Message(this);
    }

    /**
     * Reads {@link Message} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, Message> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Message.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("role", String.class, Builder::jsonRole),
              property("content", String.class, Builder::jsonContent)));
      }
    }
  }
}
