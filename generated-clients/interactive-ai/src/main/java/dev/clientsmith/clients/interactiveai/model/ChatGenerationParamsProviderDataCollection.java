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
 * Values of {@code ChatGenerationParamsProviderDataCollection}.
 *
 * <p>An open enum: values the document does not list are kept, not rejected; {@link #known()} is empty for them.
 */
public final class ChatGenerationParamsProviderDataCollection {
  /**
   * {@code deny}
   */
  public static final ChatGenerationParamsProviderDataCollection DENY = new ChatGenerationParamsProviderDataCollection("deny", Known.DENY);

  /**
   * {@code allow}
   */
  public static final ChatGenerationParamsProviderDataCollection ALLOW = new ChatGenerationParamsProviderDataCollection("allow", Known.ALLOW);

  private static final Map<String, ChatGenerationParamsProviderDataCollection> BY_VALUE;

  static {
    Map<String, ChatGenerationParamsProviderDataCollection> map = new LinkedHashMap<>();
    map.put(DENY.value, DENY);
    map.put(ALLOW.value, ALLOW);
    BY_VALUE = Collections.unmodifiableMap(map);
  }

  private final String value;

  private final Known known;

  private ChatGenerationParamsProviderDataCollection(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The constant for {@code value}, or a new instance keeping an undocumented value.
   */
  @JsonCreator
  public static ChatGenerationParamsProviderDataCollection of(String value) {
    Objects.requireNonNull(value, "value");
    ChatGenerationParamsProviderDataCollection constant = BY_VALUE.get(value);
    return constant != null ? constant : new ChatGenerationParamsProviderDataCollection(value, null);
  }

  /**
   * The documented values, in document order.
   */
  public static List<ChatGenerationParamsProviderDataCollection> values() {
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
    if (!(other instanceof ChatGenerationParamsProviderDataCollection that)) {
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
     * {@code deny}
     */
    DENY,

    /**
     * {@code allow}
     */
    ALLOW
  }
}
