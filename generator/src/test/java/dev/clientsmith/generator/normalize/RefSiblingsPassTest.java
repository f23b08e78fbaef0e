package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class RefSiblingsPassTest {
  /** Describing siblings of a $ref are dropped, constraining ones wrap it in allOf; nullable and extensions stay. */
  @Test
  void fixture() {
    PassFixture.check(new RefSiblingsPass());
  }
}
