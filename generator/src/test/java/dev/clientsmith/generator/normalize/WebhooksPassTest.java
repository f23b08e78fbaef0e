package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class WebhooksPassTest {
  /** Webhooks are removed, each named in the report. */
  @Test
  void fixture() {
    PassFixture.check(new WebhooksPass());
  }
}
