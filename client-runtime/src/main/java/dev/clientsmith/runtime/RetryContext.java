package dev.clientsmith.runtime;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.http.Headers;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What happened in a failed attempt, as seen by a {@link RetryPolicy}: either a response with a
 * non-2xx status (and its headers) or a connection failure.
 */
public final class RetryContext {

  private final int attempt;
  private final int maxRetries;
  private final String method;
  private final String path;
  private final int status;
  private final Headers headers;
  private final ApiConnectionException failure;

  private RetryContext(int attempt, int maxRetries, String method, String path, int status, Headers headers,
      ApiConnectionException failure) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1, was " + attempt);
    }
    this.attempt = attempt;
    this.maxRetries = maxRetries;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.failure = failure;
  }

  /**
   * Describes an attempt that received a non-2xx response.
   *
   * @param attempt the number of the attempt that failed, 1 for the first
   * @param maxRetries how many retries the request allows in total
   * @param method the HTTP method
   * @param path the encoded request path
   * @param status the HTTP status received
   * @param headers the response headers
   */
  public static RetryContext ofStatus(int attempt, int maxRetries, String method, String path, int status,
      Headers headers) {
    return new RetryContext(attempt, maxRetries, method, path, status, headers, null);
  }

  /**
   * Describes an attempt that failed without a response.
   *
   * @param attempt the number of the attempt that failed, 1 for the first
   * @param maxRetries how many retries the request allows in total
   * @param method the HTTP method
   * @param path the encoded request path
   * @param failure the connection failure or timeout
   */
  public static RetryContext ofFailure(int attempt, int maxRetries, String method, String path,
      ApiConnectionException failure) {
    return new RetryContext(attempt, maxRetries, method, path, -1, Headers.empty(),
        Objects.requireNonNull(failure, "failure"));
  }

  /** Returns the number of the attempt that failed: 1 for the first, 2 for the first retry... */
  public int attempt() {
    return attempt;
  }

  /** Returns the maximum number of retries for this request. */
  public int maxRetries() {
    return maxRetries;
  }

  /** Returns the HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the encoded request path. */
  public String path() {
    return path;
  }

  /** Returns the HTTP status, or empty after a connection failure. */
  public OptionalInt status() {
    return failure == null ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /** Returns the response headers; empty after a connection failure. */
  public Headers headers() {
    return headers;
  }

  /** Returns the connection failure, or empty when a response was received. */
  public Optional<ApiConnectionException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return "RetryContext{attempt=" + attempt + "/" + (maxRetries + 1) + ", " + method + " " + path + ", "
        + (failure == null ? "status=" + status : "failure=" + failure.getClass().getSimpleName()) + "}";
  }
}
