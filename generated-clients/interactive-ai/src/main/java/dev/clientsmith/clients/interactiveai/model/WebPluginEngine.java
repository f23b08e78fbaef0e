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
 * Values of {@code WebPluginEngine}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class WebPluginEngine {
  /**
   * {@code native}
   */
  public static final WebPluginEngine NATIVE = new WebPluginEngine("native", Known.NATIVE);

  /**
   * {@code exa}
   */
  public static final WebPluginEngine EXA = new WebPluginEngine("exa", Known.EXA);

  private static final Map<String, WebPluginEngine> BY_VALUE;

  static {
    Map<String, WebPluginEngine> map = new LinkedHashMap<>();
    map.put(NATIVE.value, NATIVE);
    map.put(EXA.value, EXA);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private WebPluginEngine(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static WebPluginEngine of(String value) {
    Objects.requireNonNull(value, "value");
    WebPluginEngine constant = BY_VALUE.get(value);
    return constant != null ? constant : new WebPluginEngine(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<WebPluginEngine> values() {
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
    if (!(other instanceof WebPluginEngine that)) {
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
     * {@code native}
     */
    NATIVE,

    /**
     * {@code exa}
     */
    EXA
  }
}
