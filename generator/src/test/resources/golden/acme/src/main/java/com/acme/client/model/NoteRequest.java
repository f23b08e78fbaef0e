package com.acme.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code NoteRequest} object of the API.
 */
@JsonDeserialize(
    using = NoteRequest.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class NoteRequest {
  @JsonProperty("text")
  private final String text;

  @JsonProperty("kind")
  private final Kind kind;

  @JsonProperty("tags")
  private final List<String> tags;

  @JsonProperty("labels")
  private final Map<String, String> labels;

  @JsonProperty("priority")
  private final Nullable<Integer> priority;

  @JsonProperty("attachment")
  private final Attachment attachment;

  private final Map<String, JsonNode> additionalProperties;

  private NoteRequest(Builder b) {
    this.text = b.text;
    this.kind = b.kind;
    this.tags = b.tags == null ? null : Collections.unmodifiableList(new ArrayList<>(b.tags));
    this.labels = b.labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    this.priority = b.priority;
    this.attachment = b.attachment;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * What the note says.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String text() {
    if (text == null) {
      throw new IllegalStateException("NoteRequest.text is required, but the response did not contain 'text'");
    }
    return text;
  }

  /**
   * The {@code kind} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Kind kind() {
    if (kind == null) {
      throw new IllegalStateException("NoteRequest.kind is required, but the response did not contain 'kind'");
    }
    return kind;
  }

  /**
   * The {@code tags} property.
   *
   * <p>Empty when absent; {@link #tagsField()} tells which.
   */
  public List<String> tags() {
    return tags != null ? tags : List.of();
  }

  /**
   * The {@code tags} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<String>> tagsField() {
    return Optional.ofNullable(tags);
  }

  /**
   * The {@code labels} property.
   *
   * <p>Empty when absent; {@link #labelsField()} tells which.
   */
  public Map<String, String> labels() {
    return labels != null ? labels : Map.of();
  }

  /**
   * The {@code labels} property, empty when absent (as opposed to present and empty).
   */
  public Optional<Map<String, String>> labelsField() {
    return Optional.ofNullable(labels);
  }

  /**
   * The {@code priority} property.
   *
   * <p>Empty when absent or null; {@link #priorityField()} tells which.
   */
  public Optional<Integer> priority() {
    return priority.toOptional();
  }

  /**
   * The {@code priority} property with its three states: absent, null, or a value.
   */
  public Nullable<Integer> priorityField() {
    return priority;
  }

  /**
   * The {@code attachment} property.
   */
  public Optional<Attachment> attachment() {
    return Optional.ofNullable(attachment);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link NoteRequest}.
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
    b.text = this.text;
    b.kind = this.kind;
    b.tags = this.tags == null ? null : new ArrayList<>(this.tags);
    b.labels = this.labels == null ? null : new LinkedHashMap<>(this.labels);
    b.priority = this.priority;
    b.attachment = this.attachment;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NoteRequest that)) {
      return false;
    }
    return Objects.equals(text, that.text)
            && Objects.equals(kind, that.kind)
            && Objects.equals(tags, that.tags)
            && Objects.equals(labels, that.labels)
            && Objects.equals(priority, that.priority)
            && Objects.equals(attachment, that.attachment)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, kind, tags, labels, priority, attachment, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("NoteRequest", additionalProperties, "text", text, "kind", kind,
        "tags", tags, "labels", labels, "priority", priority, "attachment", attachment);
  }

  /**
   * Builds {@link NoteRequest}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String text;

    private Kind kind;

    private List<String> tags;

    private Map<String, String> labels;

    private Nullable<Integer> priority = Nullable.absent();

    private Attachment attachment;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("text")
    private Builder jsonText(String value) {
      this.text = value;
      return this;
    }

    /**
     * What the note says.
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "text");
      this.text = text;
      return this;
    }

    @JsonProperty("kind")
    private Builder jsonKind(Kind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     */
    public Builder kind(Kind kind) {
      Objects.requireNonNull(kind, "kind");
      this.kind = kind;
      return this;
    }

    @JsonProperty("tags")
    private Builder jsonTags(List<String> value) {
      this.tags = value;
      return this;
    }

    /**
     * Sets {@code tags}.
     */
    public Builder tags(List<String> tags) {
      Objects.requireNonNull(tags, "tags");
      this.tags = new ArrayList<>(tags);
      return this;
    }

    /**
     * Adds one element to {@code tags}.
     */
    public Builder addTag(String element) {
      if (tags == null) {
        tags = new ArrayList<>();
      }
      tags.add(element);
      return this;
    }

    @JsonProperty("labels")
    private Builder jsonLabels(Map<String, String> value) {
      this.labels = value;
      return this;
    }

    /**
     * Sets {@code labels}.
     */
    public Builder labels(Map<String, String> labels) {
      Objects.requireNonNull(labels, "labels");
      this.labels = new LinkedHashMap<>(labels);
      return this;
    }

    /**
     * Puts one entry into {@code labels}.
     */
    public Builder putLabels(String key, String value) {
      if (labels == null) {
        labels = new LinkedHashMap<>();
      }
      labels.put(key, value);
      return this;
    }

    @JsonProperty("priority")
    private Builder jsonPriority(Integer value) {
      this.priority = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code priority}.
     *
     * @param priority the value, or {@code null} to send an explicit null
     */
    public Builder priority(Integer priority) {
      this.priority = priority == null ? Nullable.ofNull() : Nullable.of(priority);
      return this;
    }

    /**
     * Sets {@code priority}, from a primitive {@code int}.
     */
    public Builder priority(int value) {
      return priority(Integer.valueOf(value));
    }

    @JsonProperty("attachment")
    private Builder jsonAttachment(Attachment value) {
      this.attachment = value;
      return this;
    }

    /**
     * Sets {@code attachment}.
     */
    public Builder attachment(Attachment attachment) {
      Objects.requireNonNull(attachment, "attachment");
      this.attachment = attachment;
      return this;
    }

    /**
     * Sets {@code attachment} to the {@code link} variant.
     */
    public Builder attachment(Attachment.Link value) {
      return attachment(Attachment.ofLink(value));
    }

    /**
     * Sets {@code attachment} to the {@code inline} variant.
     */
    public Builder attachment(Attachment.Inline value) {
      return attachment(Attachment.ofInline(value));
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
    public NoteRequest build() {
      if (text == null) {
        throw new IllegalStateException("NoteRequest.text is required but was not set");
      }
      if (kind == null) {
        throw new IllegalStateException("NoteRequest.kind is required but was not set");
      }
      return new NoteRequest(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private NoteRequest buildFromJson() {
      return new NoteRequest(this);
    }

    /**
     * Reads {@link NoteRequest} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, NoteRequest> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(NoteRequest.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("text", String.class, Builder::jsonText),
              property("kind", Kind.class, Builder::jsonKind),
              property("tags", new TypeReference<List<String>>() { }, Builder::jsonTags),
              property("labels", new TypeReference<Map<String, String>>() { }, Builder::jsonLabels),
              property("priority", Integer.class, Builder::jsonPriority),
              property("attachment", Attachment.class, Builder::jsonAttachment)));
      }
    }
  }

  /**
   * Values of {@code Kind}.
   *
   * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
   */
  public static final class Kind {
    /**
     * {@code plain}
     */
    public static final Kind PLAIN = new Kind("plain", Known.PLAIN);

    /**
     * {@code warning}
     */
    public static final Kind WARNING = new Kind("warning", Known.WARNING);

    private static final Map<String, Kind> BY_VALUE;

    static {
      Map<String, Kind> map = new LinkedHashMap<>();
      map.put(PLAIN.value, PLAIN);
      map.put(WARNING.value, WARNING);
      BY_VALUE = Collections.unmodifiableMap(map);
    }

    private final String value;

    private final Known known;

    private Kind(String value, Known known) {
      this.value = value;
      this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance keeping an undocumented value.
     */
    @JsonCreator
    public static Kind of(String value) {
      Objects.requireNonNull(value, "value");
      Kind constant = BY_VALUE.get(value);
      return constant != null ? constant : new Kind(value, null);
    }

    /**
     * The documented values, in document order.
     */
    public static List<Kind> values() {
      return List.copyOf(BY_VALUE.values());
    }

    /**
     * The value as sent on the wire.
     */
    @JsonValue
    public String value() {
      return value;
    }

    /**
     * The documented value this is, or empty for a value the document does not list.
     */
    public Optional<Known> known() {
      return Optional.ofNullable(known);
    }

    /**
     * Whether the document lists this value.
     */
    public boolean isKnown() {
      return known != null;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Kind that)) {
        return false;
      }
      return value.equals(that.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    /**
     * The values the document lists, for {@code switch}.
     */
    public enum Known {
      /**
       * {@code plain}
       */
      PLAIN,

      /**
       * {@code warning}
       */
      WARNING
    }
  }
}
