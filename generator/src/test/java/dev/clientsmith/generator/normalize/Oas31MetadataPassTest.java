package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class Oas31MetadataPassTest {
  /** jsonSchemaDialect, info.summary, license.identifier and components.pathItems are dropped. */
  @Test
  void fixture() {
    PassFixture.check(new Oas31MetadataPass());
  }
}
