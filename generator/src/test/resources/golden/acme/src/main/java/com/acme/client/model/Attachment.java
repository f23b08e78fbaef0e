package com.acme.client.model;

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
 * <p>Variants: {@link OfLink}, {@link OfInline}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = Attachment.Deserializer.class
)
@JsonSerialize(
    using = Attachment.Serializer.class
)
public sealed interface Attachment permits Attachment.OfLink, Attachment.OfInline, Attachment.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code link} variant.
   */
  static Attachment ofLink(Link value) {
    return new OfLink(value);
  }

  /**
   * Whether this is the {@code link} variant.
   */
  default boolean isLink() {
    return this instanceof OfLink;
  }

  /**
   * The value of the {@code link} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default Link asLink() {
    if (this instanceof OfLink variant) {
      return variant.value();
    }
    throw new IllegalStateException("Attachment is not Link: " + this);
  }

  /**
   * The {@code inline} variant.
   */
  static Attachment ofInline(Inline value) {
    return new OfInline(value);
  }

  /**
   * Whether this is the {@code inline} variant.
   */
  default boolean isInline() {
    return this instanceof OfInline;
  }

  /**
   * The value of the {@code inline} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default Inline asInline() {
    if (this instanceof OfInline variant) {
      return variant.value();
    }
    throw new IllegalStateException("Attachment is not Inline: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static Attachment unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code link} variant.
   *
   * @param value the value
   */
  record OfLink(Link value) implements Attachment {
    public OfLink(Link value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLink(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code inline} variant.
   *
   * @param value the value
   */
  record OfInline(Inline value) implements Attachment {
    public OfInline(Inline value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInline(value);
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
  record Unknown(JsonNode value) implements Attachment {
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
   * One method per variant of {@link Attachment}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitLink(Link value);

    R visitInline(Inline value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown Attachment: " + json);
    }
  }

  /**
   * Picks the variant from the value of {@code type}, buffering only the properties before it, and binds it.
   */
  final class Deserializer extends UnionDeserializer<Attachment> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(Attachment.class, "type", Unknown::new, List.of(
            tagged(List.of("link"), Link.class, OfLink::new),
            tagged(List.of("inline"), Inline.class, OfInline::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<Attachment> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Attachment.class);
    }

    @Override
    public void serialize(Attachment value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }

  /**
   * The {@code AttachmentInline} object of the API.
   */
  @JsonDeserialize(
      using = Inline.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  final class Inline {
    @JsonProperty("type")
    private final String type;

    @JsonProperty("data")
    private final String data;

    private final Map<String, JsonNode> additionalProperties;

    private Inline(Builder b) {
      this.type = b.type;
      this.data = b.data;
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
        throw new IllegalStateException("Inline.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * The {@code data} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String data() {
      if (data == null) {
        throw new IllegalStateException("Inline.data is required, but the response did not contain 'data'");
      }
      return data;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link Inline}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      b.type = "inline";
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.type = this.type;
      b.data = this.data;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Inline that)) {
        return false;
      }
      return Objects.equals(type, that.type)
              && Objects.equals(data, that.data)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, data, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Inline", additionalProperties, "type", type, "data", data);
    }

    /**
     * Builds {@link Inline}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String type;

      private String data;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
        return this;
      }

      @JsonProperty("data")
      private Builder jsonData(String value) {
        this.data = value;
        return this;
      }

      /**
       * Sets {@code data}.
       */
      public Builder data(String data) {
        Objects.requireNonNull(data, "data");
        this.data = data;
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
      public Inline build() {
        if (type == null) {
          throw new IllegalStateException("Inline.type is required but was not set");
        }
        if (data == null) {
          throw new IllegalStateException("Inline.data is required but was not set");
        }
        return new Inline(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private Inline buildFromJson() {
        return new Inline(this);
      }

      /**
       * Reads {@link Inline} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, Inline> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(Inline.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("type", String.class, Builder::jsonType),
                property("data", String.class, Builder::jsonData)));
        }
      }
    }
  }

  /**
   * The {@code AttachmentLink} object of the API.
   */
  @JsonDeserialize(
      using = Link.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  final class Link {
    @JsonProperty("type")
    private final String type;

    @JsonProperty("url")
    private final String url;

    private final Map<String, JsonNode> additionalProperties;

    private Link(Builder b) {
      this.type = b.type;
      this.url = b.url;
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
        throw new IllegalStateException("Link.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * The {@code url} property.
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String url() {
      if (url == null) {
        throw new IllegalStateException("Link.url is required, but the response did not contain 'url'");
      }
      return url;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link Link}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      b.type = "link";
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.type = this.type;
      b.url = this.url;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Link that)) {
        return false;
      }
      return Objects.equals(type, that.type)
              && Objects.equals(url, that.url)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, url, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Link", additionalProperties, "type", type, "url", url);
    }

    /**
     * Builds {@link Link}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String type;

      private String url;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
        return this;
      }

      @JsonProperty("url")
      private Builder jsonUrl(String value) {
        this.url = value;
        return this;
      }

      /**
       * Sets {@code url}.
       */
      public Builder url(String url) {
        Objects.requireNonNull(url, "url");
        this.url = url;
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
      public Link build() {
        if (type == null) {
          throw new IllegalStateException("Link.type is required but was not set");
        }
        if (url == null) {
          throw new IllegalStateException("Link.url is required but was not set");
        }
        return new Link(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private Link buildFromJson() {
        return new Link(this);
      }

      /**
       * Reads {@link Link} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, Link> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(Link.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("type", String.class, Builder::jsonType),
                property("url", String.class, Builder::jsonUrl)));
        }
      }
    }
  }
}
