package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class TagNamesPassTest {
  /** Documentation-tool prefixes are stripped. */
  @Test
  void fixture() {
    PassFixture.check(new TagNamesPass());
  }
}
