package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class DiscriminatorsPassTest {
  /** Constant-valued required properties become explicit discriminators; ambiguous or mixed unions are left alone. */
  @Test
  void fixture() {
    PassFixture.check(new DiscriminatorsPass());
  }
}
