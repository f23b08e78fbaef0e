package dev.clientsmith.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegenerateCommandTest {
  private final Path root = Path.of("/projects/acme");

  @Test
  void aConfiguredProviderInItsDefaultPlaceNeedsOnlyItsId() {
    RegenerateCommand command = new RegenerateCommand(root, root.resolve("generated-clients/jylo"));
    assertThat(command.forProvider(root.resolve("specs/providers.yaml"), "jylo", "jylo", null))
        .isEqualTo("java -jar generator/target/clientsmith-cli.jar generate --provider jylo");
  }

  @Test
  void anotherConfigurationModuleFolderOrTemplatesAreNamed() {
    RegenerateCommand command = new RegenerateCommand(root, root.resolve("clients/echo"));
    assertThat(command.forProvider(root.resolve("api/providers.yaml"), "echo", "echo", root.resolve("templates")))
        .isEqualTo("java -jar generator/target/clientsmith-cli.jar generate --provider echo --config api/providers.yaml"
            + " --out clients/echo --templates templates");
  }

  @Test
  void documentsOutsideAConfigurationNameEveryGivenOptionAndTheModuleFolder() {
    RegenerateCommand command = new RegenerateCommand(root, root.resolve("client"));
    assertThat(command.forSpecs(List.of(root.resolve("a.yaml"), root.resolve("docs/b page.md")), null,
            "--package", "com.acme", "--client-name", "AcmeClient", "--group-id", null, "--module-version", "1.2.0"))
        .isEqualTo("java -jar generator/target/clientsmith-cli.jar generate --spec a.yaml 'docs/b page.md'"
            + " --package com.acme --client-name AcmeClient --module-version 1.2.0 --out client");
  }

  @Test
  void pathsOutsideTheRootStayAbsolute() {
    RegenerateCommand command = new RegenerateCommand(root, Path.of("/elsewhere/client"));
    assertThat(command.forSpecs(List.of(Path.of("/specs/a.json")), null))
        .isEqualTo("java -jar generator/target/clientsmith-cli.jar generate --spec /specs/a.json --out /elsewhere/client");
  }

  @Test
  void wordsTheShellWouldSplitOrExpandAreQuoted() {
    assertThat(RegenerateCommand.quoted("plain/path-1.yaml")).isEqualTo("plain/path-1.yaml");
    assertThat(RegenerateCommand.quoted("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
    assertThat(RegenerateCommand.quoted("")).isEqualTo("''");
  }
}
