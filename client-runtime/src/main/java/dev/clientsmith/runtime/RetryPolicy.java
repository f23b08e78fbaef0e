package dev.clientsmith.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a failed attempt is tried again, and after what delay.
 *
 * <p>The runtime consults the policy only while retries remain (the attempt number is at most the
 * configured maximum retries), so a policy never needs to count. It is called after a connection
 * failure or timeout and after every non-2xx response; the response body has not been read yet.
 *
 * <p>Implementations must be thread-safe and must not block.
 */
@FunctionalInterface
public interface RetryPolicy {

  /**
   * Returns the delay before the next attempt, or empty to give up and report the failure.
   *
   * @param context what happened in the attempt that just failed
   * @return the delay (zero allowed), or empty for no retry
   */
  Optional<Duration> retryDelay(RetryContext context);

  /** Returns a policy that never retries. */
  static RetryPolicy never() {
    return context -> Optional.empty();
  }

  /**
   * Returns the default policy: retry connection failures, timeouts, 408, 409, 429 and 5xx with
   * exponential back-off and jitter, honouring {@code Retry-After}. See {@link BackoffRetryPolicy}.
   */
  static RetryPolicy standard() {
    return BackoffRetryPolicy.builder().build();
  }
}
