package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class DuplicateVariantsPassTest {
  /** Repeated members go; a union left with one member becomes that member. */
  @Test
  void fixture() {
    PassFixture.check(new DuplicateVariantsPass());
  }
}
