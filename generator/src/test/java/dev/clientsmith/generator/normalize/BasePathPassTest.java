package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class BasePathPassTest {
  /** A prefix no summary or tag mentions moves into the server URL, keeping server variables. */
  @Test
  void fixture() {
    PassFixture.check(new BasePathPass());
  }

  @Test
  void versionSegmentsAreAlwaysPartOfTheBase() {
    PassFixture.check(new BasePathPass(), "base-path-version", dev.clientsmith.generator.config.Overrides.NONE);
  }
}
