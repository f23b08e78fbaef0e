package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class OpenApiVersionPassTest {
  /** A 3.1 document is declared 3.0.3. */
  @Test
  void fixture() {
    PassFixture.check(new OpenApiVersionPass());
  }
}
