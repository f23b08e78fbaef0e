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
 * The {@code ChatMessageToolCallFunction} object of the API.
 */
@JsonDeserialize(
    using = ChatMessageToolCallFunction.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatMessageToolCallFunction {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("arguments")
  private final String arguments;

  private final Map<String, JsonNode> additionalProperties;

  private ChatMessageToolCallFunction(Builder b) {
    this.name = b.name;
    this.arguments = b.arguments;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code name} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String name() {
    if (name == null) {
      throw new IllegalStateException("ChatMessageToolCallFunction.name is required, but the response did not contain 'name'");
    }
    return name;
  }

  /**
   * The {@code arguments} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String arguments() {
    if (arguments == null) {
      throw new IllegalStateException("ChatMessageToolCallFunction.arguments is required, but the response did not contain 'arguments'");
    }
    return arguments;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatMessageToolCallFunction}.
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
    b.name = this.name;
    b.arguments = this.arguments;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatMessageToolCallFunction that)) {
      return false;
    }
    return Objects.equals(name, that.name)
            && Objects.equals(arguments, that.arguments)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, arguments, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatMessageToolCallFunction", additionalProperties, "name", name,
        "arguments", arguments);
  }

  /**
   * Builds {@link ChatMessageToolCallFunction}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String name;

    private String arguments;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
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

    @JsonProperty("arguments")
    private Builder jsonArguments(String value) {
      this.arguments = value;
      return this;
    }

    /**
     * Sets {@code arguments}.
     */
    public Builder arguments(String arguments) {
      Objects.requireNonNull(arguments, "arguments");
      this.arguments = arguments;
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
    public ChatMessageToolCallFunction build() {
      if (name == null) {
        throw new IllegalStateException("ChatMessageToolCallFunction.name is required but was not set");
      }
      if (arguments == null) {
        throw new IllegalStateException("ChatMessageToolCallFunction.arguments is required but was not set");
      }
      return new ChatMessageToolCallFunction(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatMessageToolCallFunction buildFromJson() {
      return new ChatMessageToolCallFunction(this);
    }

    /**
     * Reads {@link ChatMessageToolCallFunction} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatMessageToolCallFunction> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatMessageToolCallFunction.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("name", String.class, Builder::jsonName),
              property("arguments", String.class, Builder::jsonArguments)));
      }
    }
  }
}
