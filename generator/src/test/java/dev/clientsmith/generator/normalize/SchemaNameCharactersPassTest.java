package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class SchemaNameCharactersPassTest {
  /**
   * OpenAI's {@code BetaConversationParam-2} beside {@code BetaConversationParam}, a name with a
   * space, one that is only a number, and one whose repair is already taken: each becomes a Java
   * name, and every reference follows. {@code conversation} beside {@code Conversation} would be the
   * same file on a case-insensitive file system: the later one is renamed.
   */
  @Test
  void fixture() {
    PassFixture.check(new SchemaNameCharactersPass());
  }
}
