package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class NullableWrappersPassTest {
  /** Shared targets become nullable; mixed-use targets get a nullable copy; component wrappers disappear. */
  @Test
  void fixture() {
    PassFixture.check(new NullableWrappersPass());
  }
}
