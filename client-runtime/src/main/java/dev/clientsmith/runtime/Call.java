package dev.clientsmith.runtime;

import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.http.Redaction;
import dev.clientsmith.runtime.http.TransportRequest;
import java.time.Duration;

/** Everything about one call that stays the same from attempt to attempt. */
final class Call {

  final String method;
  /** The encoded path, without base path and query: what messages show. */
  final String path;
  final TransportRequest request;
  final int maxRetries;
  /** The largest 2xx body accepted. */
  final long maxBodySize;
  /** The longest silence on a stream. */
  final Duration idleTimeout;
  /** The {@link System#nanoTime()} by which the whole call must end, or {@link Long#MAX_VALUE}. */
  final long deadline;
  /** The deadline as configured, for messages; {@code null} when there is none. */
  private final Duration deadlineDuration;

  Call(String method, String path, TransportRequest request, int maxRetries) {
    this(method, path, request, maxRetries, request.maxBodySize(), ClientOptions.DEFAULT_STREAM_IDLE_TIMEOUT,
        Long.MAX_VALUE, null);
  }

  private Call(String method, String path, TransportRequest request, int maxRetries, long maxBodySize,
      Duration idleTimeout, long deadline, Duration deadlineDuration) {
    this.method = method;
    this.path = path;
    this.request = request;
    this.maxRetries = maxRetries;
    this.maxBodySize = maxBodySize;
    this.idleTimeout = idleTimeout;
    this.deadline = deadline;
    this.deadlineDuration = deadlineDuration;
  }

  /**
   * Returns this call with its limits: the body bound (also given to the transport), the stream
   * idle timeout and the deadline of the whole call, counted from now.
   */
  Call withLimits(long maxBody, Duration idle, Duration callDeadline) {
    long end = callDeadline == null ? Long.MAX_VALUE : System.nanoTime() + callDeadline.toNanos();
    return new Call(method, path, request.toBuilder().maxBodySize(maxBody).build(), maxRetries, maxBody, idle, end,
        callDeadline);
  }

  /**
   * The request of the next attempt: its timeout shortened to what is left of the deadline.
   *
   * @throws ApiTimeoutException when the deadline has passed
   */
  TransportRequest attemptRequest() {
    if (deadlineDuration == null) {
      return request;
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw deadlinePassed();
    }
    return left >= request.timeout().toNanos() ? request : request.toBuilder().timeout(Duration.ofNanos(left)).build();
  }

  /** Whether waiting {@code delay} before another attempt still leaves time before the deadline. */
  boolean canWait(Duration delay) {
    return deadlineDuration == null || deadline - System.nanoTime() - delay.toNanos() > 0;
  }

  /** The exception for a call whose deadline passed. */
  ApiTimeoutException deadlinePassed() {
    return new ApiTimeoutException(describe() + ": the call did not end within its deadline of "
        + format(deadlineDuration), null);
  }

  /** {@code METHOD /path}, for messages and logs. */
  String describe() {
    return method + " " + path;
  }

  /** The exception for an attempt that ran out of time while reading the body. */
  ApiTimeoutException timeout() {
    return new ApiTimeoutException(describe() + ": no complete response within " + format(request.timeout()), null);
  }

  /** {@code error}, or a copy of it without the request's credentials should a message quote them. */
  Throwable redactedCause(Throwable error) {
    return Redaction.cause(error, request.headers()::redact);
  }

  /** {@code 90 s} or {@code 1500 ms}. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
