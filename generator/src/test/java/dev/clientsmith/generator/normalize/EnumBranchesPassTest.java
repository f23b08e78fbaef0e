package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class EnumBranchesPassTest {
  /** Enum-only members merge; enum-or-any-string becomes an open enum. */
  @Test
  void fixture() {
    PassFixture.check(new EnumBranchesPass());
  }
}
