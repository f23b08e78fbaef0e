package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class OperationIdsPassTest {
  /** Missing and dotted ids are derived from the address; kebab-case ids are camel-cased; verbs follow the HTTP method. */
  @Test
  void fixture() {
    PassFixture.check(new OperationIdsPass());
  }
}
