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
 * Values of {@code ProviderSortConfigPartition}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ProviderSortConfigPartition {
  /**
   * {@code model}
   */
  public static final ProviderSortConfigPartition MODEL = new ProviderSortConfigPartition("model", Known.MODEL);

  /**
   * {@code none}
   */
  public static final ProviderSortConfigPartition NONE = new ProviderSortConfigPartition("none", Known.NONE);

  private static final Map<String, ProviderSortConfigPartition> BY_VALUE;

  static {
    Map<String, ProviderSortConfigPartition> map = new LinkedHashMap<>();
    map.put(MODEL.value, MODEL);
    map.put(NONE.value, NONE);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ProviderSortConfigPartition(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ProviderSortConfigPartition of(String value) {
    Objects.requireNonNull(value, "value");
    ProviderSortConfigPartition constant = BY_VALUE.get(value);
    return constant != null ? constant : new ProviderSortConfigPartition(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ProviderSortConfigPartition> values() {
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
    if (!(other instanceof ProviderSortConfigPartition that)) {
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
     * {@code model}
     */
    MODEL,

    /**
     * {@code none}
     */
    NONE
  }
}
