package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class SecurityPassTest {
  /** A document without authentication is reported. */
  @Test
  void fixture() {
    PassFixture.check(new SecurityPass());
  }
}
