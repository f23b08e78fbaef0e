package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class InlineAliasesPassTest {
  /** Meaningless primitive and array aliases are inlined; named aliases and enums stay. */
  @Test
  void fixture() {
    PassFixture.check(new InlineAliasesPass());
  }
}
