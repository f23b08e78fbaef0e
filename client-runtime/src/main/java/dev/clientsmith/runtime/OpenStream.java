package dev.clientsmith.runtime;

import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.errors.StreamTruncatedException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.stream.EventReader;
import dev.clientsmith.runtime.stream.StreamResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@link StreamResponse} of {@link ClientRuntime#executeStreaming}: an open response, its
 * event reader and the timer that bounds the silence between events and the whole stream.
 */
final class OpenStream<T> implements StreamResponse<T> {

  private final Call call;
  private final OpenResponse response;
  private final Headers headers;
  private final EventReader<T> reader;
  private final StreamTimer timer;
  private final Consumer<OpenStream<?>> onClose;
  private final long started = System.nanoTime();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean userClosed;
  private boolean iterated;
  private T next;
  private boolean finished;
  private long firstEventNanos = -1;

  OpenStream(Call call, OpenResponse response, Headers headers, EventReader<T> reader, StreamTimer timer,
      Consumer<OpenStream<?>> onClose) {
    this.call = call;
    this.response = response;
    this.headers = headers;
    this.reader = reader;
    this.timer = timer;
    this.onClose = onClose;
  }

  @Override
  public Iterator<T> iterator() {
    if (iterated) {
      throw new IllegalStateException("the events of " + call.describe() + " can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public T next() {
        if (!advance()) {
          throw new NoSuchElementException("the stream of " + call.describe() + " has ended");
        }
        T chunk = next;
        next = null;
        return chunk;
      }
    };
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public int statusCode() {
    return response.status();
  }

  @Override
  public Headers headers() {
    return headers;
  }

  String describe() {
    return call.describe();
  }

  /** Reads the next chunk into {@code next}; false at the end. Failures close the stream. */
  private boolean advance() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    if (userClosed) {
      throw closedError();
    }
    try {
      T chunk = reader.next();
      if (chunk == null) {
        finished = true;
        release();
        return false;
      }
      if (firstEventNanos < 0) {
        firstEventNanos = System.nanoTime();
      }
      next = chunk;
      return true;
    } catch (IOException e) {
      finished = true;
      release();
      if (userClosed) {
        throw closedError();
      }
      ApiTimeoutException timeout = timer.timeout();
      if (timeout != null) {
        throw timeout;
      }
      throw new StreamTruncatedException(call.describe() + ": the stream broke off after " + reader.events()
          + " events (" + e.getClass().getSimpleName() + "); the response is incomplete", reader.events(),
          call.redactedCause(e));
    } catch (RuntimeException e) {
      finished = true;
      release();
      if (userClosed) {
        throw closedError();
      }
      throw e;
    }
  }

  private ClientsmithException closedError() {
    return new ClientsmithException(call.describe() + ": the stream was closed after " + reader.events() + " events");
  }

  /** Whether the stream reached its protocol end. */
  boolean completed() {
    return reader.completed();
  }

  long events() {
    return reader.events();
  }

  long elapsedNanos() {
    return System.nanoTime() - started;
  }

  long firstEventNanos() {
    return firstEventNanos < 0 ? -1 : firstEventNanos - started;
  }

  @Override
  public void close() {
    if (!finished) {
      userClosed = true;
    }
    release();
  }

  private void release() {
    if (closed.compareAndSet(false, true)) {
      timer.cancel();
      response.close();
      onClose.accept(this);
    }
  }

  @Override
  public String toString() {
    return "StreamResponse{" + call.describe() + ", status=" + statusCode() + ", events=" + reader.events() + "}";
  }
}
