package dev.clientsmith.runtime.stream;

/**
 * Receives the chunks of an {@link AsyncStreamResponse}, on the runtime's stream executor, one at a
 * time and in order. Exactly one of {@link #onComplete()} and {@link #onError(Throwable)} ends the
 * delivery.
 *
 * @param <T> the chunk type
 */
@FunctionalInterface
public interface StreamHandler<T> {

  /**
   * Receives one chunk. An exception thrown here ends the stream: the connection is released and
   * {@link #onError(Throwable)} receives the exception.
   */
  void onNext(T chunk);

  /** Called once after the last chunk, when the stream ended as the protocol says it should. */
  default void onComplete() {
  }

  /**
   * Called once when the stream failed or was closed before its end; the same exception completes
   * {@link AsyncStreamResponse#onComplete()}.
   */
  default void onError(Throwable error) {
  }
}
