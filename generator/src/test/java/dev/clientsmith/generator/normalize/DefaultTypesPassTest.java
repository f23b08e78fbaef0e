package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class DefaultTypesPassTest {
  /** Defaults of the wrong type are dropped; null, 1.0 for an integer and 1 for a number are kept. */
  @Test
  void fixture() {
    PassFixture.check(new DefaultTypesPass());
  }
}
