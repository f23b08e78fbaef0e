package dev.clientsmith.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an operation returns: the type of its 2xx body and the types of the error bodies it
 * declares. Generated resources hold one as a constant per operation:
 *
 * <pre>{@code
 * private static final ResponseSpec<CompletionResponse> CREATE =
 *     ResponseSpec.of(CompletionResponse.class)
 *         .error("400", ErrorResponse.class)
 *         .error("5XX", ErrorResponse.class);
 * }</pre>
 *
 * <p>Error keys are OpenAPI response keys: an exact status ({@code "404"}), a range ({@code "4XX"})
 * or {@code "default"}; the most specific one wins. Immutable and thread-safe; the Jackson reader
 * for the success type is resolved once and cached.
 *
 * @param <T> the type of the 2xx body
 */
public final class ResponseSpec<T> {

  private enum Kind { JSON, NONE, TEXT, BYTES }

  private static final ResponseSpec<Void> NONE = new ResponseSpec<>(Kind.NONE, Void.class, Map.of());
  private static final ResponseSpec<String> TEXT = new ResponseSpec<>(Kind.TEXT, String.class, Map.of());
  private static final ResponseSpec<byte[]> BYTES = new ResponseSpec<>(Kind.BYTES, byte[].class, Map.of());

  private final Kind kind;
  private final Type type;
  /** Keys: {@code "404"}, {@code "4XX"}, {@code "DEFAULT"}. */
  private final Map<String, Type> errorTypes;
  private volatile CachedReader cachedReader;

  private ResponseSpec(Kind kind, Type type, Map<String, Type> errorTypes) {
    this.kind = kind;
    this.type = type;
    this.errorTypes = errorTypes;
  }

  /** Returns a spec whose 2xx body is JSON bound to {@code type}. */
  public static <T> ResponseSpec<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return new ResponseSpec<>(Kind.JSON, type, Map.of());
  }

  /** Returns a spec whose 2xx body is JSON bound to a generic type, e.g. {@code List<Model>}. */
  public static <T> ResponseSpec<T> of(TypeReference<T> type) {
    Objects.requireNonNull(type, "type");
    return new ResponseSpec<>(Kind.JSON, type.getType(), Map.of());
  }

  /** Returns a spec for operations without a response body; any body is read and discarded. */
  public static ResponseSpec<Void> none() {
    return NONE;
  }

  /** Returns a spec that returns the 2xx body as text (charset from {@code Content-Type}, else UTF-8). */
  public static ResponseSpec<String> text() {
    return TEXT;
  }

  /** Returns a spec that returns the 2xx body as bytes. */
  public static ResponseSpec<byte[]> bytes() {
    return BYTES;
  }

  /**
   * Returns a copy that declares a JSON error body for one status.
   *
   * @param status the exact status, e.g. 400
   * @param type the error model
   */
  public ResponseSpec<T> error(int status, Class<?> type) {
    return error(String.valueOf(status), type);
  }

  /**
   * Returns a copy that declares a JSON error body.
   *
   * @param statusKey an OpenAPI response key: {@code "400"}, {@code "4XX"} or {@code "default"}
   * @param type the error model
   */
  public ResponseSpec<T> error(String statusKey, Class<?> type) {
    return withError(statusKey, type);
  }

  /**
   * Returns a copy that declares a JSON error body of a generic type.
   *
   * @param statusKey an OpenAPI response key: {@code "400"}, {@code "4XX"} or {@code "default"}
   * @param type the error type
   */
  public ResponseSpec<T> error(String statusKey, TypeReference<?> type) {
    return withError(statusKey, type.getType());
  }

  private ResponseSpec<T> withError(String statusKey, Type errorType) {
    Objects.requireNonNull(errorType, "type");
    String key = normalizeKey(statusKey);
    Map<String, Type> copy = new TreeMap<>(errorTypes);
    copy.put(key, errorType);
    return new ResponseSpec<>(kind, type, Collections.unmodifiableMap(copy));
  }

  private static String normalizeKey(String statusKey) {
    Objects.requireNonNull(statusKey, "statusKey");
    String key = statusKey.trim().toUpperCase(Locale.ROOT);
    if (key.equals("DEFAULT") || key.matches("[1-5]XX") || key.matches("[1-5][0-9][0-9]")) {
      return key;
    }
    throw new IllegalArgumentException("'" + statusKey + "' is not an OpenAPI response key"
        + " (expected e.g. \"404\", \"4XX\" or \"default\")");
  }

  /** Returns the type of the 2xx body ({@code Void} for {@link #none()}). */
  public Type type() {
    return type;
  }

  /**
   * Returns the error body type declared for a status: the exact status, else its range, else
   * {@code default}.
   */
  public Optional<Type> errorType(int status) {
    Type exact = errorTypes.get(String.valueOf(status));
    if (exact != null) {
      return Optional.of(exact);
    }
    Type range = errorTypes.get((status / 100) + "XX");
    return Optional.ofNullable(range != null ? range : errorTypes.get("DEFAULT"));
  }

  /** Returns a readable name of the success type, for messages. */
  String typeName() {
    return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName();
  }

  /** Whether the 2xx body is JSON (so a JSON parse error is a {@code ResponseParseException}). */
  boolean isJson() {
    return kind == Kind.JSON;
  }

  /** Reads the 2xx body from the stream in one pass. The stream is consumed but not closed. */
  @SuppressWarnings("unchecked")
  T read(InputStream body, ObjectMapper mapper, Charset charset) throws IOException {
    switch (kind) {
      case NONE:
        body.transferTo(OutputStream.nullOutputStream());
        return null;
      case TEXT:
        return (T) new String(body.readAllBytes(), charset);
      case BYTES:
        return (T) body.readAllBytes();
      default:
        return present(reader(mapper).readValue(body), mapper);
    }
  }

  /** Reads the 2xx body from bytes already received. */
  @SuppressWarnings("unchecked")
  T read(byte[] body, ObjectMapper mapper, Charset charset) throws IOException {
    switch (kind) {
      case NONE:
        return null;
      case TEXT:
        return (T) new String(body, charset);
      case BYTES:
        return (T) body;
      default:
        return present(reader(mapper).readValue(body), mapper);
    }
  }

  /**
   * A JSON {@code null} (or an empty body) where the operation declares a body is a broken
   * response, not a value: no declared success body is nullable, and callers are promised a value.
   */
  private T present(T value, ObjectMapper mapper) throws IOException {
    if (value == null) {
      throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(null, mapper.getTypeFactory().constructType(type),
          "the response body is null, but the operation returns " + typeName());
    }
    return value;
  }

  private ObjectReader reader(ObjectMapper mapper) {
    CachedReader cached = cachedReader;
    if (cached == null || cached.mapper != mapper) {
      // Resolved through the mapper's own TypeFactory so that its type modifiers apply.
      cached = new CachedReader(mapper, mapper.readerFor(mapper.getTypeFactory().constructType(type)));
      cachedReader = cached;
    }
    return cached.reader;
  }

  @Override
  public String toString() {
    return "ResponseSpec{" + (kind == Kind.JSON ? type.getTypeName() : kind.name().toLowerCase(Locale.ROOT))
        + ", errors=" + errorTypes + "}";
  }

  /** A reader together with the mapper it belongs to; replaced, never mutated. */
  private static final class CachedReader {
    final ObjectMapper mapper;
    final ObjectReader reader;

    CachedReader(ObjectMapper mapper, ObjectReader reader) {
      this.mapper = mapper;
      this.reader = reader;
    }
  }
}
