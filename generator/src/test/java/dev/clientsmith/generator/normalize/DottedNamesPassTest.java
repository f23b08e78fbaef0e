package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class DottedNamesPassTest {
  /** Namespaces are dropped; a collision keeps one more segment; references follow. */
  @Test
  void fixture() {
    PassFixture.check(new DottedNamesPass());
  }
}
