package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class ContentEncodingPassTest {
  /** base64 becomes format byte, other raw content format binary, JSON text stays a plain string. */
  @Test
  void fixture() {
    PassFixture.check(new ContentEncodingPass());
  }
}
