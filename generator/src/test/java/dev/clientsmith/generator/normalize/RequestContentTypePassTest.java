package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class RequestContentTypePassTest {
  /** Several request content types are reported; the document keeps them. */
  @Test
  void fixture() {
    PassFixture.check(new RequestContentTypePass());
  }
}
