package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class SchemaExamplesPassTest {
  /** A schema's examples list becomes its first example (an existing example wins); a media type's examples map is left alone. */
  @Test
  void fixture() {
    PassFixture.check(new SchemaExamplesPass());
  }
}
