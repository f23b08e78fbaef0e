package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.IntPredicate;

/**
 * The default {@link RetryPolicy}: exponential back-off with jitter, honouring the server's
 * {@code Retry-After}.
 *
 * <p>Retried: connection failures and timeouts, and the statuses 408 (request timeout), 409
 * (conflict, typically a lock), 429 (rate limit) and every 5xx. Nothing else is: a 400 or 401
 * will fail the same way again.
 *
 * <p>Delay before retry {@code n} (1-based): when the response carries {@code Retry-After} or
 * {@code retry-after-ms}, exactly that, provided it is at most {@link Builder#maxRetryAfter}; a
 * longer wait is not retried at all, so that the caller sees the {@code RateLimitException} and its
 * {@code retryAfter()} instead of a thread blocked for minutes. Otherwise
 * {@code min(maxDelay, initialDelay * 2^(n-1))}, reduced by a random fraction of up to
 * {@code jitter} of itself, so that many clients failing together do not retry in lock-step.
 */
public final class BackoffRetryPolicy implements RetryPolicy {

  private final Duration initialDelay;
  private final Duration maxDelay;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final IntPredicate retryableStatus;
  private final DoubleSupplier random;
  private final Clock clock;

  private BackoffRetryPolicy(Builder builder) {
    this.initialDelay = builder.initialDelay;
    this.maxDelay = builder.maxDelay;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.retryableStatus = builder.retryableStatus;
    this.random = builder.random;
    this.clock = builder.clock;
  }

  /**
   * Returns a builder with the defaults: 0.5 s initial delay, 8 s maximum, jitter 0.5 (a delay
   * {@code d} becomes a random value in {@code [d/2, d]}), {@code Retry-After} honoured up to 60 s.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether the default policy retries a response with this status. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 409 || status == 429 || status >= 500 && status <= 599;
  }

  @Override
  public Optional<Duration> retryDelay(RetryContext context) {
    if (context.failure().isEmpty()) {
      if (!retryableStatus.test(context.status().getAsInt())) {
        return Optional.empty();
      }
      Optional<Duration> serverAsked = RetryAfter.parse(context.headers(), clock);
      if (serverAsked.isPresent()) {
        Duration wait = serverAsked.get();
        return wait.compareTo(maxRetryAfter) <= 0 ? Optional.of(wait) : Optional.empty();
      }
    }
    return Optional.of(backoff(context.attempt()));
  }

  /** The jittered exponential delay before retry number {@code attempt}. */
  Duration backoff(int attempt) {
    // Cap the exponent: 2^30 * initialDelay is beyond any sensible maxDelay already.
    long factor = 1L << Math.min(attempt - 1, 30);
    long nanos = initialDelay.toNanos() > Long.MAX_VALUE / factor
        ? Long.MAX_VALUE : initialDelay.toNanos() * factor;
    nanos = Math.min(nanos, maxDelay.toNanos());
    double reduction = jitter * random.getAsDouble();
    return Duration.ofNanos((long) (nanos * (1.0 - reduction)));
  }

  @Override
  public String toString() {
    return "BackoffRetryPolicy{initialDelay=" + initialDelay + ", maxDelay=" + maxDelay + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link BackoffRetryPolicy}. */
  public static final class Builder {
    private Duration initialDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(8);
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private IntPredicate retryableStatus = BackoffRetryPolicy::isRetryableStatus;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /** Sets the delay before the first retry (before jitter). */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = nonNegative(initialDelay, "initialDelay");
      return this;
    }

    /** Sets the largest back-off delay (before jitter). */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /** Sets the largest fraction, between 0 and 1, by which a back-off delay is randomly shortened. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Sets the longest {@code Retry-After} that is waited for; longer ones are not retried. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** Sets which statuses are retried; the default is {@link BackoffRetryPolicy#isRetryableStatus}. */
    public Builder retryableStatus(IntPredicate retryableStatus) {
      this.retryableStatus = Objects.requireNonNull(retryableStatus, "retryableStatus");
      return this;
    }

    /** Sets the source of random numbers in [0, 1) for jitter; for deterministic tests. */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Sets the clock that {@code Retry-After} dates are compared with; for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns the policy. */
    public BackoffRetryPolicy build() {
      if (maxDelay.compareTo(initialDelay) < 0) {
        throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
      }
      return new BackoffRetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
      }
      return value;
    }
  }
}
