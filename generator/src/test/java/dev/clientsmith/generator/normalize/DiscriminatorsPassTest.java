package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class DiscriminatorsPassTest {
  /** Constant-valued required properties become explicit discriminators; ambiguous or mixed unions are left alone. */
  @Test
  void fixture() {
    PassFixture.check(new DiscriminatorsPass());
  }

  /**
   * A declared mapping is kept and completed from multi-value enums ({@code role: [system,
   * developer]}); a discriminator a member has no value for, or whose value two members share, is
   * removed so readers choose by shape.
   */
  @Test
  void declaredDiscriminators() {
    PassFixture.check(new DiscriminatorsPass(), "discriminators-declared", Overrides.NONE);
  }
}
