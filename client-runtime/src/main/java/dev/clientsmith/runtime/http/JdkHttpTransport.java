package dev.clientsmith.runtime.http;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * The default {@link HttpTransport}, on the JDK's {@link HttpClient}: HTTP/2 where the server
 * offers it over TLS (negotiated by ALPN), HTTP/1.1 otherwise and always for cleartext
 * {@code http:} URLs, with a connect timeout. One instance owns one
 * {@code HttpClient} and thus one connection pool; create one per client, not per request.
 *
 * <p>Redirects are not followed: an API that redirects is misconfigured, and following a redirect
 * would send the {@code Authorization} header to wherever it points.
 */
public final class JdkHttpTransport implements HttpTransport {

  private final HttpClient client;
  private final Duration connectTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdkHttpTransport(Builder builder) {
    HttpClient.Builder http = HttpClient.newBuilder()
        .version(builder.version)
        .connectTimeout(builder.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER);
    if (builder.proxy != null) {
      http.proxy(builder.proxy);
    }
    if (builder.sslContext != null) {
      http.sslContext(builder.sslContext);
    }
    if (builder.executor != null) {
      http.executor(builder.executor);
    }
    this.client = http.build();
    this.connectTimeout = builder.connectTimeout;
  }

  /** Returns a transport with the defaults: HTTP/2 with fallback to HTTP/1.1, 10 s connect timeout. */
  public static JdkHttpTransport create() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public TransportResponse send(TransportRequest request) {
    ensureOpen();
    HttpRequest jdkRequest = toJdkRequest(request);
    try {
      HttpResponse<InputStream> response = client.send(jdkRequest, HttpResponse.BodyHandlers.ofInputStream());
      return new TransportResponse(response.statusCode(), Headers.ofReceived(response.headers().map()),
          response.body());
    } catch (IOException e) {
      throw failure(request, e, false);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The JDK throws these for responses it cannot parse (e.g. "Content-Length: abc"): a
      // broken response is a failed exchange, as on the asynchronous path.
      throw failure(request, e, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(request.describe() + " was interrupted while waiting for the response", e);
    }
  }

  /**
   * {@link HttpTransport#sendBuffered} on the calling thread: {@code HttpClient.send} with the
   * bounded body handler, so that the caller wakes once, with the body complete, and no future's
   * completion is handed to another thread. The JDK's request timeout bounds the wait for the
   * headers; a {@link DeadlineTimer} task aborts a body still arriving when the time is up.
   */
  @Override
  public TransportResponse sendBuffered(TransportRequest request) {
    ensureOpen();
    HttpRequest jdkRequest = toJdkRequest(request);
    BodyDeadline body = new BodyDeadline();
    DeadlineTimer.Task timer = DeadlineTimer.shared().schedule(System.nanoTime() + request.timeout().toNanos(),
        body::expire);
    try {
      HttpResponse<InputStream> response = client.send(jdkRequest,
          BoundedBodySubscriber.handler(request.maxBodySize(), MAX_ERROR_BODY_BYTES, body::started));
      return new TransportResponse(response.statusCode(), Headers.ofReceived(response.headers().map()),
          response.body());
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // IllegalArgument/State: what the JDK throws for a response it cannot parse (e.g.
      // "Content-Length: abc"), a failed exchange like any other.
      timer.cancel();
      return failedExchange(request, body.subscriber(), e, body.aborted());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(request.describe() + " was interrupted while waiting for the response", e);
    } finally {
      timer.cancel();
    }
  }

  /**
   * The outcome of an exchange that failed: a too-large 2xx body is typed, an error status whose
   * body broke off is still a response (the status is the news), anything else a connection
   * failure or timeout.
   */
  private TransportResponse failedExchange(TransportRequest request, BoundedBodySubscriber started, Throwable error,
      boolean timedOut) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BodyTooLargeException) {
        throw new ResponseTooLargeException(request.describe() + ": " + cause.getMessage()
            + "; raise maxResponseBodySize if this body is expected", ((BodyTooLargeException) cause).limit());
      }
    }
    Optional<TransportResponse> status = started == null ? Optional.empty() : started.brokenOffError(unwrap(error));
    if (status.isPresent()) {
      return status.get();
    }
    Throwable raw = unwrap(error);
    if (started != null && !timedOut && raw instanceof IOException) {
      // A 2xx body that broke off after its headers: said as such, as a reader of the stream would.
      throw new ApiConnectionException(request.describe() + ": reading the response failed" + detail(request, raw),
          Redaction.cause(raw, request.headers()::redact));
    }
    throw failure(request, error, timedOut);
  }

  /**
   * The body of one buffered exchange and the deadline that may end it: the subscriber exists only
   * once the headers have arrived (until then the JDK's own timeout applies), so a deadline that
   * passes first aborts it as soon as it does.
   */
  private static final class BodyDeadline {
    private BoundedBodySubscriber subscriber;
    private boolean expired;
    private boolean aborted;

    synchronized void started(BoundedBodySubscriber created) {
      subscriber = created;
      if (expired) {
        abort();
      }
    }

    synchronized void expire() {
      expired = true;
      if (subscriber != null) {
        abort();
      }
    }

    private void abort() {
      aborted = true;
      subscriber.abort(new BodyTimeoutException());
    }

    synchronized BoundedBodySubscriber subscriber() {
      return subscriber;
    }

    /** Whether the deadline cut the body, as opposed to the JDK's timeout the headers. */
    synchronized boolean aborted() {
      return aborted;
    }
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    HttpRequest jdkRequest;
    try {
      ensureOpen();
      jdkRequest = toJdkRequest(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<InputStream>> exchange = client.sendAsync(jdkRequest,
        BoundedBodySubscriber.handler(request.maxBodySize(), MAX_ERROR_BODY_BYTES, body::set));
    // The JDK's own request timeout stops at the response headers; this timer bounds the body too.
    // Only cancel(), not an exceptional completion, makes the JDK abort the exchange.
    DeadlineTimer.Task timer = DeadlineTimer.shared().schedule(System.nanoTime() + request.timeout().toNanos(),
        () -> exchange.cancel(true));
    CompletableFuture<TransportResponse> result = exchange.handle((response, error) -> {
      timer.cancel();
      if (error != null) {
        return failedExchange(request, body.get(), error, timer.fired());
      }
      return new TransportResponse(response.statusCode(), Headers.ofReceived(response.headers().map()),
          response.body());
    });
    // Cancelling the caller's future must abort the exchange itself, not only stop waiting for it.
    result.whenComplete((ignored, error) -> {
      if (result.isCancelled()) {
        timer.cancel();
        exchange.cancel(true);
      }
    });
    return result;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Shuts the {@code HttpClient} down on JDKs that can (21 and later); on JDK 17 its threads and
   * connections are released when it becomes unreachable.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      // Called reflectively: the code targets Java 17, where HttpClient has no shutdown().
      // shutdown(), not close(): close() would wait for every open stream to finish.
      Method shutdown = HttpClient.class.getMethod("shutdown");
      shutdown.invoke(client);
    } catch (NoSuchMethodException e) {
      // JDK 17-20: nothing to call.
    } catch (IllegalAccessException | InvocationTargetException e) {
      // Shutting down is best effort; the client is unusable to us either way.
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport{version=" + client.version() + ", connectTimeout=" + connectTimeout + "}";
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this transport is closed");
    }
  }

  private static HttpRequest toJdkRequest(TransportRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
    request.headers().toMap().forEach((name, values) -> {
      if (Headers.isRestrictedRequestHeader(name)) {
        throw new IllegalArgumentException("header '" + name + "' cannot be set: the HTTP client manages it");
      }
      values.forEach(value -> builder.header(name, value));
    });
    if ("http".equalsIgnoreCase(request.uri().getScheme())) {
      // HTTP/2 over cleartext needs an "Upgrade: h2c" dance that the JDK repeats on every request
      // to a server that ignores it, and that some servers reject when the request has a body.
      // Cleartext endpoints are local gateways and test servers: HTTP/1.1 serves them well.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    if (request.body().isPresent()) {
      return builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body().get())).build();
    }
    // GET() and DELETE() send no Content-Length at all; method(m, noBody()) would send "0".
    switch (request.method()) {
      case "GET":
        return builder.GET().build();
      case "DELETE":
        return builder.DELETE().build();
      default:
        return builder.method(request.method(), HttpRequest.BodyPublishers.noBody()).build();
    }
  }

  private ApiConnectionException failure(TransportRequest request, Throwable error, boolean timedOut) {
    Throwable raw = unwrap(error);
    if (raw instanceof ApiConnectionException) {
      return (ApiConnectionException) raw;
    }
    // The cause is printed with every stack trace: it must not quote what the server echoed.
    Throwable cause = Redaction.cause(raw, request.headers()::redact);
    String what = request.describe();
    if (timedOut || raw instanceof TimeoutException) {
      return new ApiTimeoutException(what + ": no complete response within " + format(request.timeout()), cause);
    }
    if (raw instanceof HttpConnectTimeoutException) {
      return new ApiTimeoutException(what + ": could not connect to " + authority(request) + " within "
          + format(connectTimeout), cause);
    }
    if (raw instanceof HttpTimeoutException) {
      return new ApiTimeoutException(what + ": no response within " + format(request.timeout()), cause);
    }
    if (raw instanceof ConnectException) {
      return new ApiConnectionException(what + ": could not connect to " + authority(request)
          + detail(request, raw), cause);
    }
    if (raw instanceof IllegalArgumentException || raw instanceof IllegalStateException) {
      return new ApiConnectionException(what + ": the server sent a malformed response" + detail(request, raw), cause);
    }
    return new ApiConnectionException(what + " failed" + detail(request, raw), cause);
  }

  /** The innermost message, with any credential of the request removed. */
  private static String detail(TransportRequest request, Throwable cause) {
    Throwable innermost = cause;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message = innermost.getMessage() == null ? cause.getMessage() : innermost.getMessage();
    String type = innermost.getClass().getSimpleName();
    return " (" + type + (message == null ? "" : ": " + request.headers().redact(message)) + ")";
  }

  private static String authority(TransportRequest request) {
    return request.uri().getScheme() + "://" + request.uri().getRawAuthority();
  }

  private static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** Builds a {@link JdkHttpTransport}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private HttpClient.Version version = HttpClient.Version.HTTP_2;
    private ProxySelector proxy;
    private SSLContext sslContext;
    private Executor executor;

    private Builder() {
    }

    /** Sets the time allowed to establish a connection; must be positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Arguments.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the preferred HTTP version. {@code HTTP_2} (the default) falls back to HTTP/1.1 when
     * the server does not offer HTTP/2; {@code HTTP_1_1} never tries HTTP/2.
     */
    public Builder version(HttpClient.Version version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Sets the proxy selector; by default no proxy is used. */
    public Builder proxy(ProxySelector proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** Sets the TLS context, e.g. one trusting a corporate CA; the JDK default otherwise. */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Sets the executor the {@code HttpClient} runs its tasks and async completions on; by default
     * it creates its own. The caller keeps ownership.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Returns the transport. */
    public JdkHttpTransport build() {
      return new JdkHttpTransport(this);
    }
  }
}
