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
 * Values of {@code ChatGenerationParamsReasoningEffort}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ChatGenerationParamsReasoningEffort {
  /**
   * {@code xhigh}
   */
  public static final ChatGenerationParamsReasoningEffort XHIGH = new ChatGenerationParamsReasoningEffort("xhigh", Known.XHIGH);

  /**
   * {@code high}
   */
  public static final ChatGenerationParamsReasoningEffort HIGH = new ChatGenerationParamsReasoningEffort("high", Known.HIGH);

  /**
   * {@code medium}
   */
  public static final ChatGenerationParamsReasoningEffort MEDIUM = new ChatGenerationParamsReasoningEffort("medium", Known.MEDIUM);

  /**
   * {@code low}
   */
  public static final ChatGenerationParamsReasoningEffort LOW = new ChatGenerationParamsReasoningEffort("low", Known.LOW);

  /**
   * {@code minimal}
   */
  public static final ChatGenerationParamsReasoningEffort MINIMAL = new ChatGenerationParamsReasoningEffort("minimal", Known.MINIMAL);

  /**
   * {@code none}
   */
  public static final ChatGenerationParamsReasoningEffort NONE = new ChatGenerationParamsReasoningEffort("none", Known.NONE);

  private static final Map<String, ChatGenerationParamsReasoningEffort> BY_VALUE;

  static {
    Map<String, ChatGenerationParamsReasoningEffort> map = new LinkedHashMap<>();
    map.put(XHIGH.value, XHIGH);
    map.put(HIGH.value, HIGH);
    map.put(MEDIUM.value, MEDIUM);
    map.put(LOW.value, LOW);
    map.put(MINIMAL.value, MINIMAL);
    map.put(NONE.value, NONE);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ChatGenerationParamsReasoningEffort(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ChatGenerationParamsReasoningEffort of(String value) {
    Objects.requireNonNull(value, "value");
    ChatGenerationParamsReasoningEffort constant = BY_VALUE.get(value);
    return constant != null ? constant : new ChatGenerationParamsReasoningEffort(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ChatGenerationParamsReasoningEffort> values() {
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
    if (!(other instanceof ChatGenerationParamsReasoningEffort that)) {
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
     * {@code xhigh}
     */
    XHIGH,

    /**
     * {@code high}
     */
    HIGH,

    /**
     * {@code medium}
     */
    MEDIUM,

    /**
     * {@code low}
     */
    LOW,

    /**
     * {@code minimal}
     */
    MINIMAL,

    /**
     * {@code none}
     */
    NONE
  }
}
