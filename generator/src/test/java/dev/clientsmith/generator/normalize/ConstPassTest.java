package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class ConstPassTest {
  /** const becomes a single-value enum, typed from its value when the schema has no type; const null is nullable. */
  @Test
  void fixture() {
    PassFixture.check(new ConstPass());
  }
}
