package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class AllOfPassTest {
  /** Objects merge (nested allOf too, own keys kept); wrappers and allOf with a union member stay. */
  @Test
  void fixture() {
    PassFixture.check(new AllOfPass());
  }
}
