package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class DefsPassTest {
  /** $defs move to components/schemas; references follow, including the '#/$defs/X' ones repaired to the enclosing definition; a taken name gets a number. */
  @Test
  void fixture() {
    PassFixture.check(new DefsPass());
  }
}
