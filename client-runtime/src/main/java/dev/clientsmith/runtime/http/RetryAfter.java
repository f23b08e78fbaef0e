package dev.clientsmith.runtime.http;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a server asks the client to wait before trying again.
 *
 * <p>Understands {@code Retry-After} (RFC 9110: delay-seconds or an HTTP-date; fractional seconds
 * are accepted because some servers send them) and {@code retry-after-ms} (milliseconds, sent by
 * some LLM gateways for sub-second back-off), which wins when both are present because it is more
 * precise. A date in the past means "now" ({@link Duration#ZERO}); unparseable values are ignored.
 * Long delays are reported as sent ({@code Retry-After: 100000} is 100000 s), up to 292 years.
 */
public final class RetryAfter {

  private RetryAfter() {
  }

  /**
   * Returns the delay the server asked for.
   *
   * @param headers response headers
   * @param clock the clock an HTTP-date is compared with
   * @return the delay, never negative; empty when the server gave none (or none that parses)
   */
  public static Optional<Duration> parse(Headers headers, Clock clock) {
    Optional<Duration> millis = headers.first("retry-after-ms").flatMap(v -> parseAmount(v, 3));
    if (millis.isPresent()) {
      return millis;
    }
    return headers.first("Retry-After").flatMap(value -> {
      Optional<Duration> seconds = parseAmount(value, 0);
      return seconds.isPresent() ? seconds : parseDate(value, clock);
    });
  }

  /** Parses a non-negative decimal amount of 10^-scale seconds. */
  private static Optional<Duration> parseAmount(String value, int scale) {
    String trimmed = value.trim();
    if (trimmed.isEmpty() || trimmed.length() > 30 || !trimmed.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    try {
      BigDecimal nanos = new BigDecimal(trimmed).movePointRight(9 - scale);
      // Reported as sent: a caller deciding when to come back needs the truth, and a wait is
      // bounded by the retry policy (maxRetryAfter), not here. Only beyond what a Duration of
      // nanoseconds holds (292 years) is the value capped, to keep the arithmetic safe.
      long capped = nanos.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
      return Optional.of(Duration.ofNanos(capped));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> parseDate(String value, Clock clock) {
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
