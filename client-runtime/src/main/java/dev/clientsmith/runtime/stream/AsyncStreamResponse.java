package dev.clientsmith.runtime.stream;

import java.util.concurrent.CompletableFuture;

/**
 * A streamed response delivered to a {@link StreamHandler} without blocking the caller's thread.
 * The exchange starts when the call is made; events are read once a handler is subscribed.
 *
 * <pre>{@code
 * client.async().chat().completions().createStreaming(params)
 *     .subscribe(chunk -> System.out.print(text(chunk)))
 *     .onComplete()
 *     .join();
 * }</pre>
 *
 * @param <T> the chunk type
 */
public interface AsyncStreamResponse<T> extends AutoCloseable {

  /**
   * Subscribes the one handler of this stream. Chunks are delivered on the runtime's stream
   * executor, never on the caller's thread, one at a time and in order.
   *
   * @return this
   * @throws IllegalStateException when a handler is already subscribed
   */
  AsyncStreamResponse<T> subscribe(StreamHandler<? super T> handler);

  /**
   * Returns a future that completes after the last chunk was delivered, or exceptionally with the
   * failure the handler's {@code onError} received. Cancelling it ({@code cancel(true)}) aborts the
   * exchange like {@link #close()}.
   */
  CompletableFuture<Void> onComplete();

  /**
   * Aborts the exchange: nothing is sent afterwards (no retry, no pending back-off), the
   * connection is released, and a stream not yet at its end completes with a
   * {@link dev.clientsmith.runtime.errors.ClientsmithException}. Idempotent, never throws.
   */
  @Override
  void close();
}
