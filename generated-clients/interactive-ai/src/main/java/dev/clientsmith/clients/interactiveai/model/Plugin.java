package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clientsmith.runtime.json.UnionDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One of several shapes.
 *
 * <p>Variants: {@link OfModeration}, {@link OfWeb}, {@link OfFileParser}, {@link OfResponseHealing}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = Plugin.Deserializer.class
)
@JsonSerialize(
    using = Plugin.Serializer.class
)
public sealed interface Plugin permits Plugin.OfModeration, Plugin.OfWeb, Plugin.OfFileParser, Plugin.OfResponseHealing, Plugin.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code moderation} variant.
   */
  static Plugin ofModeration(ModerationPlugin value) {
    return new OfModeration(value);
  }

  /**
   * Whether this is the {@code moderation} variant.
   */
  default boolean isModeration() {
    return this instanceof OfModeration;
  }

  /**
   * The value of the {@code moderation} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ModerationPlugin asModeration() {
    if (this instanceof OfModeration variant) {
      return variant.value();
    }
    throw new IllegalStateException("Plugin is not Moderation: " + this);
  }

  /**
   * The {@code web} variant.
   */
  static Plugin ofWeb(WebPlugin value) {
    return new OfWeb(value);
  }

  /**
   * Whether this is the {@code web} variant.
   */
  default boolean isWeb() {
    return this instanceof OfWeb;
  }

  /**
   * The value of the {@code web} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default WebPlugin asWeb() {
    if (this instanceof OfWeb variant) {
      return variant.value();
    }
    throw new IllegalStateException("Plugin is not Web: " + this);
  }

  /**
   * The {@code file-parser} variant.
   */
  static Plugin ofFileParser(FileParserPlugin value) {
    return new OfFileParser(value);
  }

  /**
   * Whether this is the {@code file-parser} variant.
   */
  default boolean isFileParser() {
    return this instanceof OfFileParser;
  }

  /**
   * The value of the {@code file-parser} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default FileParserPlugin asFileParser() {
    if (this instanceof OfFileParser variant) {
      return variant.value();
    }
    throw new IllegalStateException("Plugin is not FileParser: " + this);
  }

  /**
   * The {@code response-healing} variant.
   */
  static Plugin ofResponseHealing(ResponseHealingPlugin value) {
    return new OfResponseHealing(value);
  }

  /**
   * Whether this is the {@code response-healing} variant.
   */
  default boolean isResponseHealing() {
    return this instanceof OfResponseHealing;
  }

  /**
   * The value of the {@code response-healing} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ResponseHealingPlugin asResponseHealing() {
    if (this instanceof OfResponseHealing variant) {
      return variant.value();
    }
    throw new IllegalStateException("Plugin is not ResponseHealing: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static Plugin unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code moderation} variant.
   *
   * @param value the value
   */
  record OfModeration(ModerationPlugin value) implements Plugin {
    public OfModeration(ModerationPlugin value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitModeration(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code web} variant.
   *
   * @param value the value
   */
  record OfWeb(WebPlugin value) implements Plugin {
    public OfWeb(WebPlugin value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWeb(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code file-parser} variant.
   *
   * @param value the value
   */
  record OfFileParser(FileParserPlugin value) implements Plugin {
    public OfFileParser(FileParserPlugin value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFileParser(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code response-healing} variant.
   *
   * @param value the value
   */
  record OfResponseHealing(ResponseHealingPlugin value) implements Plugin {
    public OfResponseHealing(ResponseHealingPlugin value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResponseHealing(value);
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
  record Unknown(JsonNode value) implements Plugin {
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
   * One method per variant of {@link Plugin}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitModeration(ModerationPlugin value);

    R visitWeb(WebPlugin value);

    R visitFileParser(FileParserPlugin value);

    R visitResponseHealing(ResponseHealingPlugin value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown Plugin: " + json);
    }
  }

  /**
   * Picks the variant from the value of {@code id}, buffering only the properties before it, and binds it.
   */
  final class Deserializer extends UnionDeserializer<Plugin> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(Plugin.class, "id", Unknown::new, List.of(
            tagged(List.of("moderation"), ModerationPlugin.class, OfModeration::new),
            tagged(List.of("web"), WebPlugin.class, OfWeb::new),
            tagged(List.of("file-parser"), FileParserPlugin.class, OfFileParser::new),
            tagged(List.of("response-healing"), ResponseHealingPlugin.class, OfResponseHealing::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<Plugin> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Plugin.class);
    }

    @Override
    public void serialize(Plugin value, JsonGenerator generator, SerializerProvider provider) throws
        IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
