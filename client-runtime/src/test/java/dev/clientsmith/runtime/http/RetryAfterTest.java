package dev.clientsmith.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private Duration parse(String name, String value) {
    return RetryAfter.parse(Headers.builder().set(name, value).build(), clock).orElse(null);
  }

  @Test
  void seconds() {
    assertThat(parse("Retry-After", "3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(parse("retry-after", " 0 ")).isEqualTo(Duration.ZERO);
    assertThat(parse("Retry-After", "1.5")).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void httpDate() {
    assertThat(parse("Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT")).isEqualTo(Duration.ofSeconds(30));
    assertThat(parse("Retry-After", "Wed, 31 Dec 2025 23:59:00 GMT")).isEqualTo(Duration.ZERO);
  }

  @Test
  void millisecondsHeaderWins() {
    Headers headers = Headers.builder().set("Retry-After", "5").set("retry-after-ms", "250").build();
    assertThat(RetryAfter.parse(headers, clock)).contains(Duration.ofMillis(250));
  }

  @Test
  void ignoresGarbage() {
    assertThat(parse("Retry-After", "soon")).isNull();
    assertThat(parse("Retry-After", "-3")).isNull();
    assertThat(parse("Retry-After", "")).isNull();
    assertThat(RetryAfter.parse(Headers.empty(), clock)).isEmpty();
    assertThat(parse("Retry-After", "99999999999999999999")).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
  }

  @Test
  void longDelaysAreReportedAsSent() {
    // Was capped to 24 h: a caller told "come back in a day" when the server said 27.8 hours.
    assertThat(parse("Retry-After", "100000")).isEqualTo(Duration.ofSeconds(100_000));
  }
}
