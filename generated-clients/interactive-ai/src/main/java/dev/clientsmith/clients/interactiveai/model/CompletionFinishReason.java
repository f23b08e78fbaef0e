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
 * Values of {@code CompletionFinishReason}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class CompletionFinishReason {
  /**
   * {@code stop}
   */
  public static final CompletionFinishReason STOP = new CompletionFinishReason("stop", Known.STOP);

  /**
   * {@code length}
   */
  public static final CompletionFinishReason LENGTH = new CompletionFinishReason("length", Known.LENGTH);

  /**
   * {@code content_filter}
   */
  public static final CompletionFinishReason CONTENT_FILTER = new CompletionFinishReason("content_filter", Known.CONTENT_FILTER);

  private static final Map<String, CompletionFinishReason> BY_VALUE;

  static {
    Map<String, CompletionFinishReason> map = new LinkedHashMap<>();
    map.put(STOP.value, STOP);
    map.put(LENGTH.value, LENGTH);
    map.put(CONTENT_FILTER.value, CONTENT_FILTER);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private CompletionFinishReason(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static CompletionFinishReason of(String value) {
    Objects.requireNonNull(value, "value");
    CompletionFinishReason constant = BY_VALUE.get(value);
    return constant != null ? constant : new CompletionFinishReason(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<CompletionFinishReason> values() {
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
    if (!(other instanceof CompletionFinishReason that)) {
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
     * {@code stop}
     */
    STOP,

    /**
     * {@code length}
     */
    LENGTH,

    /**
     * {@code content_filter}
     */
    CONTENT_FILTER
  }
}
