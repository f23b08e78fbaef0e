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
 * One server-sent event of a streamed ChatCompletionResponse (derived: the document defines none).
 *
 * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(
    using = CompletionChunk.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class CompletionChunk {
  @JsonProperty("id")
  private final Nullable<String> id;

  @JsonProperty("model")
  private final Nullable<String> model;

  @JsonProperty("choices")
  private final Nullable<List<Choice>> choices;

  @JsonProperty("usage")
  private final Usage usage;

  private final Map<String, JsonNode> additionalProperties;

  private CompletionChunk(Builder b) {
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
   * A builder for a new {@link CompletionChunk}.
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
    if (!(other instanceof CompletionChunk that)) {
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
    return ModelStrings.of("CompletionChunk", additionalProperties, "id", id, "model", model,
        "choices", choices, "usage", usage);
  }

  /**
   * Builds {@link CompletionChunk}; {@link #build()} fails naming any required property that was not set.
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
    public CompletionChunk build() {
      return new CompletionChunk(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private CompletionChunk buildFromJson() {
      return new CompletionChunk(this);
    }

    /**
     * Reads {@link CompletionChunk} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, CompletionChunk> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(CompletionChunk.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
              property("id", String.class, Builder::jsonId),
              property("model", String.class, Builder::jsonModel),
              property("choices", new TypeReference<List<Choice>>() { }, Builder::jsonChoices),
              property("usage", Usage.class, Builder::jsonUsage)));
      }
    }
  }

  /**
   * The {@code CompletionChunkChoice} object of the API.
   *
   * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
   */
  @JsonDeserialize(
      using = Choice.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Choice {
    @JsonProperty("index")
    private final Integer index;

    @JsonProperty("delta")
    private final Delta delta;

    @JsonProperty("finishReason")
    private final Nullable<String> finishReason;

    private final Map<String, JsonNode> additionalProperties;

    private Choice(Builder b) {
      this.index = b.index;
      this.delta = b.delta;
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
     * The {@code delta} property.
     */
    public Optional<Delta> delta() {
      return Optional.ofNullable(delta);
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
      b.delta = this.delta;
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
              && Objects.equals(delta, that.delta)
              && Objects.equals(finishReason, that.finishReason)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(index, delta, finishReason, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Choice", additionalProperties, "index", index, "delta", delta,
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

      private Delta delta;

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

      @JsonProperty("delta")
      private Builder jsonDelta(Delta value) {
        this.delta = value;
        return this;
      }

      /**
       * Sets {@code delta}.
       */
      public Builder delta(Delta delta) {
        Objects.requireNonNull(delta, "delta");
        this.delta = delta;
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
                property("delta", Delta.class, Builder::jsonDelta),
                property("finishReason", String.class, Builder::jsonFinishReason)));
        }
      }
    }

    /**
     * The part of the message this chunk adds; every field is optional.
     *
     * <p>The document allows no properties besides these; undeclared ones a server sends are kept in {@link #additionalProperties()}.
     */
    @JsonDeserialize(
        using = Delta.Builder.Deserializer.class
    )
    @ExplicitJson
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public static final class Delta {
      @JsonProperty("role")
      private final Nullable<String> role;

      @JsonProperty("content")
      private final Nullable<String> content;

      private final Map<String, JsonNode> additionalProperties;

      private Delta(Builder b) {
        this.role = b.role;
        this.content = b.content;
        this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
      }

      /**
       * The {@code role} property.
       *
       * <p>Empty when absent or null; {@link #roleField()} tells which.
       */
      public Optional<String> role() {
        return role.toOptional();
      }

      /**
       * The {@code role} property with its three states: absent, null, or a value.
       */
      public Nullable<String> roleField() {
        return role;
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
       * A builder for a new {@link Delta}.
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
        if (!(other instanceof Delta that)) {
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
        return ModelStrings.of("Delta", additionalProperties, "role", role, "content", content);
      }

      /**
       * Builds {@link Delta}; {@link #build()} fails naming any required property that was not set.
       */
      @ExplicitJson
      @JsonPOJOBuilder(
          withPrefix = "",
          buildMethodName = "buildFromJson"
      )
      public static final class Builder {
        private Nullable<String> role = Nullable.absent();

        private Nullable<String> content = Nullable.absent();

        private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        @JsonProperty("role")
        private Builder jsonRole(String value) {
          this.role = value == null ? Nullable.ofNull() : Nullable.of(value);
          return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role the value, or {@code null} to send an explicit null
         */
        public Builder role(String role) {
          this.role = role == null ? Nullable.ofNull() : Nullable.of(role);
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
        public Delta build() {
          return new Delta(this);
        }

        /**
         * Used by Jackson: reading is lenient, a server's omissions never fail a read.
         */
        private Delta buildFromJson() {
          return new Delta(this);
        }

        /**
         * Reads {@link Delta} from JSON through the builder's setters, keeping undeclared properties.
         */
        public static final class Deserializer extends ModelDeserializer<Builder, Delta> {
          /**
           * Called by Jackson.
           */
          public Deserializer() {
            super(Delta.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::jsonAdditionalProperty, List.of(
                  property("role", String.class, Builder::jsonRole),
                  property("content", String.class, Builder::jsonContent)));
          }
        }
      }
    }
  }
}
