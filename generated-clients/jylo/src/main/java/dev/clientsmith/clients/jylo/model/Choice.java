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
 * The {@code Choice} object of the API.
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = Choice.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Choice {
  @JsonProperty("index")
  private final Integer index;

  @JsonProperty("message")
  private final Message message;

  @JsonProperty("finishReason")
  private final Nullable<String> finishReason;

  private final Map<String, JsonNode> additionalProperties;

  private Choice(Builder b) {
    this.index = b.index;
    this.message = b.message;
    this.finishReason = b.finishReason;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code index} property.
   */
  public Optional<Integer> index() {
    return Optional.ofNullable(index);
  }

  /**
   * The {@code message} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Message message() {
    if (message == null) {
      throw new IllegalStateException("Choice.message is required, but the response did not contain 'message'");
    }
    return message;
  }

  /**
   * The {@code finishReason} property.
   *
   * <p>Empty when absent or null; {@link #finishReasonField()} tells which.
   */
  public Optional<String> finishReason() {
    return finishReason.toOptional();
  }

  /**
   * The {@code finishReason} property with its three states: absent, null, or a value.
   */
  public Nullable<String> finishReasonField() {
    return finishReason;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link Choice}.
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
    b.index = this.index;
    b.message = this.message;
    b.finishReason = this.finishReason;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Choice that)) {
      return false;
    }
    return Objects.equals(index, that.index)
            && Objects.equals(message, that.message)
            && Objects.equals(finishReason, that.finishReason)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, message, finishReason, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("Choice", additionalProperties, "index", index, "message", message,
        "finishReason", finishReason);
  }

  /**
   * Builds {@link Choice}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Integer index;

    private Message message;

    private Nullable<String> finishReason = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("index")
    private Builder jsonIndex(Integer value) {
      this.index = value;
      return this;
    }

    /**
     * Sets {@code index}.
     */
    public Builder index(Integer index) {
      Objects.requireNonNull(index, "index");
      this.index = index;
      return this;
    }

    /**
     * Sets {@code index}, from a primitive {@code int}.
     */
    public Builder index(int value) {
      return index(Integer.valueOf(value));
    }

    @JsonProperty("message")
    private Builder jsonMessage(Message value) {
      this.message = value;
      return this;
    }

    /**
     * Sets {@code message}.
     */
    public Builder message(Message message) {
      Objects.requireNonNull(message, "message");
      this.message = message;
      return this;
    }

    @JsonProperty("finishReason")
    private Builder jsonFinishReason(String value) {
      this.finishReason = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code finishReason}.
     *
     * @param finishReason the value, or {@code null} to send an explicit null
     */
    public Builder finishReason(String finishReason) {
      this.finishReason = finishReason == null ? Nullable.ofNull() : Nullable.of(finishReason);
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
    public Choice build() {
      if (message == null) {
        throw new IllegalStateException("Choice.message is required but was not set");
      }
      return new Choice(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private Choice buildFromJson() {
      return new Choice(this);
    }

    /**
     * Reads {@link Choice} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, Choice> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Choice.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("index", Integer.class, Builder::jsonIndex),
              property("message", Message.class, Builder::jsonMessage),
              property("finishReason", String.class, Builder::jsonFinishReason)));
      }
    }
  }
}
