package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class AllOfPassTest {
  /** Objects merge (nested allOf too, own keys kept); wrappers and allOf with a union member stay. */
  @Test
  void fixture() {
    PassFixture.check(new AllOfPass());
  }

  /**
   * allOf of a union and an object is a union of objects with the object's properties; a member
   * that cannot be an object is dropped where the object says {@code type: object} and kept where
   * it only lists properties; nothing left is reported as untyped JSON.
   */
  @Test
  void unionMember() {
    PassFixture.check(new AllOfPass(), "all-of-union", Overrides.NONE);
  }
}
