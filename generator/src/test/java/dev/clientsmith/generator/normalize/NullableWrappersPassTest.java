package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class NullableWrappersPassTest {
  /** Shared targets become nullable; mixed-use targets get a nullable copy; component wrappers disappear. */
  @Test
  void fixture() {
    PassFixture.check(new NullableWrappersPass());
  }

  /**
   * {@code allOf: [X, {nullable: true}]} in either order is a wrapper too (Together's documents);
   * a member with another keyword next to {@code nullable} is a real constraint and stays.
   */
  @Test
  void allOfWithNullableMember() {
    PassFixture.check(new NullableWrappersPass(), "nullable-wrappers-all-of", Overrides.NONE);
  }
}
