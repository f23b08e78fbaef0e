package dev.clientsmith.generator.normalize;

import dev.clientsmith.generator.config.Overrides;
import org.junit.jupiter.api.Test;

class OperationIdsPassTest {
  /** Missing and dotted ids are derived from the address; kebab-case ids are camel-cased; verbs follow the HTTP method. */
  @Test
  void fixture() {
    PassFixture.check(new OperationIdsPass());
  }

  /**
   * Meaningful operationIds keep their verb ({@code modifyAssistant -> assistants.modify}) unless the
   * HTTP method contradicts it; GET answering one object retrieves; an action segment is the method
   * ({@code fineTunes.cancel}); an operation on '/' sits on its tag's resource; colliding addresses
   * ({@code createThreadAndRun}, {@code createRun}) are told apart and reported.
   */
  @Test
  void names() {
    PassFixture.check(new OperationIdsPass(), "operation-names", Overrides.NONE);
  }
}
