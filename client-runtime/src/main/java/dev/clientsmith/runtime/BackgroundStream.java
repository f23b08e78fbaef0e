package dev.clientsmith.runtime;

import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.StreamHandler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The {@link AsyncStreamResponse} of {@link ClientRuntime#executeStreamingAsync}: one task on the
 * runtime's stream executor opens the stream (with the retries of the synchronous path), waits for
 * the handler and delivers the chunks. The caller's thread never blocks; the worker thread does,
 * on the network, which is what a stream of unknown length needs.
 */
final class BackgroundStream<T> implements AsyncStreamResponse<T> {

  private final String what;
  private final Duration subscribeWithin;
  private final CompletableFuture<StreamHandler<? super T>> handler = new CompletableFuture<>();
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final Object lock = new Object();
  private OpenStream<T> open;
  private Thread worker;
  private boolean closed;

  /**
   * Starts the stream.
   *
   * @param what the call, for messages
   * @param opener opens the stream (blocking, with retries)
   * @param executor runs the worker
   * @param subscribeWithin how long the opened stream waits for a handler
   */
  BackgroundStream(String what, Supplier<OpenStream<T>> opener, Executor executor, Duration subscribeWithin) {
    this.what = what;
    this.subscribeWithin = subscribeWithin;
    done.whenComplete((ignored, error) -> {
      if (done.isCancelled()) {
        close();
      }
    });
    executor.execute(() -> run(opener));
  }

  @Override
  public AsyncStreamResponse<T> subscribe(StreamHandler<? super T> streamHandler) {
    Objects.requireNonNull(streamHandler, "handler");
    if (!handler.complete(streamHandler)) {
      throw new IllegalStateException(what + ": this stream already has a handler, or was closed");
    }
    return this;
  }

  @Override
  public CompletableFuture<Void> onComplete() {
    return done;
  }

  @Override
  public void close() {
    OpenStream<T> stream;
    Thread running;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      stream = open;
      running = worker;
      if (stream == null && running != null) {
        // Still connecting or waiting to retry: the interrupt aborts the exchange or the wait.
        running.interrupt();
      }
    }
    // Wakes a worker waiting for a subscriber; no effect once one is subscribed.
    handler.completeExceptionally(closedError());
    if (stream != null) {
      stream.close(); // The worker's read fails and it reports the close.
    } else if (running == null) {
      fail(closedError()); // The worker has not started (it will not) or has finished.
    }
  }

  private ClientsmithException closedError() {
    return new ClientsmithException(what + ": the stream was closed before its end");
  }

  private void run(Supplier<OpenStream<T>> opener) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      worker = Thread.currentThread();
    }
    OpenStream<T> stream = null;
    try {
      stream = opener.get();
      synchronized (lock) {
        worker = null;
        Thread.interrupted(); // An interrupt from close() that came too late to matter.
        if (closed) {
          stream.close();
          fail(closedError());
          return;
        }
        open = stream;
      }
      StreamHandler<? super T> target = awaitHandler(stream);
      if (target == null) {
        return;
      }
      try {
        for (T chunk : stream) {
          target.onNext(chunk);
        }
      } catch (RuntimeException | Error e) {
        stream.close();
        deliverError(target, closedInstead(e));
        return;
      }
      target.onComplete();
      done.complete(null);
    } catch (RuntimeException | Error e) {
      fail(closedInstead(e));
    } finally {
      synchronized (lock) {
        worker = null;
        Thread.interrupted();
      }
      if (stream != null) {
        stream.close();
      }
    }
  }

  /** The handler, or {@code null} when the stream was closed, or nobody subscribed in time. */
  private StreamHandler<? super T> awaitHandler(OpenStream<T> stream) {
    try {
      return handler.get(subscribeWithin.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      stream.close();
      fail(closedError());
    } catch (TimeoutException e) {
      stream.close();
      fail(new ApiTimeoutException(what + ": no handler subscribed within " + Call.format(subscribeWithin)
          + " of the response; the connection was released", null));
    } catch (ExecutionException e) {
      stream.close(); // Completed exceptionally only by close().
      fail(e.getCause());
    }
    return null;
  }

  private Throwable closedInstead(Throwable error) {
    synchronized (lock) {
      return closed ? closedError() : error;
    }
  }

  private void deliverError(StreamHandler<? super T> target, Throwable error) {
    if (done.isDone()) {
      return;
    }
    try {
      target.onError(error);
    } finally {
      done.completeExceptionally(error);
    }
  }

  /** Ends the stream with an error, telling the handler if one is subscribed. */
  private void fail(Throwable error) {
    StreamHandler<? super T> target = handler.getNow(null);
    if (target != null) {
      deliverError(target, error);
    } else {
      done.completeExceptionally(error);
    }
  }
}
