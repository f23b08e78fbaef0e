package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class RecursiveRefPassTest {
  /** $recursiveRef '#' becomes a $ref to its component; $recursiveAnchor is dropped. */
  @Test
  void fixture() {
    PassFixture.check(new RecursiveRefPass());
  }
}
