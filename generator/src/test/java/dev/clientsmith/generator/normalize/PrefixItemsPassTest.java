package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class PrefixItemsPassTest {
  /** Tuples (prefixItems, or an items list) become items accepting any position's schema; alike positions give one schema. */
  @Test
  void fixture() {
    PassFixture.check(new PrefixItemsPass());
  }
}
