package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class NestedTagsPassTest {
  /** Nested tag arrays are flattened; plain tags are left alone. */
  @Test
  void fixture() {
    PassFixture.check(new NestedTagsPass());
  }
}
