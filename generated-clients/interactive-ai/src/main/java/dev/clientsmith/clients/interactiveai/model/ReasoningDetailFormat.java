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
 * Values of {@code ReasoningDetailFormat}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ReasoningDetailFormat {
  /**
   * {@code unknown}
   */
  public static final ReasoningDetailFormat UNKNOWN = new ReasoningDetailFormat("unknown", Known.UNKNOWN);

  /**
   * {@code openai-responses-v1}
   */
  public static final ReasoningDetailFormat OPENAI_RESPONSES_V1 = new ReasoningDetailFormat("openai-responses-v1", Known.OPENAI_RESPONSES_V1);

  /**
   * {@code xai-responses-v1}
   */
  public static final ReasoningDetailFormat XAI_RESPONSES_V1 = new ReasoningDetailFormat("xai-responses-v1", Known.XAI_RESPONSES_V1);

  /**
   * {@code anthropic-claude-v1}
   */
  public static final ReasoningDetailFormat ANTHROPIC_CLAUDE_V1 = new ReasoningDetailFormat("anthropic-claude-v1", Known.ANTHROPIC_CLAUDE_V1);

  /**
   * {@code google-gemini-v1}
   */
  public static final ReasoningDetailFormat GOOGLE_GEMINI_V1 = new ReasoningDetailFormat("google-gemini-v1", Known.GOOGLE_GEMINI_V1);

  private static final Map<String, ReasoningDetailFormat> BY_VALUE;

  static {
    Map<String, ReasoningDetailFormat> map = new LinkedHashMap<>();
    map.put(UNKNOWN.value, UNKNOWN);
    map.put(OPENAI_RESPONSES_V1.value, OPENAI_RESPONSES_V1);
    map.put(XAI_RESPONSES_V1.value, XAI_RESPONSES_V1);
    map.put(ANTHROPIC_CLAUDE_V1.value, ANTHROPIC_CLAUDE_V1);
    map.put(GOOGLE_GEMINI_V1.value, GOOGLE_GEMINI_V1);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ReasoningDetailFormat(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ReasoningDetailFormat of(String value) {
    Objects.requireNonNull(value, "value");
    ReasoningDetailFormat constant = BY_VALUE.get(value);
    return constant != null ? constant : new ReasoningDetailFormat(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ReasoningDetailFormat> values() {
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
    if (!(other instanceof ReasoningDetailFormat that)) {
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
     * {@code unknown}
     */
    UNKNOWN,

    /**
     * {@code openai-responses-v1}
     */
    OPENAI_RESPONSES_V1,

    /**
     * {@code xai-responses-v1}
     */
    XAI_RESPONSES_V1,

    /**
     * {@code anthropic-claude-v1}
     */
    ANTHROPIC_CLAUDE_V1,

    /**
     * {@code google-gemini-v1}
     */
    GOOGLE_GEMINI_V1
  }
}
