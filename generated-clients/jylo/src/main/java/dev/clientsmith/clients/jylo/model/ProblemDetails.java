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
 * The {@code ProblemDetails} object of the API.
 */
@JsonDeserialize(
    using = ProblemDetails.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ProblemDetails {
  @JsonProperty("type")
  private final Nullable<String> type;

  @JsonProperty("title")
  private final Nullable<String> title;

  @JsonProperty("status")
  private final Nullable<Integer> status;

  @JsonProperty("detail")
  private final Nullable<String> detail;

  @JsonProperty("instance")
  private final Nullable<String> instance;

  private final Map<String, JsonNode> additionalProperties;

  private ProblemDetails(Builder b) {
    this.type = b.type;
    this.title = b.title;
    this.status = b.status;
    this.detail = b.detail;
    this.instance = b.instance;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code type} property.
   *
   * <p>Empty when absent or null; {@link #typeField()} tells which.
   */
  public Optional<String> type() {
    return type.toOptional();
  }

  /**
   * The {@code type} property with its three states: absent, null, or a value.
   */
  public Nullable<String> typeField() {
    return type;
  }

  /**
   * The {@code title} property.
   *
   * <p>Empty when absent or null; {@link #titleField()} tells which.
   */
  public Optional<String> title() {
    return title.toOptional();
  }

  /**
   * The {@code title} property with its three states: absent, null, or a value.
   */
  public Nullable<String> titleField() {
    return title;
  }

  /**
   * The {@code status} property.
   *
   * <p>Empty when absent or null; {@link #statusField()} tells which.
   */
  public Optional<Integer> status() {
    return status.toOptional();
  }

  /**
   * The {@code status} property with its three states: absent, null, or a value.
   */
  public Nullable<Integer> statusField() {
    return status;
  }

  /**
   * The {@code detail} property.
   *
   * <p>Empty when absent or null; {@link #detailField()} tells which.
   */
  public Optional<String> detail() {
    return detail.toOptional();
  }

  /**
   * The {@code detail} property with its three states: absent, null, or a value.
   */
  public Nullable<String> detailField() {
    return detail;
  }

  /**
   * The {@code instance} property.
   *
   * <p>Empty when absent or null; {@link #instanceField()} tells which.
   */
  public Optional<String> instance() {
    return instance.toOptional();
  }

  /**
   * The {@code instance} property with its three states: absent, null, or a value.
   */
  public Nullable<String> instanceField() {
    return instance;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ProblemDetails}.
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
    b.type = this.type;
    b.title = this.title;
    b.status = this.status;
    b.detail = this.detail;
    b.instance = this.instance;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProblemDetails that)) {
      return false;
    }
    return Objects.equals(type, that.type)
            && Objects.equals(title, that.title)
            && Objects.equals(status, that.status)
            && Objects.equals(detail, that.detail)
            && Objects.equals(instance, that.instance)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ProblemDetails", additionalProperties, "type", type, "title", title,
        "status", status, "detail", detail, "instance", instance);
  }

  /**
   * Builds {@link ProblemDetails}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<String> type = Nullable.absent();

    private Nullable<String> title = Nullable.absent();

    private Nullable<Integer> status = Nullable.absent();

    private Nullable<String> detail = Nullable.absent();

    private Nullable<String> instance = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("type")
    private Builder jsonType(String value) {
      this.type = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type the value, or {@code null} to send an explicit null
     */
    public Builder type(String type) {
      this.type = type == null ? Nullable.ofNull() : Nullable.of(type);
      return this;
    }

    @JsonProperty("title")
    private Builder jsonTitle(String value) {
      this.title = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code title}.
     *
     * @param title the value, or {@code null} to send an explicit null
     */
    public Builder title(String title) {
      this.title = title == null ? Nullable.ofNull() : Nullable.of(title);
      return this;
    }

    @JsonProperty("status")
    private Builder jsonStatus(Integer value) {
      this.status = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status the value, or {@code null} to send an explicit null
     */
    public Builder status(Integer status) {
      this.status = status == null ? Nullable.ofNull() : Nullable.of(status);
      return this;
    }

    /**
     * Sets {@code status}, from a primitive {@code int}.
     */
    public Builder status(int value) {
      return status(Integer.valueOf(value));
    }

    @JsonProperty("detail")
    private Builder jsonDetail(String value) {
      this.detail = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code detail}.
     *
     * @param detail the value, or {@code null} to send an explicit null
     */
    public Builder detail(String detail) {
      this.detail = detail == null ? Nullable.ofNull() : Nullable.of(detail);
      return this;
    }

    @JsonProperty("instance")
    private Builder jsonInstance(String value) {
      this.instance = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code instance}.
     *
     * @param instance the value, or {@code null} to send an explicit null
     */
    public Builder instance(String instance) {
      this.instance = instance == null ? Nullable.ofNull() : Nullable.of(instance);
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
    public ProblemDetails build() {
      return new ProblemDetails(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ProblemDetails buildFromJson() {
      return new ProblemDetails(this);
    }

    /**
     * Reads {@link ProblemDetails} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ProblemDetails> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ProblemDetails.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("type", String.class, Builder::jsonType),
              property("title", String.class, Builder::jsonTitle),
              property("status", Integer.class, Builder::jsonStatus),
              property("detail", String.class, Builder::jsonDetail),
              property("instance", String.class, Builder::jsonInstance)));
      }
    }
  }
}
