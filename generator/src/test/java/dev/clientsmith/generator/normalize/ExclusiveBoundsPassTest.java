package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class ExclusiveBoundsPassTest {
  /** Numeric exclusive bounds become minimum/maximum with a true flag, the stricter bound winning; 3.0 booleans are left alone. */
  @Test
  void fixture() {
    PassFixture.check(new ExclusiveBoundsPass());
  }
}
