package dev.clientsmith.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.UrlEncoding;
import dev.clientsmith.runtime.json.ClientJson;
import dev.clientsmith.runtime.json.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One operation call as a generated resource describes it: method, path template with its
 * parameters, query parameters, header parameters and body. Client-wide concerns (base URL,
 * authentication, default headers, retries) are added by {@link ClientRuntime}.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder("POST", "/inference/completions/{modelIdentifier}")
 *     .pathParam("modelIdentifier", modelId)
 *     .body(params)
 *     .build();
 * }</pre>
 *
 * <p>Path parameters are percent-encoded as single segments, so a value may contain {@code /},
 * spaces or any Unicode. Parameter values are converted to text as follows: strings, numbers,
 * booleans and UUIDs with {@code toString()}; {@link Optional} and {@link Nullable} are unwrapped;
 * any other object through its JSON form, which must be a scalar (so generated enums use their wire
 * value). A collection as a query parameter is sent as the parameter repeated ({@code a=1&a=2},
 * OpenAPI's default {@code form}/{@code explode} style). Absent or {@code null} query and header
 * values are skipped; a missing path parameter is an error.
 *
 * <p>Immutable.
 */
public final class ApiRequest {

  private final String method;
  private final String pathTemplate;
  private final String path;
  private final Map<String, List<String>> queryParams;
  private final Headers headers;
  private final Object jsonBody;
  private final byte[] rawBody;
  private final String contentType;
  private final BodyForm bodyForm;
  private final List<List<String>> security;
  private final Set<String> joinedQuery;
  private final Map<String, String> cookies;

  /** How a model body is written: as JSON, or field by field as a form. */
  enum BodyForm {
    JSON,
    MULTIPART,
    URL_ENCODED
  }

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.path = expand(builder.pathTemplate, builder.pathParams);
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.queryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.queryParams = Collections.unmodifiableMap(query);
    this.headers = builder.headers.build();
    this.jsonBody = builder.jsonBody;
    this.rawBody = builder.rawBody;
    this.contentType = builder.contentType;
    this.bodyForm = builder.bodyForm;
    this.security = builder.security;
    this.joinedQuery = Set.copyOf(builder.joinedQuery);
    this.cookies = Collections.unmodifiableMap(new LinkedHashMap<>(builder.cookies));
  }

  /**
   * Returns a builder.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param pathTemplate the operation path relative to the base URL, with {@code {name}}
   *     placeholders, e.g. {@code /models/{id}}
   */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /** Returns the upper-case HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the path template as given, e.g. {@code /models/{id}}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** Returns the path with its parameters substituted and encoded, e.g. {@code /models/a%2Fb}. */
  public String path() {
    return path;
  }

  /** Returns the query parameters, unencoded, in the order added. */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /** Returns the operation's header parameters. */
  public Headers headers() {
    return headers;
  }

  /** Returns the object to be serialized as the JSON body, if the body is JSON. */
  public Optional<Object> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /** Returns the raw body bytes, if the body is not JSON (the array itself: do not modify). */
  public Optional<byte[]> rawBody() {
    return Optional.ofNullable(rawBody);
  }

  /** Returns the body's content type, if there is a body. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** Whether the query parameter's values are sent comma-joined as one value. */
  boolean isJoinedQuery(String name) {
    return joinedQuery.contains(name);
  }

  /** Returns the cookie parameters, unencoded, in the order added. */
  public Map<String, String> cookies() {
    return cookies;
  }

  /** Returns how {@link #jsonBody()} is written. */
  BodyForm bodyForm() {
    return bodyForm;
  }

  /**
   * Returns the security requirement of the operation, if it declares one: alternatives, each the
   * names of the schemes that must all be sent; an empty list means no authentication.
   */
  public Optional<List<List<String>>> security() {
    return Optional.ofNullable(security);
  }

  /** Returns {@code METHOD path}. */
  @Override
  public String toString() {
    return method + " " + path;
  }

  private static String expand(String template, Map<String, String> params) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    Set<String> used = new HashSet<>();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("path template " + template + " has an unclosed '{'");
        }
        String name = template.substring(i + 1, close);
        String value = params.get(name);
        if (value == null) {
          throw new IllegalArgumentException("path template " + template + " needs parameter '" + name + "'");
        }
        if (value.isEmpty()) {
          throw new IllegalArgumentException("path parameter '" + name + "' of " + template + " is empty");
        }
        out.append(UrlEncoding.encodePathSegment(value));
        used.add(name);
        i = close + 1;
      } else {
        appendLiteral(out, c);
        i++;
      }
    }
    for (String name : params.keySet()) {
      if (!used.contains(name)) {
        throw new IllegalArgumentException("path template " + template + " has no parameter '" + name + "'");
      }
    }
    return out.toString();
  }

  /** Copies a template character, encoding it if it may not appear in a URL path as is. */
  private static void appendLiteral(StringBuilder out, char c) {
    boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0;
    if (allowed) {
      out.append(c);
    } else {
      for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
  }

  /**
   * Converts a parameter value to text (see the class comment).
   *
   * @return the text, or {@code null} when the value is absent or null
   */
  static String paramText(String kind, String name, Object value) {
    if (value instanceof Optional) {
      return paramText(kind, name, ((Optional<?>) value).orElse(null));
    }
    if (value instanceof Nullable) {
      return paramText(kind, name, ((Nullable<?>) value).orElseNull());
    }
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof java.util.UUID || value instanceof Character) {
      return value.toString();
    }
    JsonNode node = ClientJson.mapper().valueToTree(value);
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw new IllegalArgumentException(kind + " parameter '" + name + "' must be a scalar, but "
          + value.getClass().getName() + " serializes to a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return node.asText();
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
    private final Headers.Builder headers = Headers.builder();
    private Object jsonBody;
    private byte[] rawBody;
    private String contentType;
    private BodyForm bodyForm = BodyForm.JSON;
    private List<List<String>> security;
    private final Set<String> joinedQuery = new HashSet<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private Builder(String method, String pathTemplate) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(pathTemplate, "pathTemplate");
      if (method.isEmpty() || !method.chars().allMatch(Character::isLetter)) {
        throw new IllegalArgumentException("invalid HTTP method '" + method + "'");
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.pathTemplate = pathTemplate.startsWith("/") ? pathTemplate : "/" + pathTemplate;
    }

    /**
     * Sets a path parameter.
     *
     * @param name the placeholder name in the template, without braces
     * @param value the value, not null; converted to text and encoded as one path segment
     */
    public Builder pathParam(String name, Object value) {
      Objects.requireNonNull(name, "name");
      String text = paramText("path", name, value);
      if (text == null) {
        throw new IllegalArgumentException("path parameter '" + name + "' of " + pathTemplate + " is null");
      }
      pathParams.put(name, text);
      return this;
    }

    /**
     * Adds a query parameter; a collection adds one value per element. Absent or {@code null}
     * values are skipped.
     */
    public Builder queryParam(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value instanceof Iterable) {
        for (Object element : (Iterable<?>) value) {
          addQuery(name, element);
        }
      } else {
        addQuery(name, value);
      }
      return this;
    }

    /**
     * Adds a query parameter whose collection value is sent as one comma-separated value
     * ({@code a=1,2}: OpenAPI's {@code form} style with {@code explode: false}); each element is
     * encoded on its own, so a comma inside an element stays distinguishable from the separators.
     * Absent, {@code null} and empty values are skipped.
     */
    public Builder queryParamJoined(String name, Object value) {
      Objects.requireNonNull(name, "name");
      queryParam(name, value);
      if (queryParams.containsKey(name)) {
        joinedQuery.add(name);
      }
      return this;
    }

    /**
     * Adds a cookie parameter, sent in the {@code Cookie} header as {@code name=value} with the value
     * percent-encoded. Absent or {@code null} values are skipped.
     */
    public Builder cookie(String name, Object value) {
      Objects.requireNonNull(name, "name");
      String text = paramText("cookie", name, value);
      if (text != null) {
        cookies.put(name, text);
      }
      return this;
    }

    private void addQuery(String name, Object value) {
      String text = paramText("query", name, value);
      if (text != null) {
        queryParams.computeIfAbsent(name, n -> new ArrayList<>()).add(text);
      }
    }

    /** Sets a header parameter; absent or {@code null} values are skipped. */
    public Builder header(String name, Object value) {
      String text = paramText("header", name, value);
      if (text != null) {
        headers.set(name, text);
      }
      return this;
    }

    /** Sets a JSON body ({@code application/json}); {@code null} means no body. */
    public Builder body(Object value) {
      return body(value, "application/json");
    }

    /**
     * Sets a JSON body sent with another JSON content type, e.g. {@code application/merge-patch+json}.
     *
     * @param value the object to serialize, or {@code null} for no body
     * @param contentType the {@code Content-Type} header value
     */
    public Builder body(Object value, String contentType) {
      this.jsonBody = value;
      this.rawBody = null;
      this.bodyForm = BodyForm.JSON;
      this.contentType = value == null ? null : Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Sets a {@code multipart/form-data} body: each property of the model's JSON form becomes a
     * part, {@link FilePart}s file parts (see {@code FormBodies} for the rules). The boundary is
     * chosen per call and named in the {@code Content-Type}.
     *
     * @param value the request model, or {@code null} for no body
     */
    public Builder multipartBody(Object value) {
      body(value, "multipart/form-data");
      this.bodyForm = BodyForm.MULTIPART;
      return this;
    }

    /**
     * Sets an {@code application/x-www-form-urlencoded} body: each property of the model's JSON
     * form becomes a {@code name=value} pair (arrays repeat the name, objects are sent as JSON text).
     *
     * @param value the request model, or {@code null} for no body
     */
    public Builder formBody(Object value) {
      body(value, "application/x-www-form-urlencoded");
      this.bodyForm = BodyForm.URL_ENCODED;
      return this;
    }

    /**
     * Declares which security schemes the operation accepts. The client sends the credentials of
     * the first alternative whose schemes all have one; {@code List.of()} (OpenAPI's
     * {@code security: []}) sends none. Without a declaration, the client's API key, if any, is
     * sent as a bearer token.
     *
     * @param alternatives scheme names; each inner list must be sent together
     */
    public Builder security(List<List<String>> alternatives) {
      Objects.requireNonNull(alternatives, "alternatives");
      List<List<String>> copy = new ArrayList<>();
      alternatives.forEach(a -> copy.add(List.copyOf(a)));
      this.security = List.copyOf(copy);
      return this;
    }

    /**
     * Sets a non-JSON body.
     *
     * @param bytes the body, used as is (not copied)
     * @param contentType the {@code Content-Type} header value
     */
    public Builder rawBody(byte[] bytes, String contentType) {
      this.rawBody = Objects.requireNonNull(bytes, "bytes");
      this.jsonBody = null;
      this.bodyForm = BodyForm.JSON;
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Returns the request.
     *
     * @throws IllegalArgumentException when a path parameter is missing, empty or unknown
     */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
