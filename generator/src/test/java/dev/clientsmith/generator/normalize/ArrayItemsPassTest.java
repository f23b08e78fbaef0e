package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class ArrayItemsPassTest {
  /** An array without items gets free-form items; an array with items is left alone. */
  @Test
  void fixture() {
    PassFixture.check(new ArrayItemsPass());
  }
}
