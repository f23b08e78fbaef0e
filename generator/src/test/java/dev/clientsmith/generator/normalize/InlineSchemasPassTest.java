package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class InlineSchemasPassTest {
  /** Inline objects are named after owner and property, singular for items; equal shapes reuse the existing schema. */
  @Test
  void fixture() {
    PassFixture.check(new InlineSchemasPass());
  }

  /**
   * Inline items of a named array are top-level ({@code ChoicesDataItem}): an array generates no
   * class to nest them in. A nested schema named like one enclosing it gets {@code Value} appended.
   */
  @Test
  void namedArrayItemsAndEnclosingNames() {
    PassFixture.check(new InlineSchemasPass(), "inline-schemas-array", Overrides.NONE);
  }

  /**
   * Union members without a discriminator value are named after a property only they require
   * ({@code MessageBody.Content}), else {@code Variant<n>} without repeating the owner's name; two
   * members named by one shared value get distinct simple names.
   */
  @Test
  void unionMemberNames() {
    PassFixture.check(new InlineSchemasPass(), "inline-schemas-members", Overrides.NONE);
  }

  /**
   * B.q is shaped like A was before A.p became a reference: it is a schema of its own (BQ, whose p
   * reuses AP), not a reference to A. Guards the cached structures against components rewritten
   * after their structure was first compared.
   */
  @Test
  void comparesComponentsAsRewritten() {
    PassFixture.check(new InlineSchemasPass(), "inline-schemas-rewritten", Overrides.NONE);
  }
}
