package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

/** {@link InlineSchemasPass} on the content of operations, apart from its naming fixtures. */
class InlineSchemasMediaTypeTest {
  /** A media type without a schema ({@code audio/wav: {}}) stays without one, not with a null schema. */
  @Test
  void mediaTypeWithoutSchema() {
    PassFixture.check(new InlineSchemasPass(), "inline-schemas-media-type-without-schema", Overrides.NONE);
  }
}
