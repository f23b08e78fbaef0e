package dev.clientsmith.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Collects a response body for {@link JdkHttpTransport#sendAsync} and
 * {@link JdkHttpTransport#sendBuffered} within bounds, so that no body
 * can exhaust memory. A 2xx body larger than its limit fails the exchange with
 * {@link BodyTooLargeException} and cancels the subscription, which releases the connection. An
 * error body is cut after {@code errorLimit + 1} bytes (the runtime marks it truncated), and one
 * that breaks off is kept as far as it arrived, followed by the I/O failure, so that the status is
 * never lost.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<InputStream> {

  /** The buffer for a body of unknown length; it doubles as needed. */
  private static final int INITIAL_SIZE = 8192;
  /** The largest buffer a declared Content-Length gets before its bytes have arrived. */
  private static final long TRUSTED_SIZE = 1024 * 1024;

  private final boolean success;
  private final long limit;
  private final int status;
  private final Headers headers;
  private final CompletableFuture<InputStream> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private byte[] bytes;
  private int size;

  private BoundedBodySubscriber(int status, Headers headers, long limit, long declaredLength) {
    this.status = status;
    this.headers = headers;
    this.success = status >= 200 && status <= 299;
    this.limit = limit;
    // Sized once from Content-Length when the server sends one, so a body is copied in once and
    // no more memory is taken than it needs; a length above the limit fails when the bytes come,
    // and a large claim is not trusted with memory before they do.
    this.bytes = new byte[(int) (declaredLength < 0 ? INITIAL_SIZE : Math.min(declaredLength, Math.min(limit, TRUSTED_SIZE)))];
  }

  /**
   * The handler choosing the bound by status. The subscriber it creates is handed to
   * {@code created}: when the connection breaks before the body could even be subscribed to, the
   * JDK fails the whole exchange, and the status must still be reported.
   */
  static HttpResponse.BodyHandler<InputStream> handler(long successLimit, int errorLimit,
      Consumer<BoundedBodySubscriber> created) {
    return info -> {
      boolean success = info.statusCode() >= 200 && info.statusCode() <= 299;
      BoundedBodySubscriber subscriber = new BoundedBodySubscriber(info.statusCode(),
          Headers.ofReceived(info.headers().map()), success ? successLimit : errorLimit + 1L,
          info.headers().firstValueAsLong("Content-Length").orElse(-1));
      created.accept(subscriber);
      return subscriber;
    };
  }

  /**
   * For an exchange that failed after the headers of an error status: the response with the body
   * as far as it arrived, then the failure. Empty for a 2xx status, whose failure is the call's.
   */
  synchronized Optional<TransportResponse> brokenOffError(Throwable error) {
    if (success || bytes == null) {
      return Optional.empty();
    }
    return Optional.of(new TransportResponse(status, headers, partialThenFailure(error)));
  }

  private InputStream partialThenFailure(Throwable error) {
    IOException failure = error instanceof IOException ? (IOException) error : new IOException(error);
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }
    };
    return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, size), failing);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return result;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription given) {
    this.subscription = given;
    if (result.isDone()) {
      given.cancel(); // Aborted before the body began.
      return;
    }
    // Every buffer is wanted at once: they are copied in as they come, and the bound, not
    // back-pressure, limits memory; asking one by one delays each packet's delivery.
    given.request(Long.MAX_VALUE);
  }

  /**
   * Ends the body with {@code failure} unless it is complete already, and releases the connection.
   * An error body keeps what arrived, followed by the failure, as when it breaks off.
   */
  synchronized void abort(IOException failure) {
    if (result.isDone()) {
      return;
    }
    // The result first: newer JDKs call onError from within cancel(), which would otherwise end the
    // body with the JDK's "subscription cancelled" instead of the reason for the abort.
    if (success || bytes == null) {
      result.completeExceptionally(failure);
    } else {
      result.complete(partialThenFailure(failure));
    }
    if (subscription != null) {
      subscription.cancel();
    }
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return; // Aborted: what still arrives is of no interest.
    }
    try {
      for (ByteBuffer buffer : buffers) {
        int remaining = buffer.remaining();
        if (size + (long) remaining > limit) {
          if (success) {
            stop(new BodyTooLargeException(limit, false));
            return;
          }
          int kept = (int) (limit - size);
          ensure(kept);
          buffer.get(bytes, size, kept);
          size += kept;
          subscription.cancel();
          result.complete(new ByteArrayInputStream(bytes, 0, size));
          return;
        }
        ensure(remaining);
        buffer.get(bytes, size, remaining);
        size += remaining;
      }
    } catch (OutOfMemoryError e) {
      bytes = null; // Let the memory go before anything else happens.
      stop(new BodyTooLargeException(limit, true));
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      long wanted = Math.max((long) bytes.length * 2, (long) size + more);
      bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
    }
  }

  private void stop(IOException failure) {
    subscription.cancel();
    result.completeExceptionally(failure);
  }

  @Override
  public synchronized void onError(Throwable error) {
    if (result.isDone()) {
      return;
    }
    if (success || bytes == null) {
      result.completeExceptionally(error);
      return;
    }
    result.complete(partialThenFailure(error));
  }

  @Override
  public synchronized void onComplete() {
    if (!result.isDone()) {
      result.complete(new ByteArrayInputStream(bytes, 0, size));
    }
  }
}
