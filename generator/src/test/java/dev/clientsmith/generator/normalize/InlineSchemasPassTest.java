package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class InlineSchemasPassTest {
  /** Inline objects are named after owner and property, singular for items; equal shapes reuse the existing schema. */
  @Test
  void fixture() {
    PassFixture.check(new InlineSchemasPass());
  }

  /** A media type without a schema ({@code audio/wav: {}}) stays without one, not with a null schema. */
  @Test
  void mediaTypeWithoutSchema() {
    PassFixture.check(new InlineSchemasPass(), "inline-schemas-media-type-without-schema", Overrides.NONE);
  }
}
