package dev.clientsmith.runtime.errors;

import dev.clientsmith.runtime.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests, or a quota ran out. {@link #retryAfter()} tells how long the server
 * asked to wait, when it said so.
 */
public final class RateLimitException extends ApiStatusException {

  private final Duration retryAfter;

  /**
   * Creates the exception; usually done by {@link ApiStatusException#of(Details)}.
   *
   * @param details what the server answered
   */
  public RateLimitException(Details details) {
    super(details);
    // Resolved now: an HTTP-date is relative to when the response arrived, not to when it is read.
    this.retryAfter = RetryAfter.parse(details.headers(), Clock.systemUTC()).orElse(null);
  }

  /**
   * Returns the wait the server asked for in {@code Retry-After} (seconds or an HTTP-date) or
   * {@code retry-after-ms}, measured from when this exception was created.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
