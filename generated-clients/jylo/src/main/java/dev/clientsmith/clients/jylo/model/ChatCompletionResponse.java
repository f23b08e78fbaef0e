package dev.clientsmith.clients.jylo.model;

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
import java.util.Optional;

/**
 * The {@code ChatCompletionResponse} object of the API.
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = ChatCompletionResponse.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ChatCompletionResponse {
  @JsonProperty("id")
  private final Nullable<String> id;

  @JsonProperty("model")
  private final Nullable<String> model;

  @JsonProperty("choices")
  private final Nullable<List<Choice>> choices;

  @JsonProperty("usage")
  private final Usage usage;

  private final Map<String, JsonNode> additionalProperties;

  private ChatCompletionResponse(Builder b) {
    this.id = b.id;
    this.model = b.model;
    this.choices = b.choices.isPresent() ? Nullable.of(Collections.unmodifiableList(new ArrayList<>(b.choices.get()))) : b.choices;
    this.usage = b.usage;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code id} property.
   *
   * <p>Empty when absent or null; {@link #idField()} tells which.
   */
  public Optional<String> id() {
    return id.toOptional();
  }

  /**
   * The {@code id} property with its three states: absent, null, or a value.
   */
  public Nullable<String> idField() {
    return id;
  }

  /**
   * The {@code model} property.
   *
   * <p>Empty when absent or null; {@link #modelField()} tells which.
   */
  public Optional<String> model() {
    return model.toOptional();
  }

  /**
   * The {@code model} property with its three states: absent, null, or a value.
   */
  public Nullable<String> modelField() {
    return model;
  }

  /**
   * The {@code choices} property.
   *
   * <p>Empty when absent or null; {@link #choicesField()} tells which.
   */
  public List<Choice> choices() {
    return choices.isPresent() ? choices.get() : List.of();
  }

  /**
   * The {@code choices} property with its three states: absent, null, or a value.
   */
  public Nullable<List<Choice>> choicesField() {
    return choices;
  }

  /**
   * The {@code usage} property.
   */
  public Optional<Usage> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ChatCompletionResponse}.
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
    b.id = this.id;
    b.model = this.model;
    b.choices = this.choices.isPresent() ? Nullable.of(new ArrayList<>(this.choices.get())) : this.choices;
    b.usage = this.usage;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChatCompletionResponse that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(model, that.model)
            && Objects.equals(choices, that.choices)
            && Objects.equals(usage, that.usage)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, model, choices, usage, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ChatCompletionResponse", additionalProperties, "id", id, "model", model,
        "choices", choices, "usage", usage);
  }

  /**
   * Builds {@link ChatCompletionResponse}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Nullable<String> id = Nullable.absent();

    private Nullable<String> model = Nullable.absent();

    private Nullable<List<Choice>> choices = Nullable.absent();

    private Usage usage;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("id")
    private Builder jsonId(String value) {
      this.id = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code id}.
     *
     * @param id the value, or {@code null} to send an explicit null
     */
    public Builder id(String id) {
      this.id = id == null ? Nullable.ofNull() : Nullable.of(id);
      return this;
    }

    @JsonProperty("model")
    private Builder jsonModel(String value) {
      this.model = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code model}.
     *
     * @param model the value, or {@code null} to send an explicit null
     */
    public Builder model(String model) {
      this.model = model == null ? Nullable.ofNull() : Nullable.of(model);
      return this;
    }

    @JsonProperty("choices")
    private Builder jsonChoices(List<Choice> value) {
      this.choices = value == null ? Nullable.ofNull() : Nullable.of(value);
      return this;
    }

    /**
     * Sets {@code choices}.
     *
     * @param choices the value, or {@code null} to send an explicit null
     */
    public Builder choices(List<Choice> choices) {
      this.choices = choices == null ? Nullable.ofNull() : Nullable.of(new ArrayList<>(choices));
      return this;
    }

    /**
     * Adds one element to {@code choices}.
     */
    public Builder addChoice(Choice element) {
      List<Choice> list = choices.isPresent() ? choices.get() : new ArrayList<>();
      list.add(element);
      this.choices = Nullable.of(list);
      return this;
    }

    @JsonProperty("usage")
    private Builder jsonUsage(Usage value) {
      this.usage = value;
      return this;
    }

    /**
     * Sets {@code usage}.
     */
    public Builder usage(Usage usage) {
      Objects.requireNonNull(usage, "usage");
      this.usage = usage;
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
    public ChatCompletionResponse build() {
      if (choices.isAbsent()) {
        throw new IllegalStateException("ChatCompletionResponse.choices is required but was not set (set it to a value, or to null)");
      }
      return new ChatCompletionResponse(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ChatCompletionResponse buildFromJson() {
      return new ChatCompletionResponse(this);
    }

    /**
     * Reads {@link ChatCompletionResponse} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ChatCompletionResponse> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ChatCompletionResponse.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("model", String.class, Builder::jsonModel),
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices),
              property("usage", Usage.class, Builder::jsonUsage)));
      }
    }
  }
}
