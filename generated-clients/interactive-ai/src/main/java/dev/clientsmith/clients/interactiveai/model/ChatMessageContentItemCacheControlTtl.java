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
 * Values of {@code ChatMessageContentItemCacheControlTtl}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ChatMessageContentItemCacheControlTtl {
  /**
   * {@code 5m}
   */
  public static final ChatMessageContentItemCacheControlTtl _5M = new ChatMessageContentItemCacheControlTtl("5m", Known._5M);

  /**
   * {@code 1h}
   */
  public static final ChatMessageContentItemCacheControlTtl _1H = new ChatMessageContentItemCacheControlTtl("1h", Known._1H);

  private static final Map<String, ChatMessageContentItemCacheControlTtl> BY_VALUE;

  static {
    Map<String, ChatMessageContentItemCacheControlTtl> map = new LinkedHashMap<>();
    map.put(_5M.value, _5M);
    map.put(_1H.value, _1H);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ChatMessageContentItemCacheControlTtl(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ChatMessageContentItemCacheControlTtl of(String value) {
    Objects.requireNonNull(value, "value");
    ChatMessageContentItemCacheControlTtl constant = BY_VALUE.get(value);
    return constant != null ? constant : new ChatMessageContentItemCacheControlTtl(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ChatMessageContentItemCacheControlTtl> values() {
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
    if (!(other instanceof ChatMessageContentItemCacheControlTtl that)) {
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
     * {@code 5m}
     */
    _5M,

    /**
     * {@code 1h}
     */
    _1H
  }
}
