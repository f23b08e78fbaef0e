package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class StreamEventsPassTest {
  /** Chat responses get a derived chunk type; other responses stream their own shape; no flag, no stream. */
  @Test
  void fixture() {
    PassFixture.check(new StreamEventsPass());
  }
}
