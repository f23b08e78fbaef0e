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

  Call(String method, String path, TransportRequest request, int maxRetries) {
    this.method = method;
    this.path = path;
    this.request = request;
    this.maxRetries = maxRetries;
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
