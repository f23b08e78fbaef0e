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
 * Values of {@code ProviderSort}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ProviderSort {
  /**
   * {@code price}
   */
  public static final ProviderSort PRICE = new ProviderSort("price", Known.PRICE);

  /**
   * {@code throughput}
   */
  public static final ProviderSort THROUGHPUT = new ProviderSort("throughput", Known.THROUGHPUT);

  /**
   * {@code latency}
   */
  public static final ProviderSort LATENCY = new ProviderSort("latency", Known.LATENCY);

  private static final Map<String, ProviderSort> BY_VALUE;

  static {
    Map<String, ProviderSort> map = new LinkedHashMap<>();
    map.put(PRICE.value, PRICE);
    map.put(THROUGHPUT.value, THROUGHPUT);
    map.put(LATENCY.value, LATENCY);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ProviderSort(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ProviderSort of(String value) {
    Objects.requireNonNull(value, "value");
    ProviderSort constant = BY_VALUE.get(value);
    return constant != null ? constant : new ProviderSort(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ProviderSort> values() {
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
    if (!(other instanceof ProviderSort that)) {
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
     * {@code price}
     */
    PRICE,

    /**
     * {@code throughput}
     */
    THROUGHPUT,

    /**
     * {@code latency}
     */
    LATENCY
  }
}
