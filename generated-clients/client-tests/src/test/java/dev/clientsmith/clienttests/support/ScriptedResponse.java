package dev.clientsmith.clienttests.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer a {@link LocalServer} gives, in the order it was queued: status, headers and body
 * bytes. Immutable; the {@code with...} methods return changed copies.
 */
public final class ScriptedResponse {

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private ScriptedResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** A response with this status, no headers and no body. */
  public static ScriptedResponse status(int status) {
    return new ScriptedResponse(status, Map.of(), new byte[0]);
  }

  /** A response with this status and a JSON body ({@code Content-Type: application/json}). */
  public static ScriptedResponse json(int status, String json) {
    return status(status).withBody("application/json", json);
  }

  /** A 200 response with a JSON body. */
  public static ScriptedResponse ok(String json) {
    return json(200, json);
  }

  /** This response with one more header value. */
  public ScriptedResponse withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(Objects.requireNonNull(value, "value"));
    copy.put(name, List.copyOf(values));
    return new ScriptedResponse(status, Collections.unmodifiableMap(copy), body);
  }

  /** This response with {@code text} (UTF-8) as body and the given {@code Content-Type}. */
  public ScriptedResponse withBody(String contentType, String text) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    copy.put("Content-Type", List.of(contentType));
    return new ScriptedResponse(status, Collections.unmodifiableMap(copy), text.getBytes(StandardCharsets.UTF_8));
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The headers, names as given. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** A copy of the body bytes. */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  @Override
  public String toString() {
    return "ScriptedResponse{status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes}";
  }
}
