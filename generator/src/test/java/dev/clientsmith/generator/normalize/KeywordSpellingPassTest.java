package dev.clientsmith.generator.normalize;

import org.junit.jupiter.api.Test;

class KeywordSpellingPassTest {
  /** min_items, MinLength, max-length, additional_properties are read as the keywords; a misspelling beside its keyword is left for unknown-keywords. */
  @Test
  void fixture() {
    PassFixture.check(new KeywordSpellingPass());
  }
}
