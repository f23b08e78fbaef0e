package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class PathParametersPassTest {
  /** An undeclared path parameter is declared on the operation as a required string; declared ones (inline or components) are marked required; the path-item level counts. */
  @Test
  void fixture() {
    PassFixture.check(new PathParametersPass());
  }
}
