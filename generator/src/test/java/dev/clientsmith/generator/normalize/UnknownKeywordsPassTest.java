package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class UnknownKeywordsPassTest {
  /** optional, propertyNames, a stray error and required: false are dropped; extensions are kept. */
  @Test
  void fixture() {
    PassFixture.check(new UnknownKeywordsPass());
  }
}
