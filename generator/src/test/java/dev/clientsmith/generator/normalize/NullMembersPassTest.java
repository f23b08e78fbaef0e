package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class NullMembersPassTest {
  /** A {type: null} member leaves its anyOf/oneOf, which becomes nullable; a null member's constraints do not make it less null. */
  @Test
  void fixture() {
    PassFixture.check(new NullMembersPass());
  }
}
