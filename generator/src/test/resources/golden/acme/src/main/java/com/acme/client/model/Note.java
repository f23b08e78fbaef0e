package com.acme.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.IntegralDoubleSerializer;
import dev.clientsmith.runtime.json.JsonShape;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.Nullable;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Note} object of the API.
 */
@JsonDeserialize(
    using = Note.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Note {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("text")
  private final String text;

  @JsonProperty("score")
  @JsonSerialize(
      using = IntegralDoubleSerializer.class
  )
  private final Double score;

  @JsonProperty("weight")
  private final Weight weight;

  @JsonProperty("choices")
  private final List<Choice> choices;

  private final Map<String, JsonNode> additionalProperties;

  private Note(Builder b) {
    this.id = b.id;
    this.text = b.text;
    this.score = b.score;
    this.weight = b.weight;
    this.choices = b.choices == null ? null : Collections.unmodifiableList(new ArrayList<>(b.choices));
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code id} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String id() {
    if (id == null) {
      throw new IllegalStateException("Note.id is required, but the response did not contain 'id'");
    }
    return id;
  }

  /**
   * The {@code text} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public String text() {
    if (text == null) {
      throw new IllegalStateException("Note.text is required, but the response did not contain 'text'");
    }
    return text;
  }

  /**
   * The {@code score} property.
   */
  public Optional<Double> score() {
    return Optional.ofNullable(score);
  }

  /**
   * The {@code weight} property.
   */
  public Optional<Weight> weight() {
    return Optional.ofNullable(weight);
  }

  /**
   * The {@code choices} property.
   *
   * <p>Empty when absent; {@link #choicesField()} tells which.
   */
  public List<Choice> choices() {
    return choices != null ? choices : List.of();
  }

  /**
   * The {@code choices} property, empty when absent (as opposed to present and empty).
   */
  public Optional<List<Choice>> choicesField() {
    return Optional.ofNullable(choices);
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link Note}.
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
    b.text = this.text;
    b.score = this.score;
    b.weight = this.weight;
    b.choices = this.choices == null ? null : new ArrayList<>(this.choices);
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Note that)) {
      return false;
    }
    return Objects.equals(id, that.id)
            && Objects.equals(text, that.text)
            && Objects.equals(score, that.score)
            && Objects.equals(weight, that.weight)
            && Objects.equals(choices, that.choices)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, score, weight, choices, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("Note", additionalProperties, "id", id, "text", text, "score", score,
        "weight", weight, "choices", choices);
  }

  /**
   * Builds {@link Note}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private String id;

    private String text;

    private Double score;

    private Weight weight;

    private List<Choice> choices;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("id")
    private Builder jsonId(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code id}.
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      this.id = id;
      return this;
    }

    @JsonProperty("text")
    private Builder jsonText(String value) {
      this.text = value;
      return this;
    }

    /**
     * Sets {@code text}.
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "text");
      this.text = text;
      return this;
    }

    @JsonProperty("score")
    private Builder jsonScore(Double value) {
      this.score = value;
      return this;
    }

    /**
     * Sets {@code score}.
     */
    public Builder score(Double score) {
      Objects.requireNonNull(score, "score");
      this.score = score;
      return this;
    }

    /**
     * Sets {@code score}, from a primitive {@code double}.
     */
    public Builder score(double value) {
      return score(Double.valueOf(value));
    }

    @JsonProperty("weight")
    private Builder jsonWeight(Weight value) {
      this.weight = value;
      return this;
    }

    /**
     * Sets {@code weight}.
     */
    public Builder weight(Weight weight) {
      Objects.requireNonNull(weight, "weight");
      this.weight = weight;
      return this;
    }

    /**
     * Sets {@code weight} to the {@code Number} variant.
     */
    public Builder weight(Double value) {
      return weight(Weight.ofNumber(value));
    }

    /**
     * Sets the {@code weight} variant Number, from a primitive {@code double}.
     */
    public Builder weight(double value) {
      return weight(Double.valueOf(value));
    }

    /**
     * Sets {@code weight} to the {@code String} variant.
     */
    public Builder weight(String value) {
      return weight(Weight.ofString(value));
    }

    @JsonProperty("choices")
    private Builder jsonChoices(List<Choice> value) {
      this.choices = value;
      return this;
    }

    /**
     * Sets {@code choices}.
     */
    public Builder choices(List<Choice> choices) {
      Objects.requireNonNull(choices, "choices");
      this.choices = new ArrayList<>(choices);
      return this;
    }

    /**
     * Adds one element to {@code choices}.
     */
    public Builder addChoice(Choice element) {
      if (choices == null) {
        choices = new ArrayList<>();
      }
      choices.add(element);
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
    public Note build() {
      if (id == null) {
        throw new IllegalStateException("Note.id is required but was not set");
      }
      if (text == null) {
        throw new IllegalStateException("Note.text is required but was not set");
      }
      return new Note(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private Note buildFromJson() {
      return new Note(this);
    }

    /**
     * Reads {@link Note} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, Note> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Note.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("text", String.class, Builder::jsonText),
              property("score", Double.class, Builder::jsonScore),
              property("weight", Weight.class, Builder::jsonWeight),
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices)));
      }
    }
  }

  /**
   * The {@code NoteChoice} object of the API.
   */
  @JsonDeserialize(
      using = Choice.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Choice {
    @JsonProperty("index")
    private final Long index;

    @JsonProperty("message")
    private final Message message;

    private final Map<String, JsonNode> additionalProperties;

    private Choice(Builder b) {
      this.index = b.index;
      this.message = b.message;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code index} property.
     */
    public Optional<Long> index() {
      return Optional.ofNullable(index);
    }

    /**
     * The {@code message} property.
     */
    public Optional<Message> message() {
      return Optional.ofNullable(message);
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
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(index, message, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Choice", additionalProperties, "index", index, "message", message);
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
      private Long index;

      private Message message;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("index")
      private Builder jsonIndex(Long value) {
        this.index = value;
        return this;
      }

      /**
       * Sets {@code index}.
       */
      public Builder index(Long index) {
        Objects.requireNonNull(index, "index");
        this.index = index;
        return this;
      }

      /**
       * Sets {@code index}, from a primitive {@code long}.
       */
      public Builder index(long value) {
        return index(Long.valueOf(value));
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
      public Choice build() {
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
          super(Choice.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("index", Long.class, Builder::jsonIndex),
                property("message", Message.class, Builder::jsonMessage)));
        }
      }
    }

    /**
     * The {@code NoteChoiceMessage} object of the API.
     */
    @JsonDeserialize(
        using = Message.Builder.Deserializer.class
    )
    @ExplicitJson
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public static final class Message {
      @JsonProperty("role")
      private final String role;

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
       */
      public Optional<String> role() {
        return Optional.ofNullable(role);
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
        private String role;

        private Nullable<String> content = Nullable.absent();

        private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        @JsonProperty("role")
        private Builder jsonRole(String value) {
          this.role = value;
          return this;
        }

        /**
         * Sets {@code role}.
         */
        public Builder role(String role) {
          Objects.requireNonNull(role, "role");
          this.role = role;
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
        public Message build() {
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
            super(Message.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                  property("role", String.class, Builder::jsonRole),
                  property("content", String.class, Builder::jsonContent)));
          }
        }
      }
    }
  }

  /**
   * One of several shapes.
   *
   * <p>Variants: {@link OfNumber}, {@link OfString}. JSON that matches none is kept as {@link Unknown}.
   */
  @JsonDeserialize(
      using = Weight.Deserializer.class
  )
  @JsonSerialize(
      using = Weight.Serializer.class
  )
  public sealed interface Weight permits Weight.OfNumber, Weight.OfString, Weight.Unknown {
    /**
     * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
     */
    Object value();

    /**
     * Calls the visitor method for this variant.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * The {@code Number} variant.
     */
    static Weight ofNumber(Double value) {
      return new OfNumber(value);
    }

    /**
     * Whether this is the {@code Number} variant.
     */
    default boolean isNumber() {
      return this instanceof OfNumber;
    }

    /**
     * The value of the {@code Number} variant.
     *
     * @throws IllegalStateException if this is another variant
     */
    default Double asNumber() {
      if (this instanceof OfNumber variant) {
        return variant.value();
      }
      throw new IllegalStateException("Weight is not Number: " + this);
    }

    /**
     * The {@code String} variant.
     */
    static Weight ofString(String value) {
      return new OfString(value);
    }

    /**
     * Whether this is the {@code String} variant.
     */
    default boolean isString() {
      return this instanceof OfString;
    }

    /**
     * The value of the {@code String} variant.
     *
     * @throws IllegalStateException if this is another variant
     */
    default String asString() {
      if (this instanceof OfString variant) {
        return variant.value();
      }
      throw new IllegalStateException("Weight is not String: " + this);
    }

    /**
     * A value of a shape this client does not know, sent as given.
     */
    static Weight unknown(JsonNode json) {
      return new Unknown(json);
    }

    /**
     * Whether the JSON matched no known variant.
     */
    default boolean isUnknown() {
      return this instanceof Unknown;
    }

    /**
     * The {@code Number} variant.
     *
     * @param value the value
     */
    record OfNumber(Double value) implements Weight {
      public OfNumber(Double value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNumber(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * The {@code String} variant.
     *
     * @param value the value
     */
    record OfString(String value) implements Weight {
      public OfString(String value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitString(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * JSON that matched no variant, kept as it was.
     *
     * @param value the raw JSON
     */
    record Unknown(JsonNode value) implements Weight {
      public Unknown(JsonNode value) {
        this.value = Objects.requireNonNull(value, "value");
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnknown(value);
      }

      @Override
      public String toString() {
        return String.valueOf(value);
      }
    }

    /**
     * One method per variant of {@link Weight}.
     *
     * @param <R> the result type
     */
    interface Visitor<R> {
      R visitNumber(Double value);

      R visitString(String value);

      /**
       * Called for JSON that matched no variant; fails unless overridden.
       */
      default R visitUnknown(JsonNode json) {
        throw new IllegalStateException("unknown Weight: " + json);
      }
    }

    /**
     * Picks the first variant whose shape the JSON has, looking at its tokens (not a tree), and binds it.
     */
    final class Deserializer extends UnionDeserializer<Weight> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(Weight.class, Unknown::new, List.of(
              variant(JsonShape.number(), Double.class, OfNumber::new),
              variant(JsonShape.string(), String.class, OfString::new)));
      }
    }

    /**
     * Writes the wrapped value as it is: a union has no JSON shape of its own.
     */
    final class Serializer extends StdSerializer<Weight> {
      private static final long serialVersionUID = 1L;

      public Serializer() {
        super(Weight.class);
      }

      @Override
      public void serialize(Weight value, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        if (value instanceof OfNumber) {
          IntegralDoubleSerializer.INSTANCE.serialize(value.value(), generator, provider);
          return;
        }
        provider.defaultSerializeValue(value.value(), generator);
      }
    }
  }
}
