package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class InlineSchemasPassTest {
  /** Inline objects are named after owner and property, singular for items; equal shapes reuse the existing schema. */
  @Test
  void fixture() {
    PassFixture.check(new InlineSchemasPass());
  }
}
