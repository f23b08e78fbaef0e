package dev.clientsmith.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.http.JdkHttpTransport;
import dev.clientsmith.runtime.http.TransportResponse;
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.EventReader;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Executes {@link ApiRequest}s for a generated client: builds the HTTP request (URL, headers,
 * authentication, JSON body), sends it through the {@link HttpTransport}, retries according to the
 * {@link RetryPolicy}, and turns the response into a typed value or an exception.
 *
 * <p>Every generated client holds one runtime and closes it when closed itself. Thread-safe.
 *
 * <h2>Execution paths</h2>
 * <ul>
 *   <li>{@link #execute} binds the 2xx body straight from the network stream to the target type,
 *       in one pass and without buffering it first.
 *   <li>{@link #executeRaw} keeps the body bytes and headers and parses on demand, once.
 *   <li>{@link #executeAsync} and {@link #executeRawAsync} are the non-blocking twins; the body is
 *       received without blocking a thread and parsed on the thread that completes the future.
 *   <li>{@link #executeStreamed} returns the open response after the headers, for streaming
 *       decoders (server-sent events).
 * </ul>
 *
 * <h2>Attempts, retries and timeouts</h2>
 * Each attempt has its own deadline ({@link ClientOptions#timeout()}, overridable per request) that
 * covers sending, waiting and reading the whole body (for {@link #executeStreamed}: until the
 * headers). A connection failure, a timeout, or a non-2xx status is shown to the
 * {@link RetryPolicy} while retries remain; when it returns a delay, the runtime waits and tries
 * again, otherwise it throws. Failures surface as:
 * {@link ApiConnectionException} / {@link ApiTimeoutException} (no response),
 * {@link ApiStatusException} subclasses (non-2xx; typed error body where the {@link ResponseSpec}
 * declares one), {@link ResponseParseException} (2xx body not matching its type).
 *
 * <p>Requests and retries are logged at {@code DEBUG} through {@link System.Logger} (logger name
 * {@code dev.clientsmith.runtime.ClientRuntime}): method, path, status, attempt and duration,
 * never headers or bodies.
 */
public final class ClientRuntime implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ClientRuntime.class.getName());

  private final ClientOptions options;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final ObjectMapper mapper;
  private final RequestEncoder encoder;
  private final ResponseDecoder decoder;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Streams not yet closed, so that closing the client releases their connections. */
  private final Set<OpenStream<?>> openStreams = ConcurrentHashMap.newKeySet();
  private final Object executorLock = new Object();
  private ExecutorService streamExecutor;

  private ClientRuntime(ClientOptions options, HttpTransport transport, boolean ownsTransport) {
    this.options = options;
    this.transport = transport;
    this.ownsTransport = ownsTransport;
    this.mapper = options.jsonMapper();
    this.encoder = new RequestEncoder(options);
    this.decoder = new ResponseDecoder(options);
  }

  /**
   * Creates a runtime. Without a transport in {@code options}, a {@link JdkHttpTransport} with the
   * configured connect timeout is created, owned and closed by this runtime.
   *
   * @param options the client configuration
   * @return the runtime
   */
  public static ClientRuntime create(ClientOptions options) {
    Objects.requireNonNull(options, "options");
    Optional<HttpTransport> given = options.transport();
    if (given.isPresent()) {
      return new ClientRuntime(options, given.get(), false);
    }
    HttpTransport created = JdkHttpTransport.builder().connectTimeout(options.connectTimeout()).build();
    return new ClientRuntime(options, created, true);
  }

  /** Returns the configuration of this runtime. */
  public ClientOptions options() {
    return options;
  }

  /** Returns the Jackson mapper used for bodies. */
  public ObjectMapper jsonMapper() {
    return mapper;
  }

  // ---------------------------------------------------------------------------------------------
  // Synchronous
  // ---------------------------------------------------------------------------------------------

  /** Executes a request without per-request options; see {@link #execute(ApiRequest, ResponseSpec, RequestOptions)}. */
  public <T> T execute(ApiRequest request, ResponseSpec<T> spec) {
    return execute(request, spec, RequestOptions.none());
  }

  /**
   * Executes a request and returns the typed 2xx body, bound directly from the response stream.
   *
   * @param request the operation call
   * @param spec the success and error types of the operation
   * @param requestOptions per-call adjustments
   * @param <T> the success type
   * @return the parsed body ({@code null} for {@link ResponseSpec#none()})
   * @throws ApiStatusException for a non-2xx status, after retries
   * @throws ApiConnectionException when no response could be obtained, after retries
   * @throws ResponseParseException when the 2xx body does not match {@code T}
   */
  public <T> T execute(ApiRequest request, ResponseSpec<T> spec, RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json");
    return runSync(call, spec, (response, charset) -> {
      try (InputStream body = response.body()) {
        return spec.read(body, mapper, charset);
      }
    });
  }

  /**
   * Executes a request and returns the whole response, parsing the body only when
   * {@link RawResponse#value()} is called.
   *
   * @throws ApiStatusException for a non-2xx status, after retries
   * @throws ApiConnectionException when no response could be obtained, after retries
   */
  public <T> RawResponse<T> executeRaw(ApiRequest request, ResponseSpec<T> spec, RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json");
    return runSync(call, spec, (response, charset) -> {
      byte[] bytes;
      try (InputStream body = response.body()) {
        bytes = body.readAllBytes();
      }
      return decoder.rawResponse(call, spec, response.status(), response.headers(), bytes);
    });
  }

  /**
   * Executes a request and returns the 2xx response with its body unread, straight from the
   * network. Non-2xx statuses are thrown as for {@link #execute}, and retries happen as usual until
   * the response headers arrive; once a stream is returned, nothing is retried.
   *
   * <p>{@code Accept: text/event-stream} is sent unless the request sets {@code Accept} itself.
   *
   * @param request the operation call
   * @param errorSpec declares the error bodies; its success type is not used
   * @param requestOptions per-call adjustments
   * @return the open response; the caller must close it
   */
  public OpenResponse executeStreamed(ApiRequest request, ResponseSpec<?> errorSpec, RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "text/event-stream");
    return runSync(call, errorSpec, null);
  }

  // ---------------------------------------------------------------------------------------------
  // Streaming (server-sent events)
  // ---------------------------------------------------------------------------------------------

  /**
   * Executes a streaming call: sends the request with {@code "stream": true} merged into its JSON
   * body and {@code Accept: text/event-stream}, and returns the open stream of events once the
   * response headers have arrived. Retries (as for {@link #execute}) happen only before the
   * response body begins; nothing is retried once a stream is returned.
   *
   * <p>Time limits: the per-attempt {@link ClientOptions#timeout()} bounds the wait for the
   * response headers; {@link ClientOptions#streamIdleTimeout()} bounds the silence between two
   * reads of the body (keep-alive comments count as data). Each ends the call with an
   * {@link ApiTimeoutException}.
   *
   * @param request the operation call, exactly as for {@link #execute}; its body must be a JSON object
   * @param spec the chunk type and the declared error bodies
   * @param requestOptions per-call adjustments
   * @param <T> the chunk type
   * @return the open stream; close it (try-with-resources)
   * @throws ApiStatusException for a non-2xx status, after retries
   * @throws ApiConnectionException when no response could be obtained, after retries
   */
  public <T> StreamResponse<T> executeStreaming(ApiRequest request, StreamSpec<T> spec, RequestOptions requestOptions) {
    Objects.requireNonNull(spec, "spec");
    Call call = prepareStreaming(request, requestOptions);
    return openStream(call, spec);
  }

  /**
   * Asynchronous {@link #executeStreaming}: returns at once; the exchange runs on the runtime's
   * stream executor (daemon threads, created on first use and stopped with the client), which
   * also delivers the chunks to the {@link dev.clientsmith.runtime.stream.StreamHandler}. An
   * opened stream waits for a handler for at most {@link ClientOptions#streamIdleTimeout()}.
   * Errors in the arguments (a bad request, a closed client) are thrown directly.
   */
  public <T> AsyncStreamResponse<T> executeStreamingAsync(ApiRequest request, StreamSpec<T> spec,
      RequestOptions requestOptions) {
    Objects.requireNonNull(spec, "spec");
    Call call = prepareStreaming(request, requestOptions);
    return new BackgroundStream<>(call.describe(), () -> openStream(call, spec), streamExecutor(),
        options.streamIdleTimeout());
  }

  private Call prepareStreaming(ApiRequest request, RequestOptions requestOptions) {
    Objects.requireNonNull(requestOptions, "requestOptions");
    // The streaming calls decide the flag, after (and so over) any extra body property.
    RequestOptions streaming = requestOptions.toBuilder().putExtraBodyProperty("stream", true).build();
    return prepare(request, streaming, "text/event-stream");
  }

  private <T> OpenStream<T> openStream(Call call, StreamSpec<T> spec) {
    OpenResponse response = runSync(call, spec.errors(), null);
    StreamTimer timer = new StreamTimer(response::close, call.describe(), options.streamIdleTimeout(), Long.MAX_VALUE);
    EventReader<T> reader = new EventReader<>(new ActivityInputStream(response.body(), timer), spec, mapper,
        call.describe(), decoder::redact, options.maxEventSize());
    OpenStream<T> stream = new OpenStream<>(call, response, reader, timer, openStreams::remove);
    openStreams.add(stream);
    if (closed.get()) {
      stream.close();
    }
    return stream;
  }

  private ExecutorService streamExecutor() {
    synchronized (executorLock) {
      if (streamExecutor == null) {
        AtomicInteger count = new AtomicInteger();
        streamExecutor = Executors.newCachedThreadPool(task -> {
          Thread thread = new Thread(task, "clientsmith-stream-" + count.incrementAndGet());
          thread.setDaemon(true); // A forgotten stream must not keep the JVM alive.
          return thread;
        });
      }
      return streamExecutor;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Asynchronous
  // ---------------------------------------------------------------------------------------------

  /** Asynchronous {@link #execute(ApiRequest, ResponseSpec)}. */
  public <T> CompletableFuture<T> executeAsync(ApiRequest request, ResponseSpec<T> spec) {
    return executeAsync(request, spec, RequestOptions.none());
  }

  /**
   * Asynchronous {@link #execute(ApiRequest, ResponseSpec, RequestOptions)}: the future completes
   * with the typed body, or exceptionally with the exception {@code execute} would throw (wrapped
   * in a {@link CompletionException} by {@link CompletableFuture#join()}). Retries wait on a timer,
   * not on a blocked thread. Errors in the arguments (a bad request, a closed client) are thrown
   * directly. Cancelling the returned future does not abort an exchange already in flight; its
   * result is discarded.
   */
  public <T> CompletableFuture<T> executeAsync(ApiRequest request, ResponseSpec<T> spec,
      RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json");
    return runAsync(call, spec, 1, (status, headers, bytes) -> decoder.parse(call, spec, status, headers, bytes));
  }

  /** Asynchronous {@link #executeRaw}. */
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(ApiRequest request, ResponseSpec<T> spec,
      RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json");
    return runAsync(call, spec, 1, (status, headers, bytes) -> decoder.rawResponse(call, spec, status, headers, bytes));
  }

  /**
   * Closes the transport if this runtime created it. Calls made afterwards fail with
   * {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (OpenStream<?> stream : openStreams) {
      stream.close();
    }
    synchronized (executorLock) {
      if (streamExecutor != null) {
        streamExecutor.shutdownNow(); // Interrupts workers still connecting or waiting to retry.
      }
    }
    if (ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "ClientRuntime{" + options + "}";
  }

  private Call prepare(ApiRequest request, RequestOptions requestOptions, String defaultAccept) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(requestOptions, "requestOptions");
    if (closed.get()) {
      throw new IllegalStateException("this client is closed");
    }
    return encoder.encode(request, requestOptions, defaultAccept);
  }

  // ---------------------------------------------------------------------------------------------
  // Synchronous attempts
  // ---------------------------------------------------------------------------------------------

  /** Reads a 2xx response within the attempt; may throw IOException (a connection failure). */
  @FunctionalInterface
  private interface SyncReader<R> {
    R read(TransportResponse response, Charset charset) throws IOException;
  }

  /**
   * Runs attempts until one succeeds or the policy gives up. With a {@code reader}, the body is
   * read inside the attempt (so a connection reset mid-body is retried, and the deadline covers
   * it); without, the open response is returned as an {@link OpenResponse}.
   */
  @SuppressWarnings("unchecked")
  private <R> R runSync(Call call, ResponseSpec<?> spec, SyncReader<R> reader) {
    for (int attempt = 1; ; attempt++) {
      long started = System.nanoTime();
      long deadline = started + call.request.timeout().toNanos();
      Duration delay;
      try {
        TransportResponse response = transport.send(call.request);
        int status = response.status();
        logAttempt(call, attempt, status, started);
        if (isSuccess(status)) {
          if (reader == null) {
            return (R) new OpenResponse(response);
          }
          return readWithin(call, response, deadline, reader);
        }
        Optional<Duration> retry;
        try {
          retry = retryDelay(call,
              RetryContext.ofStatus(attempt, call.maxRetries, call.method, call.path, status, response.headers()));
        } catch (RuntimeException policyFailure) {
          response.close();
          throw policyFailure;
        }
        if (retry.isEmpty()) {
          throw readError(call, spec, response, deadline);
        }
        response.close();
        delay = retry.get();
        logRetry(call, attempt, "status " + status, delay);
      } catch (ApiConnectionException failure) {
        logAttempt(call, attempt, failure, started);
        if (Thread.currentThread().isInterrupted()) {
          throw failure; // The caller wants to stop, not to wait for another attempt.
        }
        Optional<Duration> retry = retryDelay(call,
            RetryContext.ofFailure(attempt, call.maxRetries, call.method, call.path, failure));
        if (retry.isEmpty()) {
          throw failure;
        }
        delay = retry.get();
        logRetry(call, attempt, failure.getClass().getSimpleName(), delay);
      }
      sleep(call, delay);
    }
  }

  /**
   * Reads a 2xx body before the attempt deadline. A timer closes the response when the deadline
   * passes, which makes a blocked read fail; the failure is then reported as a timeout.
   */
  private <R> R readWithin(Call call, TransportResponse response, long deadline, SyncReader<R> reader) {
    Watchdog watchdog = new Watchdog(response, deadline);
    try {
      R result = reader.read(response, ResponseDecoder.charset(response.headers()));
      if (!watchdog.disarm()) {
        // The read may have ended early because the watchdog closed the stream.
        throw call.timeout();
      }
      return result;
    } catch (JsonProcessingException e) {
      if (!watchdog.disarm()) {
        throw call.timeout();
      }
      throw decoder.parseFailure(call, response.status(), e);
    } catch (IOException e) {
      if (!watchdog.disarm()) {
        throw call.timeout();
      }
      throw new ApiConnectionException(call.describe() + ": reading the response failed ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + decoder.redact(e.getMessage())) + ")", e);
    } finally {
      watchdog.disarm();
      response.close();
    }
  }

  /** Reads a bounded error body and builds the status exception. Never throws an I/O failure. */
  private ApiStatusException readError(Call call, ResponseSpec<?> spec, TransportResponse response, long deadline) {
    byte[] bytes = new byte[0];
    boolean truncated = false;
    String unreadable = null;
    Watchdog watchdog = new Watchdog(response, deadline);
    try (InputStream body = response.body()) {
      bytes = body.readNBytes(ResponseDecoder.MAX_ERROR_BODY_BYTES + 1);
      if (bytes.length > ResponseDecoder.MAX_ERROR_BODY_BYTES) {
        bytes = Arrays.copyOf(bytes, ResponseDecoder.MAX_ERROR_BODY_BYTES);
        truncated = true;
      }
    } catch (IOException e) {
      // The status is what matters; report it with whatever body arrived.
      unreadable = e.getClass().getSimpleName();
    } finally {
      if (!watchdog.disarm()) {
        unreadable = "timed out";
      }
      response.close();
    }
    return decoder.statusException(call, spec, response.status(), response.headers(), bytes, truncated, unreadable);
  }

  private void sleep(Call call, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientsmithException(call.describe() + " was interrupted while waiting to retry", e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Asynchronous attempts
  // ---------------------------------------------------------------------------------------------

  /** Turns a fully received 2xx response into the call's result. */
  @FunctionalInterface
  private interface BytesReader<R> {
    R read(int status, Headers headers, byte[] body);
  }

  private <R> CompletableFuture<R> runAsync(Call call, ResponseSpec<?> spec, int attempt, BytesReader<R> reader) {
    long started = System.nanoTime();
    CompletableFuture<TransportResponse> sent;
    try {
      sent = transport.sendAsync(call.request);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle((response, error) -> {
      if (error != null) {
        Throwable cause = unwrap(error);
        if (!(cause instanceof ApiConnectionException)) {
          return CompletableFuture.<R>failedFuture(cause);
        }
        ApiConnectionException failure = (ApiConnectionException) cause;
        logAttempt(call, attempt, failure, started);
        Optional<Duration> retry = retryDelay(call,
            RetryContext.ofFailure(attempt, call.maxRetries, call.method, call.path, failure));
        if (retry.isEmpty()) {
          return CompletableFuture.<R>failedFuture(failure);
        }
        logRetry(call, attempt, failure.getClass().getSimpleName(), retry.get());
        return later(retry.get(), () -> runAsync(call, spec, attempt + 1, reader));
      }
      int status = response.status();
      logAttempt(call, attempt, status, started);
      byte[] bytes;
      try (InputStream body = response.body()) {
        bytes = body.readAllBytes(); // In memory already: sendAsync buffers the whole body.
      } catch (IOException e) {
        return CompletableFuture.<R>failedFuture(new ApiConnectionException(call.describe() + ": reading the response failed", e));
      }
      if (isSuccess(status)) {
        try {
          return CompletableFuture.completedFuture(reader.read(status, response.headers(), bytes));
        } catch (RuntimeException e) {
          return CompletableFuture.<R>failedFuture(e);
        }
      }
      Optional<Duration> retry = retryDelay(call,
          RetryContext.ofStatus(attempt, call.maxRetries, call.method, call.path, status, response.headers()));
      if (retry.isEmpty()) {
        boolean truncated = bytes.length > ResponseDecoder.MAX_ERROR_BODY_BYTES;
        byte[] kept = truncated ? Arrays.copyOf(bytes, ResponseDecoder.MAX_ERROR_BODY_BYTES) : bytes;
        return CompletableFuture.<R>failedFuture(
            decoder.statusException(call, spec, status, response.headers(), kept, truncated, null));
      }
      logRetry(call, attempt, "status " + status, retry.get());
      return later(retry.get(), () -> runAsync(call, spec, attempt + 1, reader));
    }).thenCompose(Function.identity());
  }

  /** Runs {@code next} after {@code delay} on a timer, without holding a thread meanwhile. */
  private static <R> CompletableFuture<R> later(Duration delay, Supplier<CompletableFuture<R>> next) {
    return CompletableFuture
        .supplyAsync(next, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS))
        .thenCompose(Function.identity());
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared
  // ---------------------------------------------------------------------------------------------

  private static boolean isSuccess(int status) {
    return status >= 200 && status <= 299;
  }

  private Optional<Duration> retryDelay(Call call, RetryContext context) {
    // The bound is enforced here, so a policy never has to count attempts.
    if (context.attempt() > call.maxRetries) {
      return Optional.empty();
    }
    return Objects.requireNonNull(options.retryPolicy().retryDelay(context), "RetryPolicy returned null");
  }

  // ---------------------------------------------------------------------------------------------
  // Logging: method, path, status, timing. Never headers or bodies.
  // ---------------------------------------------------------------------------------------------

  private static void logAttempt(Call call, int attempt, int status, long started) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "{0} attempt {1}: status {2} after {3} ms",
          call.describe(), attempt, status, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static void logAttempt(Call call, int attempt, ApiConnectionException failure, long started) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "{0} attempt {1}: {2} after {3} ms",
          call.describe(), attempt, failure.getMessage(), (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static void logRetry(Call call, int attempt, String reason, Duration delay) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "{0}: retrying after {1} in {2} ms (retry {3} of {4})",
          call.describe(), reason, delay.toMillis(), attempt, call.maxRetries);
    }
  }
}
