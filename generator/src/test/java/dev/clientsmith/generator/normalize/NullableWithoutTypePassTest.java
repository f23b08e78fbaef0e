package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class NullableWithoutTypePassTest {
  /** Every nullable without a type is rewritten so null stays allowed. */
  @Test
  void fixture() {
    PassFixture.check(new NullableWithoutTypePass());
  }
}
