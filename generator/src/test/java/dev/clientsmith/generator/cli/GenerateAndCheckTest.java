package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.source.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} and {@code check} through the command line. */
class GenerateAndCheckTest {
  @TempDir Path dir;

  private static String config() {
    return TestPaths.spec("providers.yaml").toString();
  }

  @Test
  void generateAllThenCheckPasses() {
    MainTest.Run generate = MainTest.run("generate", "--all", "--config", config(), "--out", dir.toString());
    assertThat(generate.code()).as(generate.err()).isZero();
    assertThat(generate.out()).contains("generated", "jylo", "cortecs", "interactive-ai", "oxen");
    assertThat(dir.resolve("cortecs/src/main/java/dev/clientsmith/clients/cortecs/CortecsClient.java")).exists();
    assertThat(dir.resolve("oxen/NORMALIZATION.md")).exists();

    MainTest.Run check = MainTest.run("check", "--config", config(), "--out", dir.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).isEqualTo("generated modules are up to date\n");
  }

  @Test
  void checkFailsWithOneLinePerDifferingFile() throws Exception {
    MainTest.run("generate", "--provider", "oxen", "--config", config(), "--out", dir.toString());
    Path client = dir.resolve("oxen/src/main/java/dev/clientsmith/clients/oxen/OxenClient.java");
    Files.writeString(client, Files.readString(client) + "// edited by hand\n");
    Files.writeString(dir.resolve("oxen/Stray.java"), "class Stray {}");

    MainTest.Run check = MainTest.run("check", "--provider", "oxen", "--config", config(), "--out", dir.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).isEmpty();
    assertThat(check.err()).isEqualTo(
        "oxen/src/main/java/dev/clientsmith/clients/oxen/OxenClient.java: differs from a fresh generation\n"
            + "oxen/Stray.java: not generated any more (would be removed)\n"
            + "2 file(s) differ: run 'generate --all' and commit the result\n");
  }

  @Test
  void generateFromASpecNeedsPackageClientNameAndOut() {
    MainTest.Run run = MainTest.run("generate", "--spec", TestPaths.spec("oxen.md").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("command line: error[cli.missing-option] generate --spec needs --package, --client-name, --out\n"
        + "  hint: name the package, the client class and the module folder\n");
  }

  @Test
  void generateFromASpecWritesTheModuleFolder() {
    Path out = dir.resolve("acme");
    MainTest.Run run = MainTest.run("generate", "--spec", TestPaths.spec("cortecs.md").toString(), "--package", "com.acme.llm",
        "--client-name", "AcmeClient", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("src/main/java/com/acme/llm/AcmeClient.java")).content().contains("ACME_API_KEY");
    assertThat(out.resolve("README.md")).exists();
  }

  @Test
  void aBadDocumentLeavesTheExistingModuleUntouched() throws Exception {
    Path out = dir.resolve("acme");
    MainTest.run("generate", "--spec", TestPaths.spec("cortecs.md").toString(), "--package", "com.acme.llm",
        "--client-name", "AcmeClient", "--out", out.toString());
    String before = Files.readString(out.resolve("README.md"));
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"openapi\": \"3.0.0\", \"info\": ");

    MainTest.Run run = MainTest.run("generate", "--spec", broken.toString(), "--package", "com.acme.llm",
        "--client-name", "AcmeClient", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error[source.invalid-json]").doesNotContain("Exception");
    assertThat(out.resolve("README.md")).hasContent(before);
  }

  @Test
  void anUnwritableDestinationIsABadInputNotACrash() throws Exception {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    MainTest.Run run = MainTest.run("generate", "--provider", "oxen", "--config", config(), "--out", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error[cli.cannot-write] cannot write the module").doesNotContain("\tat ");
    assertThat(file).hasContent("x");
  }
}
