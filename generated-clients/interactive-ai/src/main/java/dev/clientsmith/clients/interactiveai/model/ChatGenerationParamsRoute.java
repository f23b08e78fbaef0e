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
 * Values of {@code ChatGenerationParamsRoute}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ChatGenerationParamsRoute {
  /**
   * {@code fallback}
   */
  public static final ChatGenerationParamsRoute FALLBACK = new ChatGenerationParamsRoute("fallback", Known.FALLBACK);

  /**
   * {@code sort}
   */
  public static final ChatGenerationParamsRoute SORT = new ChatGenerationParamsRoute("sort", Known.SORT);

  private static final Map<String, ChatGenerationParamsRoute> BY_VALUE;

  static {
    Map<String, ChatGenerationParamsRoute> map = new LinkedHashMap<>();
    map.put(FALLBACK.value, FALLBACK);
    map.put(SORT.value, SORT);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ChatGenerationParamsRoute(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ChatGenerationParamsRoute of(String value) {
    Objects.requireNonNull(value, "value");
    ChatGenerationParamsRoute constant = BY_VALUE.get(value);
    return constant != null ? constant : new ChatGenerationParamsRoute(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ChatGenerationParamsRoute> values() {
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
    if (!(other instanceof ChatGenerationParamsRoute that)) {
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
     * {@code fallback}
     */
    FALLBACK,

    /**
     * {@code sort}
     */
    SORT
  }
}
