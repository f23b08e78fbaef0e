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
 * Values of {@code Quantization}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class Quantization {
  /**
   * {@code int4}
   */
  public static final Quantization INT4 = new Quantization("int4", Known.INT4);

  /**
   * {@code int8}
   */
  public static final Quantization INT8 = new Quantization("int8", Known.INT8);

  /**
   * {@code fp4}
   */
  public static final Quantization FP4 = new Quantization("fp4", Known.FP4);

  /**
   * {@code fp6}
   */
  public static final Quantization FP6 = new Quantization("fp6", Known.FP6);

  /**
   * {@code fp8}
   */
  public static final Quantization FP8 = new Quantization("fp8", Known.FP8);

  /**
   * {@code fp16}
   */
  public static final Quantization FP16 = new Quantization("fp16", Known.FP16);

  /**
   * {@code bf16}
   */
  public static final Quantization BF16 = new Quantization("bf16", Known.BF16);

  /**
   * {@code fp32}
   */
  public static final Quantization FP32 = new Quantization("fp32", Known.FP32);

  /**
   * {@code unknown}
   */
  public static final Quantization UNKNOWN = new Quantization("unknown", Known.UNKNOWN);

  private static final Map<String, Quantization> BY_VALUE;

  static {
    Map<String, Quantization> map = new LinkedHashMap<>();
    map.put(INT4.value, INT4);
    map.put(INT8.value, INT8);
    map.put(FP4.value, FP4);
    map.put(FP6.value, FP6);
    map.put(FP8.value, FP8);
    map.put(FP16.value, FP16);
    map.put(BF16.value, BF16);
    map.put(FP32.value, FP32);
    map.put(UNKNOWN.value, UNKNOWN);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private Quantization(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static Quantization of(String value) {
    Objects.requireNonNull(value, "value");
    Quantization constant = BY_VALUE.get(value);
    return constant != null ? constant : new Quantization(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<Quantization> values() {
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
    if (!(other instanceof Quantization that)) {
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
     * {@code int4}
     */
    INT4,

    /**
     * {@code int8}
     */
    INT8,

    /**
     * {@code fp4}
     */
    FP4,

    /**
     * {@code fp6}
     */
    FP6,

    /**
     * {@code fp8}
     */
    FP8,

    /**
     * {@code fp16}
     */
    FP16,

    /**
     * {@code bf16}
     */
    BF16,

    /**
     * {@code fp32}
     */
    FP32,

    /**
     * {@code unknown}
     */
    UNKNOWN
  }
}
