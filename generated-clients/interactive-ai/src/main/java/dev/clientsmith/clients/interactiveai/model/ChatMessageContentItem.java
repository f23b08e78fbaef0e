package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of several shapes.
 *
 * <p>Variants: {@link OfText}, {@link OfImageUrl}, {@link OfInputAudio}, {@link OfInputVideo}, {@link OfVideoUrl}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = ChatMessageContentItem.Deserializer.class
)
@JsonSerialize(
    using = ChatMessageContentItem.Serializer.class
)
public sealed interface ChatMessageContentItem permits ChatMessageContentItem.OfText, ChatMessageContentItem.OfImageUrl, ChatMessageContentItem.OfInputAudio, ChatMessageContentItem.OfInputVideo, ChatMessageContentItem.OfVideoUrl, ChatMessageContentItem.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code text} variant.
   */
  static ChatMessageContentItem ofText(ChatMessageContentItemText value) {
    return new OfText(value);
  }

  /**
   * Whether this is the {@code text} variant.
   */
  default boolean isText() {
    return this instanceof OfText;
  }

  /**
   * The value of the {@code text} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ChatMessageContentItemText asText() {
    if (this instanceof OfText variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatMessageContentItem is not Text: " + this);
  }

  /**
   * The {@code image_url} variant.
   */
  static ChatMessageContentItem ofImageUrl(ImageUrl value) {
    return new OfImageUrl(value);
  }

  /**
   * Whether this is the {@code image_url} variant.
   */
  default boolean isImageUrl() {
    return this instanceof OfImageUrl;
  }

  /**
   * The value of the {@code image_url} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ImageUrl asImageUrl() {
    if (this instanceof OfImageUrl variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatMessageContentItem is not ImageUrl: " + this);
  }

  /**
   * The {@code input_audio} variant.
   */
  static ChatMessageContentItem ofInputAudio(InputAudio value) {
    return new OfInputAudio(value);
  }

  /**
   * Whether this is the {@code input_audio} variant.
   */
  default boolean isInputAudio() {
    return this instanceof OfInputAudio;
  }

  /**
   * The value of the {@code input_audio} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default InputAudio asInputAudio() {
    if (this instanceof OfInputAudio variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatMessageContentItem is not InputAudio: " + this);
  }

  /**
   * The {@code input_video} variant.
   */
  static ChatMessageContentItem ofInputVideo(InputVideo value) {
    return new OfInputVideo(value);
  }

  /**
   * Whether this is the {@code input_video} variant.
   */
  default boolean isInputVideo() {
    return this instanceof OfInputVideo;
  }

  /**
   * The value of the {@code input_video} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default InputVideo asInputVideo() {
    if (this instanceof OfInputVideo variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatMessageContentItem is not InputVideo: " + this);
  }

  /**
   * The {@code video_url} variant.
   */
  static ChatMessageContentItem ofVideoUrl(VideoUrl value) {
    return new OfVideoUrl(value);
  }

  /**
   * Whether this is the {@code video_url} variant.
   */
  default boolean isVideoUrl() {
    return this instanceof OfVideoUrl;
  }

  /**
   * The value of the {@code video_url} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default VideoUrl asVideoUrl() {
    if (this instanceof OfVideoUrl variant) {
      return variant.value();
    }
    throw new IllegalStateException("ChatMessageContentItem is not VideoUrl: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static ChatMessageContentItem unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code text} variant.
   *
   * @param value the value
   */
  record OfText(ChatMessageContentItemText value) implements ChatMessageContentItem {
    public OfText(ChatMessageContentItemText value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitText(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code image_url} variant.
   *
   * @param value the value
   */
  record OfImageUrl(ImageUrl value) implements ChatMessageContentItem {
    public OfImageUrl(ImageUrl value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitImageUrl(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code input_audio} variant.
   *
   * @param value the value
   */
  record OfInputAudio(InputAudio value) implements ChatMessageContentItem {
    public OfInputAudio(InputAudio value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInputAudio(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code input_video} variant.
   *
   * @param value the value
   */
  record OfInputVideo(InputVideo value) implements ChatMessageContentItem {
    public OfInputVideo(InputVideo value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInputVideo(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code video_url} variant.
   *
   * @param value the value
   */
  record OfVideoUrl(VideoUrl value) implements ChatMessageContentItem {
    public OfVideoUrl(VideoUrl value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitVideoUrl(value);
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
  record Unknown(JsonNode value) implements ChatMessageContentItem {
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
   * One method per variant of {@link ChatMessageContentItem}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitText(ChatMessageContentItemText value);

    R visitImageUrl(ImageUrl value);

    R visitInputAudio(InputAudio value);

    R visitInputVideo(InputVideo value);

    R visitVideoUrl(VideoUrl value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown ChatMessageContentItem: " + json);
    }
  }

  /**
   * Picks the variant from the value of {@code type}, buffering only the properties before it, and binds it.
   */
  final class Deserializer extends UnionDeserializer<ChatMessageContentItem> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(ChatMessageContentItem.class, "type", Unknown::new, List.of(
            tagged(List.of("text"), ChatMessageContentItemText.class, OfText::new),
            tagged(List.of("image_url"), ImageUrl.class, OfImageUrl::new),
            tagged(List.of("input_audio"), InputAudio.class, OfInputAudio::new),
            tagged(List.of("input_video"), InputVideo.class, OfInputVideo::new),
            tagged(List.of("video_url"), VideoUrl.class, OfVideoUrl::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<ChatMessageContentItem> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ChatMessageContentItem.class);
    }

    @Override
    public void serialize(ChatMessageContentItem value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }

  /**
   * image_url variant
   */
  @JsonDeserialize(
      using = ImageUrl.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  final class ImageUrl {
    @JsonProperty("type")
    private final String type;

    @JsonProperty("image_url")
    private final ChatMessageContentItemImageImageUrl imageUrl;

    private final Map<String, JsonNode> additionalProperties;

    private ImageUrl(Builder b) {
      this.type = b.type;
      this.imageUrl = b.imageUrl;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code type} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String type() {
      if (type == null) {
        throw new IllegalStateException("ImageUrl.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * The {@code image_url} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public ChatMessageContentItemImageImageUrl imageUrl() {
      if (imageUrl == null) {
        throw new IllegalStateException("ImageUrl.imageUrl is required, but the response did not contain 'image_url'");
      }
      return imageUrl;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link ImageUrl}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      b.type = "image_url";
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.type = this.type;
      b.imageUrl = this.imageUrl;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof ImageUrl that)) {
        return false;
      }
      return Objects.equals(type, that.type)
              && Objects.equals(imageUrl, that.imageUrl)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, imageUrl, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("ImageUrl", additionalProperties, "type", type, "imageUrl", imageUrl);
    }

    /**
     * Builds {@link ImageUrl}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String type;

      private ChatMessageContentItemImageImageUrl imageUrl;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
        return this;
      }

      @JsonProperty("image_url")
      private Builder jsonImageUrl(ChatMessageContentItemImageImageUrl value) {
        this.imageUrl = value;
        return this;
      }

      /**
       * Sets {@code image_url}.
       */
      public Builder imageUrl(ChatMessageContentItemImageImageUrl imageUrl) {
        Objects.requireNonNull(imageUrl, "imageUrl");
        this.imageUrl = imageUrl;
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
      public ImageUrl build() {
        if (type == null) {
          throw new IllegalStateException("ImageUrl.type is required but was not set");
        }
        if (imageUrl == null) {
          throw new IllegalStateException("ImageUrl.imageUrl is required but was not set");
        }
        return new ImageUrl(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private ImageUrl buildFromJson() {
        return new ImageUrl(this);
      }

      /**
       * Reads {@link ImageUrl} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, ImageUrl> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(ImageUrl.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("type", String.class, Builder::jsonType),
                property("image_url", ChatMessageContentItemImageImageUrl.class, Builder::jsonImageUrl)));
        }
      }
    }
  }

  /**
   * input_audio variant
   */
  @JsonDeserialize(
      using = InputAudio.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  final class InputAudio {
    @JsonProperty("type")
    private final String type;

    @JsonProperty("input_audio")
    private final ChatMessageContentItemAudioInputAudio inputAudio;

    private final Map<String, JsonNode> additionalProperties;

    private InputAudio(Builder b) {
      this.type = b.type;
      this.inputAudio = b.inputAudio;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code type} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String type() {
      if (type == null) {
        throw new IllegalStateException("InputAudio.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * The {@code input_audio} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public ChatMessageContentItemAudioInputAudio inputAudio() {
      if (inputAudio == null) {
        throw new IllegalStateException("InputAudio.inputAudio is required, but the response did not contain 'input_audio'");
      }
      return inputAudio;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link InputAudio}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      b.type = "input_audio";
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.type = this.type;
      b.inputAudio = this.inputAudio;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof InputAudio that)) {
        return false;
      }
      return Objects.equals(type, that.type)
              && Objects.equals(inputAudio, that.inputAudio)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, inputAudio, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("InputAudio", additionalProperties, "type", type,
          "inputAudio", inputAudio);
    }

    /**
     * Builds {@link InputAudio}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String type;

      private ChatMessageContentItemAudioInputAudio inputAudio;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
        return this;
      }

      @JsonProperty("input_audio")
      private Builder jsonInputAudio(ChatMessageContentItemAudioInputAudio value) {
        this.inputAudio = value;
        return this;
      }

      /**
       * Sets {@code input_audio}.
       */
      public Builder inputAudio(ChatMessageContentItemAudioInputAudio inputAudio) {
        Objects.requireNonNull(inputAudio, "inputAudio");
        this.inputAudio = inputAudio;
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
      public InputAudio build() {
        if (type == null) {
          throw new IllegalStateException("InputAudio.type is required but was not set");
        }
        if (inputAudio == null) {
          throw new IllegalStateException("InputAudio.inputAudio is required but was not set");
        }
        return new InputAudio(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private InputAudio buildFromJson() {
        return new InputAudio(this);
      }

      /**
       * Reads {@link InputAudio} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, InputAudio> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(InputAudio.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("type", String.class, Builder::jsonType),
                property("input_audio", ChatMessageContentItemAudioInputAudio.class, Builder::jsonInputAudio)));
        }
      }
    }
  }

  /**
   * input_video variant
   */
  @JsonDeserialize(
      using = InputVideo.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  final class InputVideo {
    @JsonProperty("type")
    private final String type;

    private final Map<String, JsonNode> additionalProperties;

    private InputVideo(Builder b) {
      this.type = b.type;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code type} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String type() {
      if (type == null) {
        throw new IllegalStateException("InputVideo.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link InputVideo}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      b.type = "input_video";
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.type = this.type;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof InputVideo that)) {
        return false;
      }
      return Objects.equals(type, that.type)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("InputVideo", additionalProperties, "type", type);
    }

    /**
     * Builds {@link InputVideo}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String type;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
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
      public InputVideo build() {
        if (type == null) {
          throw new IllegalStateException("InputVideo.type is required but was not set");
        }
        return new InputVideo(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private InputVideo buildFromJson() {
        return new InputVideo(this);
      }

      /**
       * Reads {@link InputVideo} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, InputVideo> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(InputVideo.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("type", String.class, Builder::jsonType)));
        }
      }
    }
  }

  /**
   * video_url variant
   */
  @JsonDeserialize(
      using = VideoUrl.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  final class VideoUrl {
    @JsonProperty("type")
    private final String type;

    private final Map<String, JsonNode> additionalProperties;

    private VideoUrl(Builder b) {
      this.type = b.type;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * The {@code type} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String type() {
      if (type == null) {
        throw new IllegalStateException("VideoUrl.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link VideoUrl}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      b.type = "video_url";
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.type = this.type;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof VideoUrl that)) {
        return false;
      }
      return Objects.equals(type, that.type)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("VideoUrl", additionalProperties, "type", type);
    }

    /**
     * Builds {@link VideoUrl}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String type;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
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
      public VideoUrl build() {
        if (type == null) {
          throw new IllegalStateException("VideoUrl.type is required but was not set");
        }
        return new VideoUrl(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private VideoUrl buildFromJson() {
        return new VideoUrl(this);
      }

      /**
       * Reads {@link VideoUrl} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, VideoUrl> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(VideoUrl.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("type", String.class, Builder::jsonType)));
        }
      }
    }
  }
}
