package dev.clientsmith.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An immutable, case-insensitive multimap of HTTP header names to values.
 *
 * <p>Names compare case-insensitively (HTTP/2 lower-cases them on the wire, HTTP/1.1 servers use any
 * case), and iterate in case-insensitive alphabetical order so that what a client sends is
 * deterministic. {@link #toString()} never prints the values of credential-bearing headers
 * ({@link #isSensitive(String)}).
 */
public final class Headers {

  private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  /** Headers whose values are credentials; their values are never printed. */
  private static final Set<String> SENSITIVE = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key");
  /** Name parts that mark a header as credential-bearing: {@code X-Auth-Token}, {@code Ocp-Apim-Subscription-Key}. */
  private static final List<String> SENSITIVE_PARTS = List.of("key", "token", "secret", "auth", "cookie", "password",
      "credential", "session", "signature");
  /**
   * Request headers the HTTP client manages itself. Setting them would let a request carry both
   * {@code Content-Length} and {@code Transfer-Encoding} (the shape of request smuggling) or
   * change how the connection is framed or reused.
   */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "transfer-encoding", "te", "trailer", "keep-alive");

  private final TreeMap<String, List<String>> map;
  /** Applied to printed values, e.g. to remove an API key a server echoed; never changes the values. */
  private final UnaryOperator<String> printRedactor;

  private Headers(TreeMap<String, List<String>> map) {
    this(map, UnaryOperator.identity());
  }

  private Headers(TreeMap<String, List<String>> map, UnaryOperator<String> printRedactor) {
    this.map = map;
    this.printRedactor = printRedactor;
  }

  /** Returns the empty header set. */
  public static Headers empty() {
    return EMPTY;
  }

  /** Returns a builder for a new header set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies headers received from a server. Names and values are not validated (a server's
   * response is what it is), but {@code null} entries and HTTP/2 pseudo-headers are dropped.
   *
   * @param received names to values, as a transport library reports them
   * @return an immutable copy
   */
  public static Headers ofReceived(Map<String, List<String>> received) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    received.forEach((name, values) -> {
      if (name == null || name.startsWith(":") || values == null) {
        return;
      }
      List<String> kept = new ArrayList<>(values.size());
      for (String value : values) {
        if (value != null) {
          kept.add(value);
        }
      }
      copy.merge(name, kept, (a, b) -> {
        List<String> merged = new ArrayList<>(a);
        merged.addAll(b);
        return merged;
      });
    });
    copy.replaceAll((name, values) -> List.copyOf(values));
    return new Headers(copy);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> first(String name) {
    List<String> values = map.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every value of a header, in the order received or added.
   *
   * @param name the header name, any case
   * @return the values; empty when the header is absent
   */
  public List<String> all(String name) {
    List<String> values = map.get(name);
    return values == null ? List.of() : values;
  }

  /** Returns whether the header is present, whatever the case of {@code name}. */
  public boolean contains(String name) {
    return map.containsKey(name);
  }

  /** Returns the header names, in case-insensitive alphabetical order. */
  public Set<String> names() {
    return Collections.unmodifiableSet(map.keySet());
  }

  /** Returns the number of distinct header names. */
  public int size() {
    return map.size();
  }

  /** Returns whether there are no headers. */
  public boolean isEmpty() {
    return map.isEmpty();
  }

  /** Returns an unmodifiable, case-insensitive view of names to values. */
  public Map<String, List<String>> toMap() {
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns these headers with {@code overrides} applied: a name present in {@code overrides}
   * replaces all values of that name here.
   */
  public Headers with(Headers overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return overrides;
    }
    return toBuilder().setAll(overrides).build();
  }

  /** Returns a builder initialised with these headers. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    map.forEach((name, values) -> builder.map.put(name, new ArrayList<>(values)));
    return builder;
  }

  /**
   * Returns whether a header carries credentials, so its value must never be printed.
   *
   * @param name a header name, any case
   */
  public static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (SENSITIVE.contains(lower)) {
      return true;
    }
    for (String part : SENSITIVE_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a request header may not be set by callers because the HTTP client manages
   * it: {@code Connection}, {@code Content-Length}, {@code Expect}, {@code Host}, {@code Upgrade},
   * {@code Transfer-Encoding}, {@code TE}, {@code Trailer}, {@code Keep-Alive} and every
   * {@code Proxy-*} header.
   *
   * @param name a header name, any case
   */
  public static boolean isRestrictedRequestHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return RESTRICTED.contains(lower) || lower.startsWith("proxy-");
  }

  /**
   * Returns these headers with {@code redactor} applied to every value {@link #toString()} prints
   * (on top of the masking of sensitive headers); values themselves are unchanged. The runtime
   * uses it so that a server echoing the API key in a header cannot get it printed.
   */
  public Headers redactedInToString(UnaryOperator<String> redactor) {
    Objects.requireNonNull(redactor, "redactor");
    return new Headers(map, redactor);
  }

  /**
   * Replaces, in {@code text}, every value of a sensitive header held here (and the credential
   * after a {@code Bearer}/{@code Basic} scheme) with {@code ***}. Used on messages of foreign
   * exceptions before they become part of ours.
   *
   * @param text any text, possibly {@code null}
   * @return the text without credentials
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      if (!isSensitive(entry.getKey())) {
        continue;
      }
      for (String value : entry.getValue()) {
        result = redactValue(result, value);
        int space = value.indexOf(' ');
        if (space > 0) {
          result = redactValue(result, value.substring(space + 1).trim());
        }
      }
    }
    return result;
  }

  private static String redactValue(String text, String secret) {
    // Very short values would redact innocent text and protect nothing.
    return secret.length() < 4 ? text : text.replace(secret, "***");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Headers && ((Headers) other).map.equals(map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  /** Prints names and values, with the values of sensitive headers replaced by {@code ***}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    map.forEach((name, values) -> {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(name).append('=').append(isSensitive(name) ? "[***]" : printRedactor.apply(values.toString()));
    });
    return out.append('}').toString();
  }

  /**
   * Builds a {@link Headers}. Names must be HTTP tokens and values must not contain control
   * characters other than tab, so that no header can smuggle another one in; error messages name
   * the header but never repeat its value.
   */
  public static final class Builder {

    private final TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private Builder() {
    }

    /** Adds a value, keeping values already present under the same name. */
    public Builder add(String name, String value) {
      validate(name, value);
      map.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /** Sets the only value of a header, replacing values present under the same name. */
    public Builder set(String name, String value) {
      validate(name, value);
      List<String> values = new ArrayList<>(1);
      values.add(value);
      // Remove first so the new spelling of the name is the one kept.
      map.remove(name);
      map.put(name, values);
      return this;
    }

    /** Sets the values of a header, replacing values present under the same name. */
    public Builder set(String name, List<String> values) {
      Objects.requireNonNull(values, "values");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("header '" + name + "' needs at least one value");
      }
      values.forEach(value -> validate(name, value));
      map.remove(name);
      map.put(name, new ArrayList<>(values));
      return this;
    }

    /** Removes a header, whatever the case of {@code name}. */
    public Builder remove(String name) {
      map.remove(name);
      return this;
    }

    /** Adds every value of {@code headers}. */
    public Builder addAll(Headers headers) {
      headers.map.forEach((name, values) -> map.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
      return this;
    }

    /** Sets every header of {@code headers}, replacing values present under the same names. */
    public Builder setAll(Headers headers) {
      headers.map.forEach((name, values) -> {
        map.remove(name);
        map.put(name, new ArrayList<>(values));
      });
      return this;
    }

    /** Returns the immutable header set. */
    public Headers build() {
      TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      map.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      return copy.isEmpty() ? EMPTY : new Headers(copy);
    }

    private static void validate(String name, String value) {
      Objects.requireNonNull(name, "header name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("header name is empty");
      }
      for (int i = 0; i < name.length(); i++) {
        if (!isTokenChar(name.charAt(i))) {
          throw new IllegalArgumentException(
              "header name '" + printable(name) + "' contains a character not allowed in an HTTP token");
        }
      }
      if (value == null) {
        throw new IllegalArgumentException("header '" + name + "' has a null value");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          // Never echo the value: it may be a credential.
          throw new IllegalArgumentException(
              "header '" + name + "' has a value with a control character (CR, LF or similar) at index " + i);
        }
      }
    }

    private static boolean isTokenChar(char c) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        return true;
      }
      return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String printable(String name) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        out.append(c < 0x20 || c == 0x7f ? '?' : c);
      }
      return out.toString();
    }
  }
}
