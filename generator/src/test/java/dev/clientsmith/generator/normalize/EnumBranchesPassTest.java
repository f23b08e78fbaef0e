package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class EnumBranchesPassTest {
  /** Enum-only members merge; enum-or-any-string becomes an open enum. */
  @Test
  void fixture() {
    PassFixture.check(new EnumBranchesPass());
  }

  /**
   * A nullable enum member merges with the others of its type (the result is nullable), as do members
   * that differ only in examples, defaults or vendor extensions; other types stay apart.
   */
  @Test
  void nullableMember() {
    PassFixture.check(new EnumBranchesPass(), "enum-branches-nullable", Overrides.NONE);
  }
}
