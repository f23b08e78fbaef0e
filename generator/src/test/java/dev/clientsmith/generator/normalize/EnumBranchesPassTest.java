package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class EnumBranchesPassTest {
  /** Enum-only members merge; enum-or-any-string becomes an open enum. */
  @Test
  void fixture() {
    PassFixture.check(new EnumBranchesPass());
  }

  /** A nullable enum member merges with the others of its type (the result is nullable); other types stay apart. */
  @Test
  void nullableMember() {
    PassFixture.check(new EnumBranchesPass(), "enum-branches-nullable", Overrides.NONE);
  }
}
