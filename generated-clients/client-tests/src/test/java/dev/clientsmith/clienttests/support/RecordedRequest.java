package dev.clientsmith.clienttests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@link LocalServer} received: method, raw path and query as sent on the wire, headers
 * (names in lower case; look-ups ignore case) and the body bytes. Immutable.
 */
public final class RecordedRequest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.query = query;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = Arrays.copyOf(body, body.length);
  }

  /** The HTTP method, e.g. {@code POST}. */
  public String method() {
    return method;
  }

  /** The raw (still percent-encoded) path, e.g. {@code /chat/completions}. */
  public String path() {
    return path;
  }

  /** The raw query string without {@code ?}, if the request had one. */
  public Optional<String> query() {
    return Optional.ofNullable(query);
  }

  /** The path and, when present, {@code ?} and the query: the request target as sent. */
  public String target() {
    return query == null ? path : path + "?" + query;
  }

  /** All headers; look-ups ignore the case of names. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The names of the headers received, in lower case and alphabetical order. */
  public Set<String> headerNames() {
    return headers.keySet();
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A copy of the body bytes. */
  public byte[] bodyBytes() {
    return Arrays.copyOf(body, body.length);
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body parsed as JSON. */
  public JsonNode bodyJson() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("the request body is not JSON: " + bodyText(), e);
    }
  }

  @Override
  public String toString() {
    return method + " " + target() + " " + headerNames() + " " + bodyText();
  }
}
