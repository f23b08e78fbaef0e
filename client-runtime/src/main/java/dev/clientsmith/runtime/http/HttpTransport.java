package dev.clientsmith.runtime.http;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Sends one HTTP request and returns the response; the only point where the runtime touches an
 * HTTP library. The default is {@link JdkHttpTransport}; another library (OkHttp, for example)
 * can be plugged in by implementing this interface in a module of its own.
 *
 * <p>A transport does one attempt: no retries, no status handling, no JSON. Every non-2xx status
 * is a normal response. Failures to exchange the request are reported as
 * {@link dev.clientsmith.runtime.errors.ApiConnectionException}, or its subclass
 * {@link dev.clientsmith.runtime.errors.ApiTimeoutException} when {@link TransportRequest#timeout()}
 * ran out; their messages name the method and path but never a header value.
 *
 * <p>Implementations must be thread-safe; one instance serves all requests of a client.
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Error bodies are kept up to this size (1 MiB); more is not useful and may be a misbehaving
   * server. A transport buffering bodies keeps one byte more, so that the cut shows.
   */
  int MAX_ERROR_BODY_BYTES = 1024 * 1024;

  /**
   * Sends a request and blocks until the response headers have arrived. The body is not read:
   * {@link TransportResponse#body()} streams it from the network, so this method also serves
   * streamed (server-sent events) responses.
   *
   * <p>{@link TransportRequest#timeout()} bounds the wait for the response headers. Reading the
   * body is bounded by the caller, which may call {@link TransportResponse#close()} from another
   * thread; the implementation must then make a blocked read fail promptly with an
   * {@link java.io.IOException}.
   *
   * @param request the request
   * @return the open response; the caller must close it
   * @throws dev.clientsmith.runtime.errors.ApiConnectionException when the exchange fails
   */
  TransportResponse send(TransportRequest request);

  /**
   * Sends a request without blocking. The returned future completes once the <em>whole</em> body
   * has been received, so that callbacks attached to it never block on network reads; the body of
   * the response is then in memory.
   *
   * <p>{@link TransportRequest#timeout()} bounds the whole exchange, body included. The buffered
   * body is bounded too: a 2xx body past {@link TransportRequest#maxBodySize()} fails the future
   * with a {@link dev.clientsmith.runtime.errors.ResponseTooLargeException} (the connection is
   * released), and an error body is kept up to 1 MiB (and as far as it arrived, should it break
   * off: the status is then still reported). Cancelling the returned future aborts the exchange.
   *
   * @param request the request
   * @return a future of the fully received response, completed exceptionally with an
   *     {@link dev.clientsmith.runtime.errors.ApiConnectionException} when the exchange fails
   */
  CompletableFuture<TransportResponse> sendAsync(TransportRequest request);

  /**
   * Sends a request and blocks until the <em>whole</em> body has been received: the blocking twin
   * of {@link #sendAsync}, with its bounds (the timeout over the whole exchange, the body sizes)
   * and its failures. The runtime sends every call whose body it reads whole (all but streams)
   * this way: a body in memory is parsed at once, with no wait for the network in between.
   *
   * <p>The default waits for {@link #sendAsync}. A transport that can receive the body while the
   * caller waits, without handing the response to another thread, overrides it, as
   * {@link JdkHttpTransport} does. An interrupted wait cancels the exchange and fails with an
   * {@link dev.clientsmith.runtime.errors.ApiConnectionException}, the thread's interrupt status
   * set.
   *
   * @param request the request
   * @return the response, its body in memory
   * @throws dev.clientsmith.runtime.errors.ApiConnectionException when the exchange fails
   */
  default TransportResponse sendBuffered(TransportRequest request) {
    CompletableFuture<TransportResponse> exchange = sendAsync(request);
    try {
      return exchange.get();
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(request.describe() + " was interrupted while waiting for the response", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new ApiConnectionException(request.describe() + " failed", cause);
    }
  }

  /**
   * Releases the resources of the transport (connection pools, threads). Requests in flight may
   * fail afterwards. Idempotent.
   */
  @Override
  void close();
}
