package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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

/**
 * The {@code ChatMessageTokenLogprobs} object of the API.
 */
@JsonDeserialize(
    using = ChatMessageTokenLogprobs.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatMessageTokenLogprobs {
  @JsonProperty("content")
  private final Nullable<List<ChatMessageTokenLogprob>> content;

  @JsonProperty("refusal")
  private final Nullable<List<ChatMessageTokenLogprob>> refusal;

  private final Map<String, JsonNode> additionalProperties;

  private ChatMessageTokenLogprobs(Builder b) {
    this.content = b.content.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.content.get()))) : b.content;
    this.refusal = b.refusal.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.refusal.get()))) : b.refusal;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code content} property.
   *
   * <p>Empty when absent or null; {@link #contentField()} tells which.
   */
  public List<ChatMessageTokenLogprob> content() {
    return content.isPresent() ? content.get() : List.of();
  }

  /**
   * The {@code content} property with its three states: absent, null, or a value.
   */
  public Nullable<List<ChatMessageTokenLogprob>> contentField() {
    return content;
  }

  /**
   * The {@code refusal} property.
   *
   * <p>Empty when absent or null; {@link #refusalField()} tells which.
   */
  public List<ChatMessageTokenLogprob> refusal() {
    return refusal.isPresent() ? refusal.get() : List.of();
  }

  /**
   * The {@code refusal} property with its three states: absent, null, or a value.
   */
  public Nullable<List<ChatMessageTokenLogprob>> refusalField() {
    return refusal;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatMessageTokenLogprobs}.
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
    b.content = this.content.isPresent() ? Nullable.of(new ArrayList<>(this.content.get())) : this.content;
    b.refusal = this.refusal.isPresent() ? Nullable.of(new ArrayList<>(this.refusal.get())) : this.refusal;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatMessageTokenLogprobs that)) {
      return false;
    }
    return Objects.equals(content, that.content)
            && Objects.equals(refusal, that.refusal)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(content, refusal, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatMessageTokenLogprobs", additionalProperties, "content", content,
        "refusal", refusal);
  }

  /**
   * Builds {@link ChatMessageTokenLogprobs}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<List<ChatMessageTokenLogprob>> content = Nullable.absent();

    private Nullable<List<ChatMessageTokenLogprob>> refusal = Nullable.absent();

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("content")
    private Builder jsonContent(List<ChatMessageTokenLogprob> value) {
      this.content = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code content}.
     *
     * @param content the value, or {@code null} to send an explicit null
     */
    public Builder content(List<ChatMessageTokenLogprob> content) {
      this.content = content == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(content));
      return this;
    }

    /**
     * Adds one element to {@code content}.
     */
    public Builder addContentItem(ChatMessageTokenLogprob element) {
      List<ChatMessageTokenLogprob> list = content.isPresent() ? content.get() : new ArrayList<>();
      list.add(element);
      this.content = Nullable.of(list);
      return this;
    }

    @JsonProperty("refusal")
    private Builder jsonRefusal(List<ChatMessageTokenLogprob> value) {
      this.refusal = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code refusal}.
     *
     * @param refusal the value, or {@code null} to send an explicit null
     */
    public Builder refusal(List<ChatMessageTokenLogprob> refusal) {
      this.refusal = refusal == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(refusal));
      return this;
    }

    /**
     * Adds one element to {@code refusal}.
     */
    public Builder addRefusalItem(ChatMessageTokenLogprob element) {
      List<ChatMessageTokenLogprob> list = refusal.isPresent() ? refusal.get() : new ArrayList<>();
      list.add(element);
      this.refusal = Nullable.of(list);
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
    public ChatMessageTokenLogprobs build() {
      if (content.isAbsent()) {
        throw new IllegalStateException("ChatMessageTokenLogprobs.content is required but was not set (set it to a value, or to null)");
      }
      if (refusal.isAbsent()) {
        throw new IllegalStateException("ChatMessageTokenLogprobs.refusal is required but was not set (set it to a value, or to null)");
      }
      return new ChatMessageTokenLogprobs(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatMessageTokenLogprobs buildFromJson() {
      return new ChatMessageTokenLogprobs(this);
    }

    /**
     * Reads {@link ChatMessageTokenLogprobs} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatMessageTokenLogprobs> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatMessageTokenLogprobs.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("content", new TypeReference<List<ChatMessageTokenLogprob>>() { }, Builder::jsonContent),
              property("refusal", new TypeReference<List<ChatMessageTokenLogprob>>() { }, Builder::jsonRefusal)));
      }
    }
  }
}
