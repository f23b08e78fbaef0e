package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code TopLogprob} object of the API.
 */
@JsonDeserialize(
    using = TopLogprob.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class TopLogprob {
  @JsonProperty("token")
  private final String token;

  @JsonProperty("logprob")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double logprob;

  @JsonProperty("bytes")
  @JsonSerialize(
      contentUsing = IntegralDoubleSerializer.class
  )
  private final Nullable<List<Double>> bytes;

  private final Map<String, JsonNode> additionalProperties;

  private TopLogprob(Builder b) {
    this.token = b.token;
    this.logprob = b.logprob;
    this.bytes = b.bytes.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.bytes.get()))) : b.bytes;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code token} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String token() {
    if (token == null) {
      throw new IllegalStateException("TopLogprob.token is required, but the response did not contain 'token'");
    }
    return token;
  }

  /**
   * The {@code logprob} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Double logprob() {
    if (logprob == null) {
      throw new IllegalStateException("TopLogprob.logprob is required, but the response did not contain 'logprob'");
    }
    return logprob;
  }

  /**
   * The {@code bytes} property.
   *
   * <p>Empty when absent or null; {@link #bytesField()} tells which.
   */
  public List<Double> bytes() {
    return bytes.isPresent() ? bytes.get() : List.of();
  }

  /**
   * The {@code bytes} property with its three states: absent, null, or a value.
   */
  public Nullable<List<Double>> bytesField() {
    return bytes;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link TopLogprob}.
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
    b.token = this.token;
    b.logprob = this.logprob;
    b.bytes = this.bytes.isPresent() ? Nullable.of(new ArrayList<>(this.bytes.get())) : this.bytes;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TopLogprob that)) {
      return false;
    }
    return Objects.equals(token, that.token)
            && Objects.equals(logprob, that.logprob)
            && Objects.equals(bytes, that.bytes)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, logprob, bytes, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("TopLogprob", additionalProperties, "token", token, "logprob", logprob,
        "bytes", bytes);
  }

  /**
   * Builds {@link TopLogprob}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String token;

    private Double logprob;

    private Nullable<List<Double>> bytes = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("token")
    private Builder jsonToken(String value) {
      this.token = value;
      return this;
    }

    /**
     * Sets {@code token}.
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      this.token = token;
      return this;
    }

    @JsonProperty("logprob")
    private Builder jsonLogprob(Double value) {
      this.logprob = value;
      return this;
    }

    /**
     * Sets {@code logprob}.
     */
    public Builder logprob(Double logprob) {
      Objects.requireNonNull(logprob, "logprob");
      this.logprob = logprob;
      return this;
    }

    /**
     * Sets {@code logprob}, from a primitive {@code double}.
     */
    public Builder logprob(double value) {
      return logprob(Double.valueOf(value));
    }

    @JsonProperty("bytes")
    private Builder jsonBytes(List<Double> value) {
      this.bytes = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code bytes}.
     *
     * @param bytes the value, or {@code null} to send an explicit null
     */
    public Builder bytes(List<Double> bytes) {
      this.bytes = bytes == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(bytes));
      return this;
    }

    /**
     * Adds one element to {@code bytes}.
     */
    public Builder addByte(Double element) {
      List<Double> list = bytes.isPresent() ? bytes.get() : new ArrayList<>();
      list.add(element);
      this.bytes = Nullable.of(list);
      return this;
    }

    /**
     * Adds one element to {@code bytes}, from a primitive {@code double}.
     */
    public Builder addByte(double value) {
      return addByte(Double.valueOf(value));
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
    public TopLogprob build() {
      if (token == null) {
        throw new IllegalStateException("TopLogprob.token is required but was not set");
      }
      if (logprob == null) {
        throw new IllegalStateException("TopLogprob.logprob is required but was not set");
      }
      if (bytes.isAbsent()) {
        throw new IllegalStateException("TopLogprob.bytes is required but was not set (set it to a value, or to null)");
      }
      return new TopLogprob(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private TopLogprob buildFromJson() {
      return new TopLogprob(this);
    }

    /**
     * Reads {@link TopLogprob} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, TopLogprob> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(TopLogprob.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("token", String.class, Builder::jsonToken),
              property("logprob", Double.class, Builder::jsonLogprob),
              property("bytes", new TypeReference<List<Double>>() { }, Builder::jsonBytes)));
      }
    }
  }
}
