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
 * Values of {@code ChatCompletionFinishReason}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ChatCompletionFinishReason {
  /**
   * {@code tool_calls}
   */
  public static final ChatCompletionFinishReason TOOL_CALLS = new ChatCompletionFinishReason("tool_calls", Known.TOOL_CALLS);

  /**
   * {@code stop}
   */
  public static final ChatCompletionFinishReason STOP = new ChatCompletionFinishReason("stop", Known.STOP);

  /**
   * {@code length}
   */
  public static final ChatCompletionFinishReason LENGTH = new ChatCompletionFinishReason("length", Known.LENGTH);

  /**
   * {@code content_filter}
   */
  public static final ChatCompletionFinishReason CONTENT_FILTER = new ChatCompletionFinishReason("content_filter", Known.CONTENT_FILTER);

  /**
   * {@code error}
   */
  public static final ChatCompletionFinishReason ERROR = new ChatCompletionFinishReason("error", Known.ERROR);

  private static final Map<String, ChatCompletionFinishReason> BY_VALUE;

  static {
    Map<String, ChatCompletionFinishReason> map = new LinkedHashMap<>();
    map.put(TOOL_CALLS.value, TOOL_CALLS);
    map.put(STOP.value, STOP);
    map.put(LENGTH.value, LENGTH);
    map.put(CONTENT_FILTER.value, CONTENT_FILTER);
    map.put(ERROR.value, ERROR);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ChatCompletionFinishReason(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ChatCompletionFinishReason of(String value) {
    Objects.requireNonNull(value, "value");
    ChatCompletionFinishReason constant = BY_VALUE.get(value);
    return constant != null ? constant : new ChatCompletionFinishReason(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ChatCompletionFinishReason> values() {
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
    if (!(other instanceof ChatCompletionFinishReason that)) {
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
     * {@code tool_calls}
     */
    TOOL_CALLS,

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
    CONTENT_FILTER,

    /**
     * {@code error}
     */
    ERROR
  }
}
