package dev.clientsmith.runtime.stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clientsmith.runtime.ResponseSpec;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * What a streaming operation returns: the type each server-sent event's data is bound to, and the
 * error bodies the operation declares (for a non-2xx status, and for an error sent inside the
 * stream). Generated resources hold one as a constant, like a {@link ResponseSpec}:
 *
 * <pre>{@code
 * private static final StreamSpec<ChatCompletionChunk> CREATE_STREAMING =
 *     StreamSpec.of(ChatCompletionChunk.class)
 *         .error("400", ErrorResponse.class)
 *         .error("5XX", ErrorResponse.class);
 * }</pre>
 *
 * <p>The stream ends with the event whose data is {@code [DONE]} (the OpenAI convention every
 * provider here follows); an end of input before it is a truncated stream. For a protocol without
 * that sentinel, {@link #withoutDoneSentinel()} makes a clean end of input the end. Immutable and
 * thread-safe; the chunk reader is resolved once per mapper and cached.
 *
 * @param <T> the chunk type
 */
public final class StreamSpec<T> {

  /** The data of the event that ends an OpenAI-style stream. */
  public static final String DONE = "[DONE]";

  private final Type chunkType;
  private final ResponseSpec<Void> errors;
  private final boolean doneSentinel;
  private volatile Cached cached;

  private StreamSpec(Type chunkType, ResponseSpec<Void> errors, boolean doneSentinel) {
    this.chunkType = chunkType;
    this.errors = errors;
    this.doneSentinel = doneSentinel;
  }

  /** Returns a spec whose events are JSON bound to {@code chunkType}. */
  public static <T> StreamSpec<T> of(Class<T> chunkType) {
    return new StreamSpec<>(Objects.requireNonNull(chunkType, "chunkType"), ResponseSpec.none(), true);
  }

  /** Returns a spec whose events are JSON bound to a generic type. */
  public static <T> StreamSpec<T> of(TypeReference<T> chunkType) {
    return new StreamSpec<>(Objects.requireNonNull(chunkType, "chunkType").getType(), ResponseSpec.none(), true);
  }

  /** Returns a spec whose events are JSON bound to a Jackson type. */
  public static <T> StreamSpec<T> of(JavaType chunkType) {
    return new StreamSpec<>(Objects.requireNonNull(chunkType, "chunkType"), ResponseSpec.none(), true);
  }

  /** Returns a copy that declares a JSON error body for one status; see {@link ResponseSpec#error(int, Class)}. */
  public StreamSpec<T> error(int status, Class<?> type) {
    return new StreamSpec<>(chunkType, errors.error(status, type), doneSentinel);
  }

  /** Returns a copy that declares a JSON error body; see {@link ResponseSpec#error(String, Class)}. */
  public StreamSpec<T> error(String statusKey, Class<?> type) {
    return new StreamSpec<>(chunkType, errors.error(statusKey, type), doneSentinel);
  }

  /** Returns a copy that declares a JSON error body of a generic type. */
  public StreamSpec<T> error(String statusKey, TypeReference<?> type) {
    return new StreamSpec<>(chunkType, errors.error(statusKey, type), doneSentinel);
  }

  /** Returns a copy for which a clean end of input ends the stream, without {@code [DONE]}. */
  public StreamSpec<T> withoutDoneSentinel() {
    return new StreamSpec<>(chunkType, errors, false);
  }

  /** Returns the chunk type. */
  public Type chunkType() {
    return chunkType;
  }

  /** Returns the error bodies declared, as a {@link ResponseSpec} without success body. */
  public ResponseSpec<Void> errors() {
    return errors;
  }

  /** Returns whether the stream must end with {@code [DONE]}. */
  public boolean requiresDoneSentinel() {
    return doneSentinel;
  }

  /**
   * Returns the type an error sent inside the stream is parsed as: the one declared for 500
   * (exact, {@code 5XX} or {@code default}), else the one for 400.
   */
  public Optional<Type> streamErrorType() {
    Optional<Type> serverError = errors.errorType(500);
    return serverError.isPresent() ? serverError : errors.errorType(400);
  }

  /** The reader of the chunk type for a mapper, cached. */
  ObjectReader reader(ObjectMapper mapper) {
    Cached current = cached;
    if (current == null || current.mapper != mapper) {
      current = new Cached(mapper, mapper.readerFor(mapper.getTypeFactory().constructType(chunkType)));
      cached = current;
    }
    return current.reader;
  }

  /** A short name of the chunk type, for messages. */
  String chunkTypeName() {
    return chunkType instanceof Class ? ((Class<?>) chunkType).getSimpleName() : chunkType.getTypeName();
  }

  @Override
  public String toString() {
    return "StreamSpec{" + chunkType.getTypeName() + ", " + errors + (doneSentinel ? "" : ", no [DONE]") + "}";
  }

  /** A reader with the mapper it belongs to; replaced, never mutated. */
  private static final class Cached {
    final ObjectMapper mapper;
    final ObjectReader reader;

    Cached(ObjectMapper mapper, ObjectReader reader) {
      this.mapper = mapper;
      this.reader = reader;
    }
  }
}
