package dev.clientsmith.runtime.stream;

import dev.clientsmith.runtime.http.Headers;
import java.util.stream.Stream;

/**
 * An open streamed response (server-sent events) whose events are read as the caller iterates.
 * Use it with try-with-resources:
 *
 * <pre>{@code
 * try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
 *   for (ChatCompletionChunk chunk : stream) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Each event is parsed once, straight into {@code T}. Iteration ends at the protocol's end of
 * stream (the {@code [DONE]} sentinel); a stream cut before it throws
 * {@link dev.clientsmith.runtime.errors.StreamTruncatedException}, an error sent inside the stream
 * throws {@link dev.clientsmith.runtime.errors.StreamErrorException}, and an event that does not
 * parse throws {@link dev.clientsmith.runtime.errors.ResponseParseException}: no event is ever
 * skipped silently. Iterate once, from one thread.
 *
 * @param <T> the chunk type
 */
public interface StreamResponse<T> extends AutoCloseable, Iterable<T> {

  /**
   * Returns a sequential {@link Stream} over the same events (iterate either this or the
   * iterator, once). Closing the stream closes this response.
   */
  Stream<T> stream();

  /** Returns the HTTP status code (2xx). */
  int statusCode();

  /** Returns the response headers. */
  Headers headers();

  /**
   * Releases the connection; before the end of the stream this aborts the exchange, and an
   * iteration in progress on another thread ends with an exception. Idempotent, never throws.
   */
  @Override
  void close();
}
