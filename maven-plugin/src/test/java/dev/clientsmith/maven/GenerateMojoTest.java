package dev.clientsmith.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenerateMojoTest {
  @Test
  void executionIdsBecomeSafeFileNames() {
    assertThat(GenerateMojo.fileName("default")).isEqualTo("default");
    assertThat(GenerateMojo.fileName("check-jylo.v2")).isEqualTo("check-jylo.v2");
    assertThat(GenerateMojo.fileName("two words/../x")).isEqualTo("two_words_.._x");
  }
}
