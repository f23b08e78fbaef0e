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
 * Values of {@code ReasoningSummaryVerbosity}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ReasoningSummaryVerbosity {
  /**
   * {@code auto}
   */
  public static final ReasoningSummaryVerbosity AUTO = new ReasoningSummaryVerbosity("auto", Known.AUTO);

  /**
   * {@code concise}
   */
  public static final ReasoningSummaryVerbosity CONCISE = new ReasoningSummaryVerbosity("concise", Known.CONCISE);

  /**
   * {@code detailed}
   */
  public static final ReasoningSummaryVerbosity DETAILED = new ReasoningSummaryVerbosity("detailed", Known.DETAILED);

  private static final Map<String, ReasoningSummaryVerbosity> BY_VALUE;

  static {
    Map<String, ReasoningSummaryVerbosity> map = new LinkedHashMap<>();
    map.put(AUTO.value, AUTO);
    map.put(CONCISE.value, CONCISE);
    map.put(DETAILED.value, DETAILED);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ReasoningSummaryVerbosity(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ReasoningSummaryVerbosity of(String value) {
    Objects.requireNonNull(value, "value");
    ReasoningSummaryVerbosity constant = BY_VALUE.get(value);
    return constant != null ? constant : new ReasoningSummaryVerbosity(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ReasoningSummaryVerbosity> values() {
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
    if (!(other instanceof ReasoningSummaryVerbosity that)) {
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
     * {@code concise}
     */
    CONCISE,

    /**
     * {@code detailed}
     */
    DETAILED
  }
}
