package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class RequiredNullablePassTest {
  /** Required + nullable properties are reported with the rule; the document is unchanged. */
  @Test
  void fixture() {
    PassFixture.check(new RequiredNullablePass());
  }
}
