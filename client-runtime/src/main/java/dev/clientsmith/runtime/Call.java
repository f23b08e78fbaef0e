package dev.clientsmith.runtime;

import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.http.TransportRequest;

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
    long millis = request.timeout().toMillis();
    return new ApiTimeoutException(describe() + ": no complete response within "
        + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms"), null);
  }
}
