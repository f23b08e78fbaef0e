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
 * The {@code ChatGenerationParamsDebug} object of the API.
 */
@JsonDeserialize(
    using = ChatGenerationParamsDebug.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatGenerationParamsDebug {
  @JsonProperty("echo_upstream_body")
  private final Boolean echoUpstreamBody;

  private final Map<String, JsonNode> additionalProperties;

  private ChatGenerationParamsDebug(Builder b) {
    this.echoUpstreamBody = b.echoUpstreamBody;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code echo_upstream_body} property.
   */
  public Optional<Boolean> echoUpstreamBody() {
    return Optional.ofNullable(echoUpstreamBody);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatGenerationParamsDebug}.
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
    b.echoUpstreamBody = this.echoUpstreamBody;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatGenerationParamsDebug that)) {
      return false;
    }
    return Objects.equals(echoUpstreamBody, that.echoUpstreamBody)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(echoUpstreamBody, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatGenerationParamsDebug", additionalProperties,
        "echoUpstreamBody", echoUpstreamBody);
  }

  /**
   * Builds {@link ChatGenerationParamsDebug}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Boolean echoUpstreamBody;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("echo_upstream_body")
    private Builder jsonEchoUpstreamBody(Boolean value) {
      this.echoUpstreamBody = value;
      return this;
    }

    /**
     * Sets {@code echo_upstream_body}.
     */
    public Builder echoUpstreamBody(Boolean echoUpstreamBody) {
      Objects.requireNonNull(echoUpstreamBody, "echoUpstreamBody");
      this.echoUpstreamBody = echoUpstreamBody;
      return this;
    }

    /**
     * Sets {@code echo_upstream_body}, from a primitive {@code boolean}.
     */
    public Builder echoUpstreamBody(boolean value) {
      return echoUpstreamBody(Boolean.valueOf(value));
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
    public ChatGenerationParamsDebug build() {
      return new ChatGenerationParamsDebug(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatGenerationParamsDebug buildFromJson() {
      return new ChatGenerationParamsDebug(this);
    }

    /**
     * Reads {@link ChatGenerationParamsDebug} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatGenerationParamsDebug> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatGenerationParamsDebug.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("echo_upstream_body", Boolean.class, Builder::jsonEchoUpstreamBody)));
      }
    }
  }
}
