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
import dev.clientsmith.runtime.json.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ProviderSortConfig} object of the API.
 */
@JsonDeserialize(
    using = ProviderSortConfig.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ProviderSortConfig {
  @JsonProperty("by")
  private final Nullable<ProviderSort> by;

  @JsonProperty("partition")
  private final Nullable<ProviderSortConfigPartition> partition;

  private final Map<String, JsonNode> additionalProperties;

  private ProviderSortConfig(Builder b) {
    this.by = b.by;
    this.partition = b.partition;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code by} property.
   *
   * <p>Empty when absent or null; {@link #byField()} tells which.
   */
  public Optional<ProviderSort> by() {
    return by.toOptional();
  }

  /**
   * The {@code by} property with its three states: absent, null, or a value.
   */
  public Nullable<ProviderSort> byField() {
    return by;
  }

  /**
   * The {@code partition} property.
   *
   * <p>Empty when absent or null; {@link #partitionField()} tells which.
   */
  public Optional<ProviderSortConfigPartition> partition() {
    return partition.toOptional();
  }

  /**
   * The {@code partition} property with its three states: absent, null, or a value.
   */
  public Nullable<ProviderSortConfigPartition> partitionField() {
    return partition;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ProviderSortConfig}.
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
    b.by = this.by;
    b.partition = this.partition;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProviderSortConfig that)) {
      return false;
    }
    return Objects.equals(by, that.by)
            && Objects.equals(partition, that.partition)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(by, partition, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ProviderSortConfig", additionalProperties, "by", by,
        "partition", partition);
  }

  /**
   * Builds {@link ProviderSortConfig}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<ProviderSort> by = Nullable.absent();

    private Nullable<ProviderSortConfigPartition> partition = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("by")
    private Builder jsonBy(ProviderSort value) {
      this.by = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code by}.
     *
     * @param by the value, or {@code null} to send an explicit null
     */
    public Builder by(ProviderSort by) {
      this.by = by == null ? Nullable.ofNull() : Nullable.of(by);
      return this;
    }

    @JsonProperty("partition")
    private Builder jsonPartition(ProviderSortConfigPartition value) {
      this.partition = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code partition}.
     *
     * @param partition the value, or {@code null} to send an explicit null
     */
    public Builder partition(ProviderSortConfigPartition partition) {
      this.partition = partition == null ? Nullable.ofNull() : Nullable.of(partition);
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
    public ProviderSortConfig build() {
      return new ProviderSortConfig(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ProviderSortConfig buildFromJson() {
      return new ProviderSortConfig(this);
    }

    /**
     * Reads {@link ProviderSortConfig} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ProviderSortConfig> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ProviderSortConfig.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("by", ProviderSort.class, Builder::jsonBy),
              property("partition", ProviderSortConfigPartition.class, Builder::jsonPartition)));
      }
    }
  }
}
