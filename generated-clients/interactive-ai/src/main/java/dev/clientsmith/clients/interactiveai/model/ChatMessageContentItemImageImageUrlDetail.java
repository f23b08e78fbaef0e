package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code ChatMessageContentItemImageImageUrlDetail}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ChatMessageContentItemImageImageUrlDetail {
  /**
   * {@code auto}
   */
  public static final ChatMessageContentItemImageImageUrlDetail AUTO = new ChatMessageContentItemImageImageUrlDetail("auto", Known.AUTO);

  /**
   * {@code low}
   */
  public static final ChatMessageContentItemImageImageUrlDetail LOW = new ChatMessageContentItemImageImageUrlDetail("low", Known.LOW);

  /**
   * {@code high}
   */
  public static final ChatMessageContentItemImageImageUrlDetail HIGH = new ChatMessageContentItemImageImageUrlDetail("high", Known.HIGH);

  private static final Map<String, ChatMessageContentItemImageImageUrlDetail> BY_VALUE;

  static {
    Map<String, ChatMessageContentItemImageImageUrlDetail> map = new LinkedHashMap<>();
    map.put(AUTO.value, AUTO);
    map.put(LOW.value, LOW);
    map.put(HIGH.value, HIGH);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ChatMessageContentItemImageImageUrlDetail(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ChatMessageContentItemImageImageUrlDetail of(String value) {
    Objects.requireNonNull(value, "value");
    ChatMessageContentItemImageImageUrlDetail constant = BY_VALUE.get(value);
    return constant != null ? constant : new ChatMessageContentItemImageImageUrlDetail(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ChatMessageContentItemImageImageUrlDetail> values() {
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
    if (!(other instanceof ChatMessageContentItemImageImageUrlDetail that)) {
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
     * {@code auto}
     */
    AUTO,

    /**
     * {@code low}
     */
    LOW,

    /**
     * {@code high}
     */
    HIGH
  }
}
