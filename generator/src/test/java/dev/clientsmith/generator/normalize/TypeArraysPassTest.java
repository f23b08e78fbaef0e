package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class TypeArraysPassTest {
  /** A type array with null becomes one type plus nullable; several types become a oneOf; a lone string type is left alone. */
  @Test
  void fixture() {
    PassFixture.check(new TypeArraysPass());
  }
}
