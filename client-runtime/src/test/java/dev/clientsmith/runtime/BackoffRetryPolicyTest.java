package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.runtime.errors.ApiConnectionException;
import dev.clientsmith.runtime.errors.ApiTimeoutException;
import dev.clientsmith.runtime.http.Headers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class BackoffRetryPolicyTest {

  private static RetryContext status(int attempt, int status, Headers headers) {
    return RetryContext.ofStatus(attempt, 5, "POST", "/x", status, headers);
  }

  @Test
  void backsOffExponentiallyUpToTheCap() {
    BackoffRetryPolicy noJitter = BackoffRetryPolicy.builder().random(() -> 0.0).build();
    assertThat(noJitter.backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(noJitter.backoff(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(noJitter.backoff(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(noJitter.backoff(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(noJitter.backoff(6)).isEqualTo(Duration.ofSeconds(8));
    assertThat(noJitter.backoff(1000)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void jitterShortensByAtMostTheConfiguredFraction() {
    BackoffRetryPolicy maxJitter = BackoffRetryPolicy.builder().random(() -> 0.999999).build();
    assertThat(maxJitter.backoff(2)).isBetween(Duration.ofMillis(500), Duration.ofMillis(501));
    BackoffRetryPolicy real = BackoffRetryPolicy.builder().build();
    for (int i = 0; i < 200; i++) {
      assertThat(real.backoff(3)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 599})
  void retriesTransientStatuses(int code) {
    assertThat(RetryPolicy.standard().retryDelay(status(1, code, Headers.empty()))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 402, 403, 404, 405, 422, 301, 600})
  void doesNotRetryPermanentStatuses(int code) {
    assertThat(RetryPolicy.standard().retryDelay(status(1, code, Headers.empty()))).isEmpty();
  }

  @Test
  void retriesConnectionFailuresAndTimeouts() {
    RetryPolicy policy = BackoffRetryPolicy.builder().random(() -> 0.0).build();
    assertThat(policy.retryDelay(RetryContext.ofFailure(2, 3, "POST", "/x", new ApiConnectionException("reset", null))))
        .contains(Duration.ofSeconds(1));
    assertThat(policy.retryDelay(RetryContext.ofFailure(1, 3, "POST", "/x", new ApiTimeoutException("slow", null))))
        .contains(Duration.ofMillis(500));
  }

  @Test
  void honoursRetryAfterExactlyWithinTheLimit() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    RetryPolicy policy = BackoffRetryPolicy.builder().clock(clock).build();
    assertThat(policy.retryDelay(status(1, 429, Headers.builder().set("Retry-After", "7").build())))
        .contains(Duration.ofSeconds(7));
    assertThat(policy.retryDelay(status(1, 503, Headers.builder().set("Retry-After", "Thu, 01 Jan 2026 00:00:20 GMT").build())))
        .contains(Duration.ofSeconds(20));
    assertThat(policy.retryDelay(status(1, 429, Headers.builder().set("retry-after-ms", "30").build())))
        .contains(Duration.ofMillis(30));
    assertThat(policy.retryDelay(status(1, 429, Headers.builder().set("Retry-After", "120").build())))
        .as("longer than maxRetryAfter: give up, let the caller see retryAfter()").isEmpty();
    assertThat(policy.retryDelay(status(1, 400, Headers.builder().set("Retry-After", "1").build())))
        .as("Retry-After does not make a permanent error transient").isEmpty();
  }

  @Test
  void neverRetries() {
    assertThat(RetryPolicy.never().retryDelay(status(1, 503, Headers.empty()))).isEmpty();
  }

  @Test
  void validatesItsSettings() {
    assertThatThrownBy(() -> BackoffRetryPolicy.builder().jitter(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BackoffRetryPolicy.builder().initialDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryContext.ofStatus(0, 1, "GET", "/", 500, Headers.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
