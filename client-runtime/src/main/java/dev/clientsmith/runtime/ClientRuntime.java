package dev.clientsmith.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiStatusException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.ClientsmithException;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import dev.clientsmith.runtime.errors.StreamErrorException;
import dev.clientsmith.runtime.errors.StreamTruncatedException;
import dev.clientsmith.runtime.http.BodyTimeoutException;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.http.JdkHttpTransport;
import dev.clientsmith.runtime.http.TransportRequest;
import dev.clientsmith.runtime.http.TransportResponse;
import dev.clientsmith.runtime.stream.AsyncStreamResponse;
import dev.clientsmith.runtime.stream.EventReader;
import dev.clientsmith.runtime.stream.StreamResponse;
import dev.clientsmith.runtime.stream.StreamSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executes {@link ApiRequest}s for a generated client: builds the HTTP request (URL, headers,
 * authentication, JSON body), sends it through the {@link HttpTransport}, retries according to the
 * {@link RetryPolicy}, and turns the response into a typed value or an exception.
 *
 * <p>Every generated client holds one runtime and closes it when closed itself. Thread-safe.
 *
 * <h2>Execution paths</h2>
 * <ul>
 *   <li>{@link #execute} receives the whole 2xx body (bounded by
 *       {@link ClientOptions#maxResponseBodySize()}) while the caller waits, then binds it to the
 *       target type from memory: the caller wakes once, not at every packet of the body.
 *   <li>{@link #executeRaw} keeps the body bytes and headers and parses on demand, once.
 *   <li>{@link #executeAsync} and {@link #executeRawAsync} are the non-blocking twins; the body is
 *       received without blocking a thread and parsed on the thread that completes the future.
 *   <li>{@link #executeStreaming} and {@link #executeStreamingAsync} return server-sent events as
 *       they arrive, each parsed once into the chunk type.
 *   <li>{@link #executeStreamed} returns the open response after the headers, for custom decoders.
 * </ul>
 *
 * <h2>Attempts, retries and timeouts</h2>
 * Each attempt has its own deadline ({@link ClientOptions#timeout()}, overridable per request) that
 * covers sending, waiting and reading the whole body (for streams: until the headers; then
 * {@link ClientOptions#streamIdleTimeout()} bounds the silence between reads). An optional
 * {@link ClientOptions#deadline()} bounds the whole call, retries and back-off included. A
 * connection failure, a timeout, or a non-2xx status is shown to the {@link RetryPolicy} while
 * retries remain; when it returns a delay, the runtime waits and tries again, otherwise it throws.
 *
 * <p><b>One rule for cut bodies:</b> a 2xx body that breaks off (a reset, a {@code Content-Length}
 * larger than what arrived) is a connection failure and is retried like one, on every path:
 * {@link #execute}, {@link #executeRaw} and the async twins. A stream is retried only until its
 * response headers arrive; once events may have been delivered, a break is a
 * {@link StreamTruncatedException}, never a retry.
 *
 * <p><b>Cancellation:</b> cancelling an async future ({@code cancel(true)}) aborts the exchange in
 * flight or the pending back-off, and nothing is sent afterwards. Closing the client fails calls
 * waiting to retry with a {@link ClientsmithException}.
 *
 * <p>Failures surface as: {@link ApiConnectionException} / {@link ApiTimeoutException} (no
 * usable response, including a malformed one), {@link ApiStatusException} subclasses (non-2xx;
 * typed error body where the {@link ResponseSpec} declares one, the body kept as far as it
 * arrived), {@link ResponseParseException} (2xx body not matching its type),
 * {@link ResponseTooLargeException} (2xx body past {@link ClientOptions#maxResponseBodySize()},
 * not retried), and for streams {@link StreamErrorException} and {@link StreamTruncatedException}.
 *
 * <h2>Logging</h2>
 * Through {@link System.Logger} (no dependency), logger {@code dev.clientsmith.runtime.ClientRuntime},
 * silent unless that logger is enabled at {@code DEBUG}: method, path, status, attempt and its
 * duration, retries and their delay, and for streams the time to the first event, the number of
 * events and events per second. At {@code TRACE}, the request and response headers, with credential
 * headers masked and the API key removed. Never bodies.
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
  /** Released by {@link #close()}: wakes synchronous calls waiting to retry. */
  private final CountDownLatch closeSignal = new CountDownLatch(1);
  /** Async calls waiting to retry, failed at once by {@link #close()}. */
  private final Set<AsyncCall<?>> waitingAsync = ConcurrentHashMap.newKeySet();
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
   * Executes a request and returns the typed 2xx body, bound from the body received whole.
   *
   * @param request the operation call
   * @param spec the success and error types of the operation
   * @param requestOptions per-call adjustments
   * @param <T> the success type
   * @return the parsed body ({@code null} for {@link ResponseSpec#none()})
   * @throws ApiStatusException for a non-2xx status, after retries
   * @throws ApiConnectionException when no response could be obtained, after retries
   * @throws ResponseParseException when the 2xx body does not match {@code T}
   * @throws ResponseTooLargeException when the 2xx body exceeds the configured maximum
   */
  public <T> T execute(ApiRequest request, ResponseSpec<T> spec, RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json", false);
    return runSync(call, spec, (status, headers, bytes) -> decoder.parse(call, spec, status, headers, bytes));
  }

  /**
   * Executes a request and returns the whole response, parsing the body only when
   * {@link RawResponse#value()} is called.
   *
   * @throws ApiStatusException for a non-2xx status, after retries
   * @throws ApiConnectionException when no response could be obtained, after retries
   * @throws ResponseTooLargeException when the 2xx body exceeds the configured maximum
   */
  public <T> RawResponse<T> executeRaw(ApiRequest request, ResponseSpec<T> spec, RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json", false);
    return runSync(call, spec, (status, headers, bytes) -> decoder.rawResponse(call, spec, status, headers, bytes));
  }

  /**
   * Executes a request and returns the 2xx response with its body unread, straight from the
   * network. Non-2xx statuses are thrown as for {@link #execute}, and retries happen as usual until
   * the first byte of the body arrives; once a stream is returned, nothing is retried.
   *
   * <p>{@code Accept: text/event-stream} is sent unless the request sets {@code Accept} itself.
   * Prefer {@link #executeStreaming}, which also decodes the events.
   *
   * @param request the operation call
   * @param errorSpec declares the error bodies; its success type is not used
   * @param requestOptions per-call adjustments
   * @return the open response; the caller must close it
   */
  public OpenResponse executeStreamed(ApiRequest request, ResponseSpec<?> errorSpec, RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "text/event-stream", false);
    return runSync(call, errorSpec, null);
  }

  // ---------------------------------------------------------------------------------------------
  // Streaming (server-sent events)
  // ---------------------------------------------------------------------------------------------

  /**
   * Executes a streaming call: sends the request with {@code "stream": true} merged into its JSON
   * body (over any extra body property of that name) and {@code Accept: text/event-stream}, and
   * returns the open stream of events once the first bytes of the body have arrived. Retries (as
   * for {@link #execute}) happen only before that first byte; nothing is retried once a stream is
   * returned.
   *
   * <p>Time limits: {@link ClientOptions#connectTimeout()} bounds connecting; the per-attempt
   * {@link ClientOptions#timeout()} bounds the time to the first byte of the body (response headers
   * included); {@link ClientOptions#streamIdleTimeout()} bounds the silence between two
   * reads of the body (keep-alive comments count as data); the optional
   * {@link ClientOptions#deadline()} bounds the whole call, retries and stream included. Each ends
   * the call with an {@link ApiTimeoutException}.
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
    Call call = prepare(request, requestOptions, "text/event-stream", true);
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
    Call call = prepare(request, requestOptions, "text/event-stream", true);
    return new BackgroundStream<>(call.describe(), () -> openStream(call, spec), streamExecutor(), call.idleTimeout);
  }

  private <T> OpenStream<T> openStream(Call call, StreamSpec<T> spec) {
    OpenResponse response = runSync(call, spec.errors(), null);
    StreamTimer timer = new StreamTimer(response::close, call.describe(), call.idleTimeout, call.deadline,
        call::deadlinePassed);
    EventReader<T> reader = new EventReader<>(new ActivityInputStream(response.body(), timer), spec, mapper,
        call.describe(), decoder::redact, options.maxEventSize());
    OpenStream<T> stream = new OpenStream<>(call, response, decoder.shown(response.headers()), reader, timer,
        this::streamClosed);
    openStreams.add(stream);
    if (closed.get()) {
      stream.close();
    }
    return stream;
  }

  private void streamClosed(OpenStream<?> stream) {
    openStreams.remove(stream);
    if (LOG.isLoggable(Level.DEBUG)) {
      long elapsed = stream.elapsedNanos();
      long first = stream.firstEventNanos();
      double seconds = elapsed / 1e9;
      LOG.log(Level.DEBUG, "{0}: stream {1} after {2} events in {3} ms (first event after {4} ms, {5} events/s)",
          stream.describe(), stream.completed() ? "completed" : "closed early", stream.events(), elapsed / 1_000_000,
          first < 0 ? "-" : String.valueOf(first / 1_000_000),
          seconds <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", stream.events() / seconds));
    }
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
   * directly. Cancelling the returned future aborts the exchange in flight (or the pending
   * back-off), and nothing is sent afterwards.
   */
  public <T> CompletableFuture<T> executeAsync(ApiRequest request, ResponseSpec<T> spec,
      RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json", false);
    return startAsync(call, spec, (status, headers, bytes) -> decoder.parse(call, spec, status, headers, bytes));
  }

  /** Asynchronous {@link #executeRaw}; cancellation as for {@link #executeAsync}. */
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(ApiRequest request, ResponseSpec<T> spec,
      RequestOptions requestOptions) {
    Call call = prepare(request, requestOptions, "application/json", false);
    return startAsync(call, spec, (status, headers, bytes) -> decoder.rawResponse(call, spec, status, headers, bytes));
  }

  /**
   * Closes the transport if this runtime created it, closes open streams, and fails calls waiting
   * to retry with a {@link ClientsmithException}. Calls made afterwards fail with
   * {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closeSignal.countDown();
    for (AsyncCall<?> waiting : waitingAsync) {
      waiting.clientClosed();
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

  private Call prepare(ApiRequest request, RequestOptions requestOptions, String defaultAccept, boolean streaming) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(requestOptions, "requestOptions");
    if (closed.get()) {
      throw new IllegalStateException("this client is closed");
    }
    RequestOptions effective = requestOptions;
    Object flag = requestOptions.extraBodyProperties().get("stream");
    if (streaming) {
      // The streaming calls decide the flag, after (and so over) any extra body property.
      effective = requestOptions.toBuilder().putExtraBodyProperty("stream", true).build();
    } else if (flag != null && !Boolean.FALSE.equals(flag)) {
      throw new IllegalArgumentException("the extra body property 'stream' of " + request + " would make the server"
          + " stream a response this call cannot read; use the streaming call (createStreaming) instead");
    }
    Call call = encoder.encode(request, effective, defaultAccept);
    for (String name : call.request.headers().names()) {
      if (Headers.isRestrictedRequestHeader(name)) {
        throw new IllegalArgumentException("header '" + name + "' of " + request
            + " cannot be set: the HTTP client manages it");
      }
    }
    return call.withLimits(
        requestOptions.maxResponseBodySize().orElse(options.maxResponseBodySize()),
        requestOptions.streamIdleTimeout().orElse(options.streamIdleTimeout()),
        requestOptions.deadline().orElse(options.deadline().orElse(null)));
  }

  // ---------------------------------------------------------------------------------------------
  // Synchronous attempts
  // ---------------------------------------------------------------------------------------------

  /**
   * Runs attempts until one succeeds or the policy gives up. With a {@code reader}, the attempt
   * receives the whole body before it returns ({@link HttpTransport#sendBuffered}: a connection
   * reset mid-body is retried, and the attempt's timeout covers the body), and the reader parses
   * it from memory; without, the open response is returned as an {@link OpenResponse}.
   */
  @SuppressWarnings("unchecked")
  private <R> R runSync(Call call, ResponseSpec<?> spec, BytesReader<R> reader) {
    ApiConnectionException lastFailure = null;
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1 && closed.get()) {
        throw closedWhileWaiting(call, lastFailure);
      }
      TransportRequest request = call.attemptRequest();
      long started = System.nanoTime();
      long deadline = started + request.timeout().toNanos();
      Duration delay;
      try {
        logRequest(call, attempt, request);
        TransportResponse response = reader == null ? transport.send(request) : transport.sendBuffered(request);
        int status = response.status();
        logAttempt(call, attempt, status, started, response.headers());
        if (isSuccess(status)) {
          if (reader == null) {
            return (R) firstBytes(call, response, deadline);
          }
          return reader.read(status, response.headers(), received(call, response));
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
          // A buffered body is in memory: only a streamed one can still stall.
          throw readError(call, spec, response, reader == null ? new Watchdog(response, deadline) : null);
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
        lastFailure = failure;
        delay = retry.get();
        logRetry(call, attempt, failure.getClass().getSimpleName(), delay);
      }
      sleep(call, delay, lastFailure);
    }
  }

  /** The bytes of a body the transport has received whole. */
  private byte[] received(Call call, TransportResponse response) {
    try (InputStream body = response.body()) {
      return body.readAllBytes();
    } catch (IOException e) {
      throw readFailure(call, e);
    }
  }

  /**
   * Waits, within the attempt, for the first bytes of a streamed body, so that a stream which
   * breaks (or times out) before its first byte is retried like a failed exchange, and one that
   * has begun never is. Returns the response with those bytes put back in front of the body.
   */
  private OpenResponse firstBytes(Call call, TransportResponse response, long deadline) {
    Watchdog watchdog = new Watchdog(response, deadline);
    byte[] first = new byte[8192];
    int read;
    try {
      read = response.body().read(first);
    } catch (IOException e) {
      response.close();
      throw watchdog.disarm() ? readFailure(call, e) : call.timeout();
    }
    if (!watchdog.disarm()) {
      response.close();
      throw call.timeout();
    }
    if (read < 0) {
      response.close();
      throw new ApiConnectionException(call.describe() + ": the response ended before its first byte", null);
    }
    InputStream body = new SequenceInputStream(new ByteArrayInputStream(first, 0, read), response.body());
    return new OpenResponse(new TransportResponse(response.status(), response.headers(), body));
  }

  private ApiConnectionException readFailure(Call call, IOException e) {
    return new ApiConnectionException(call.describe() + ": reading the response failed ("
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + decoder.redact(call.request.headers()
        .redact(e.getMessage()))) + ")", call.redactedCause(e));
  }

  /**
   * Reads a bounded error body and builds the status exception. Never throws an I/O failure: what
   * arrived before a failure is kept with the status.
   *
   * @param watchdog bounds the reading of a body still on the network; {@code null} for one in memory
   */
  private ApiStatusException readError(Call call, ResponseSpec<?> spec, TransportResponse response, Watchdog watchdog) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean truncated = false;
    String unreadable = null;
    try (InputStream body = response.body()) {
      byte[] chunk = new byte[8192];
      int read;
      while (kept.size() <= ResponseDecoder.MAX_ERROR_BODY_BYTES
          && (read = body.read(chunk, 0, Math.min(chunk.length, ResponseDecoder.MAX_ERROR_BODY_BYTES + 1 - kept.size()))) > 0) {
        kept.write(chunk, 0, read);
      }
    } catch (BodyTimeoutException e) {
      unreadable = "timed out after " + kept.size() + " bytes";
    } catch (IOException e) {
      // The status is what matters; report it with whatever body arrived.
      unreadable = "broke off after " + kept.size() + " bytes: " + e.getClass().getSimpleName();
    } finally {
      if (watchdog != null && !watchdog.disarm()) {
        unreadable = "timed out after " + kept.size() + " bytes";
      }
      response.close();
    }
    byte[] bytes = kept.toByteArray();
    if (bytes.length > ResponseDecoder.MAX_ERROR_BODY_BYTES) {
      bytes = Arrays.copyOf(bytes, ResponseDecoder.MAX_ERROR_BODY_BYTES);
      truncated = true;
    }
    return decoder.statusException(call, spec, response.status(), response.headers(), bytes, truncated, unreadable);
  }

  /** Waits before a retry; closing the client ends the wait with an exception. */
  private void sleep(Call call, Duration delay, ApiConnectionException lastFailure) {
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    try {
      if (closeSignal.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
        throw closedWhileWaiting(call, lastFailure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientsmithException(call.describe() + " was interrupted while waiting to retry", e);
    }
  }

  private static ClientsmithException closedWhileWaiting(Call call, ApiConnectionException lastFailure) {
    return new ClientsmithException(call.describe() + ": the client was closed while a retry was pending",
        lastFailure);
  }

  // ---------------------------------------------------------------------------------------------
  // Asynchronous attempts
  // ---------------------------------------------------------------------------------------------

  /** Turns a fully received 2xx response into the call's result. */
  @FunctionalInterface
  private interface BytesReader<R> {
    R read(int status, Headers headers, byte[] body);
  }

  /**
   * The state of one async call across its attempts: the future handed to the caller, and what is
   * in flight now (an exchange or a back-off timer), so that cancelling the one stops the other.
   */
  private final class AsyncCall<R> {
    final Call call;
    final ResponseSpec<?> spec;
    final BytesReader<R> reader;
    final CompletableFuture<R> result = new CompletableFuture<>();
    private volatile CompletableFuture<?> inFlight;

    AsyncCall(Call call, ResponseSpec<?> spec, BytesReader<R> reader) {
      this.call = call;
      this.spec = spec;
      this.reader = reader;
      result.whenComplete((ignored, error) -> {
        waitingAsync.remove(this);
        CompletableFuture<?> current = inFlight;
        if (result.isCancelled() && current != null) {
          current.cancel(true);
        }
      });
    }

    /** Records what is in flight; cancels it at once should the caller have cancelled meanwhile. */
    void inFlight(CompletableFuture<?> current) {
      inFlight = current;
      if (result.isDone()) {
        current.cancel(true);
      }
    }

    void clientClosed() {
      result.completeExceptionally(closedWhileWaiting(call, null));
    }
  }

  private <R> CompletableFuture<R> startAsync(Call call, ResponseSpec<?> spec, BytesReader<R> reader) {
    AsyncCall<R> async = new AsyncCall<>(call, spec, reader);
    attemptAsync(async, 1);
    return async.result;
  }

  private <R> void attemptAsync(AsyncCall<R> async, int attempt) {
    waitingAsync.remove(async);
    if (async.result.isDone()) {
      return; // Cancelled, or failed by close(): nothing more is sent.
    }
    Call call = async.call;
    if (attempt > 1 && closed.get()) {
      async.result.completeExceptionally(closedWhileWaiting(call, null));
      return;
    }
    long started = System.nanoTime();
    CompletableFuture<TransportResponse> sent;
    try {
      TransportRequest request = call.attemptRequest();
      logRequest(call, attempt, request);
      sent = transport.sendAsync(request);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    async.inFlight(sent);
    sent.whenComplete((response, error) -> {
      try {
        onAsyncResponse(async, attempt, started, response, error);
      } catch (RuntimeException | Error e) {
        async.result.completeExceptionally(e);
      }
    });
  }

  private <R> void onAsyncResponse(AsyncCall<R> async, int attempt, long started, TransportResponse response,
      Throwable error) {
    Call call = async.call;
    if (async.result.isDone()) {
      if (response != null) {
        response.close();
      }
      return; // The caller cancelled: the outcome of the aborted exchange is of no interest.
    }
    if (error != null) {
      Throwable cause = unwrap(error);
      if (!(cause instanceof ApiConnectionException)) {
        async.result.completeExceptionally(cause);
        return;
      }
      ApiConnectionException failure = (ApiConnectionException) cause;
      logAttempt(call, attempt, failure, started);
      Optional<Duration> retry = retryDelay(call,
          RetryContext.ofFailure(attempt, call.maxRetries, call.method, call.path, failure));
      if (retry.isEmpty()) {
        async.result.completeExceptionally(failure);
        return;
      }
      logRetry(call, attempt, failure.getClass().getSimpleName(), retry.get());
      later(async, attempt + 1, retry.get());
      return;
    }
    int status = response.status();
    logAttempt(call, attempt, status, started, response.headers());
    if (isSuccess(status)) {
      // In memory already, and bounded: sendAsync buffers the body.
      async.result.complete(async.reader.read(status, response.headers(), received(call, response)));
      return;
    }
    Optional<Duration> retry = retryDelay(call,
        RetryContext.ofStatus(attempt, call.maxRetries, call.method, call.path, status, response.headers()));
    if (retry.isEmpty()) {
      async.result.completeExceptionally(readError(call, async.spec, response, null)); // In memory already.
      return;
    }
    response.close();
    logRetry(call, attempt, "status " + status, retry.get());
    later(async, attempt + 1, retry.get());
  }

  /** Runs the next attempt after {@code delay} on a timer, without holding a thread meanwhile. */
  private <R> void later(AsyncCall<R> async, int attempt, Duration delay) {
    waitingAsync.add(async);
    if (closed.get()) {
      async.clientClosed();
      return;
    }
    async.inFlight(CompletableFuture.runAsync(() -> attemptAsync(async, attempt),
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)));
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
    Optional<Duration> delay = Objects.requireNonNull(options.retryPolicy().retryDelay(context),
        "RetryPolicy returned null");
    // A wait that would outlast the call's deadline is no retry: the caller learns now.
    return delay.filter(call::canWait);
  }

  // ---------------------------------------------------------------------------------------------
  // Logging: method, path, status, timing; headers (redacted) at TRACE. Never bodies.
  // ---------------------------------------------------------------------------------------------

  private void logRequest(Call call, int attempt, TransportRequest request) {
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, "{0} attempt {1}: request headers {2}", call.describe(), attempt,
          decoder.shown(request.headers()));
    }
  }

  private void logAttempt(Call call, int attempt, int status, long started, Headers headers) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "{0} attempt {1}: status {2} after {3} ms",
          call.describe(), attempt, status, (System.nanoTime() - started) / 1_000_000);
    }
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, "{0} attempt {1}: response headers {2}", call.describe(), attempt, decoder.shown(headers));
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
