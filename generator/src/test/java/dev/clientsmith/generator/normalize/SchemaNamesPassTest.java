package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class SchemaNamesPassTest {
  /** Meaningless names are derived from discriminator values, properties and owners, in rounds. */
  @Test
  void fixture() {
    PassFixture.check(new SchemaNamesPass(), "schema-names", PassFixture.names(java.util.Map.of("Schema9", "Kind")));
  }
}
