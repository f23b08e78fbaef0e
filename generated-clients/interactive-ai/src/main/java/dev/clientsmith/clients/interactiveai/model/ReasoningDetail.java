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
 * <p>Variants: {@link OfReasoningSummary}, {@link OfReasoningEncrypted}, {@link OfReasoningText}. JSON that matches none is kept as {@link Unknown}.
 */
@JsonDeserialize(
    using = ReasoningDetail.Deserializer.class
)
@JsonSerialize(
    using = ReasoningDetail.Serializer.class
)
public sealed interface ReasoningDetail permits ReasoningDetail.OfReasoningSummary, ReasoningDetail.OfReasoningEncrypted, ReasoningDetail.OfReasoningText, ReasoningDetail.Unknown {
  /**
   * The wrapped value: the variant's value, or the raw JSON of an {@link Unknown}.
   */
  Object value();

  /**
   * Calls the visitor method for this variant.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code reasoning.summary} variant.
   */
  static ReasoningDetail ofReasoningSummary(ReasoningSummary value) {
    return new OfReasoningSummary(value);
  }

  /**
   * Whether this is the {@code reasoning.summary} variant.
   */
  default boolean isReasoningSummary() {
    return this instanceof OfReasoningSummary;
  }

  /**
   * The value of the {@code reasoning.summary} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ReasoningSummary asReasoningSummary() {
    if (this instanceof OfReasoningSummary variant) {
      return variant.value();
    }
    throw new IllegalStateException("ReasoningDetail is not ReasoningSummary: " + this);
  }

  /**
   * The {@code reasoning.encrypted} variant.
   */
  static ReasoningDetail ofReasoningEncrypted(ReasoningEncrypted value) {
    return new OfReasoningEncrypted(value);
  }

  /**
   * Whether this is the {@code reasoning.encrypted} variant.
   */
  default boolean isReasoningEncrypted() {
    return this instanceof OfReasoningEncrypted;
  }

  /**
   * The value of the {@code reasoning.encrypted} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ReasoningEncrypted asReasoningEncrypted() {
    if (this instanceof OfReasoningEncrypted variant) {
      return variant.value();
    }
    throw new IllegalStateException("ReasoningDetail is not ReasoningEncrypted: " + this);
  }

  /**
   * The {@code reasoning.text} variant.
   */
  static ReasoningDetail ofReasoningText(ReasoningText value) {
    return new OfReasoningText(value);
  }

  /**
   * Whether this is the {@code reasoning.text} variant.
   */
  default boolean isReasoningText() {
    return this instanceof OfReasoningText;
  }

  /**
   * The value of the {@code reasoning.text} variant.
   *
   * @throws IllegalStateException if this is another variant
   */
  default ReasoningText asReasoningText() {
    if (this instanceof OfReasoningText variant) {
      return variant.value();
    }
    throw new IllegalStateException("ReasoningDetail is not ReasoningText: " + this);
  }

  /**
   * A value of a shape this client does not know, sent as given.
   */
  static ReasoningDetail unknown(JsonNode json) {
    return new Unknown(json);
  }

  /**
   * Whether the JSON matched no known variant.
   */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * The {@code reasoning.summary} variant.
   *
   * @param value the value
   */
  record OfReasoningSummary(ReasoningSummary value) implements ReasoningDetail {
    public OfReasoningSummary(ReasoningSummary value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReasoningSummary(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code reasoning.encrypted} variant.
   *
   * @param value the value
   */
  record OfReasoningEncrypted(ReasoningEncrypted value) implements ReasoningDetail {
    public OfReasoningEncrypted(ReasoningEncrypted value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReasoningEncrypted(value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * The {@code reasoning.text} variant.
   *
   * @param value the value
   */
  record OfReasoningText(ReasoningText value) implements ReasoningDetail {
    public OfReasoningText(ReasoningText value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReasoningText(value);
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
  record Unknown(JsonNode value) implements ReasoningDetail {
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
   * One method per variant of {@link ReasoningDetail}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visitReasoningSummary(ReasoningSummary value);

    R visitReasoningEncrypted(ReasoningEncrypted value);

    R visitReasoningText(ReasoningText value);

    /**
     * Called for JSON that matched no variant; fails unless overridden.
     */
    default R visitUnknown(JsonNode json) {
      throw new IllegalStateException("unknown ReasoningDetail: " + json);
    }
  }

  /**
   * Picks the variant from the value of {@code type}, buffering only the properties before it, and binds it.
   */
  final class Deserializer extends UnionDeserializer<ReasoningDetail> {
    /**
     * Called by Jackson.
     */
    public Deserializer() {
      super(ReasoningDetail.class, "type", Unknown::new, List.of(
            tagged(List.of("reasoning.summary"), ReasoningSummary.class, OfReasoningSummary::new),
            tagged(List.of("reasoning.encrypted"), ReasoningEncrypted.class, OfReasoningEncrypted::new),
            tagged(List.of("reasoning.text"), ReasoningText.class, OfReasoningText::new)));
    }
  }

  /**
   * Writes the wrapped value as it is: a union has no JSON shape of its own.
   */
  final class Serializer extends StdSerializer<ReasoningDetail> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ReasoningDetail.class);
    }

    @Override
    public void serialize(ReasoningDetail value, JsonGenerator generator,
        SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.value(), generator);
    }
  }
}
