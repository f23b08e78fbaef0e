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
    MainTest.Run generate = MainTest.run("generate", "--all", "--config", config(), "--modules-dir", dir.toString());
    assertThat(generate.code()).as(generate.err()).isZero();
    assertThat(generate.out()).contains("generated", "jylo", "cortecs", "interactive-ai", "oxen");
    assertThat(dir.resolve("cortecs/src/main/java/dev/clientsmith/clients/cortecs/CortecsClient.java")).exists();
    assertThat(dir.resolve("oxen/NORMALIZATION.md")).exists();
    assertThat(dir.resolve("oxen/.clientsmith/manifest")).exists();

    MainTest.Run check = MainTest.run("check", "--all", "--config", config(), "--modules-dir", dir.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).isEqualTo("generated modules are up to date\n");
  }

  @Test
  void checkWithoutASelectionChecksEveryProviderAndGenerateInsistsOnOne() {
    MainTest.Run generate = MainTest.run("generate", "--config", config(), "--modules-dir", dir.toString());
    assertThat(generate.code()).isEqualTo(2);
    assertThat(generate.err()).startsWith("error: Missing required argument (specify one of these): "
        + "(--provider=ID | --all | --spec=FILE...)");
    assertThat(dir).isEmptyDirectory();

    MainTest.run("generate", "--all", "-q", "--config", config(), "--modules-dir", dir.toString());
    MainTest.Run check = MainTest.run("check", "--config", config(), "--modules-dir", dir.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).isEqualTo("generated modules are up to date\n");
  }

  @Test
  void progressOfAMultiProviderRunGoesToStandardErrorAsItHappensAndQuietSilencesIt() {
    MainTest.Run loud = MainTest.run("generate", "--all", "--config", config(), "--modules-dir", dir.toString());
    assertThat(loud.err().lines()).hasSize(4).allMatch(line -> line.matches(
        "\\[[1-4]/4] [a-z-]+: normalised in \\d+ ms, modelled in \\d+ ms, emitted \\d+ files in \\d+ ms"));
    assertThat(loud.err()).startsWith("[1/4] jylo:");

    MainTest.Run quiet = MainTest.run("generate", "--all", "-q", "--config", config(), "--modules-dir", dir.toString());
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEmpty();
  }

  @Test
  void checkNamesEachDifferingFileWithItsFirstLinesAndTheCommandThatRegenerates() throws Exception {
    Path module = dir.resolve("oxen");
    MainTest.run("generate", "--provider", "oxen", "--config", config(), "--out", module.toString());
    Path client = module.resolve("src/main/java/dev/clientsmith/clients/oxen/OxenClient.java");
    Files.writeString(client, Files.readString(client) + "// edited by hand\n");
    Files.writeString(module.resolve("Mine.java"), "class Mine {}");

    MainTest.Run check = MainTest.run("check", "--provider", "oxen", "--config", config(), "--out", module.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).isEmpty();
    int lines = (int) Files.readString(client).lines().count();
    assertThat(check.err()).as("a user's own file (Mine.java) is not a difference").isEqualTo(
        "src/main/java/dev/clientsmith/clients/oxen/OxenClient.java: differs from a fresh generation\n"
            + "    @@ line " + lines + " @@\n"
            + "    -// edited by hand\n"
            + "1 file(s) differ from a fresh generation; regenerate with:\n"
            + "  java -jar generator/target/clientsmith-cli.jar generate --provider oxen --config " + config()
            + " --out " + module + "\n");
  }

  @Test
  void checkReportsGeneratedFilesThatAreGoneOrNoLongerGenerated() throws Exception {
    Path module = dir.resolve("oxen");
    MainTest.run("generate", "--provider", "oxen", "--config", config(), "--out", module.toString());
    Files.delete(module.resolve("README.md"));
    Path manifest = module.resolve(".clientsmith/manifest");
    String stale = "0".repeat(64) + "  Old.java\n";
    Files.writeString(manifest, Files.readString(manifest) + stale);
    Files.writeString(module.resolve("Old.java"), "class Old {}");

    MainTest.Run check = MainTest.run("check", "--provider", "oxen", "--config", config(), "--out", module.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err()).contains(
        ".clientsmith/manifest: differs from a fresh generation\n",
        "Old.java: not generated any more (would be removed)\n",
        "README.md: missing (would be generated)\n",
        "3 file(s) differ");
  }

  @Test
  void generateFromASpecNeedsPackageClientNameAndOut() {
    MainTest.Run run = MainTest.run("generate", "--spec", TestPaths.spec("oxen.md").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(
        "options: error[request.invalid] documents outside the configuration need a package name and a client name\n"
            + "  hint: for example --package com.acme.client --client-name AcmeClient\n"
            + "options: error[request.invalid] no output folder given\n"
            + "  hint: name the folder that receives the module (--out)\n");
  }

  @Test
  void generateFromASpecWritesAStandaloneModule() throws Exception {
    Path out = dir.resolve("acme");
    MainTest.Run run = MainTest.run("generate", "--spec", TestPaths.spec("cortecs.md").toString(), "--package", "com.acme.llm",
        "--client-name", "AcmeClient", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("src/main/java/com/acme/llm/AcmeClient.java")).content().contains("ACME_API_KEY");
    String pom = Files.readString(out.resolve("pom.xml"));
    assertThat(pom).doesNotContain("<parent>")
        .contains("<groupId>com.acme.llm</groupId>\n  <artifactId>acme-client</artifactId>\n  <version>1.0.0</version>")
        .contains("<artifactId>client-runtime</artifactId>\n      <version>${clientsmith.version}</version>");
    assertThat(out.resolve("README.md")).content().contains("## Build it", "mvn -B install");
  }

  /** A 3.1 document generates a module; its repairs are printed as warnings, located, on standard error. */
  @Test
  void generateFromA31DocumentPrintsItsRepairsAsWarnings() {
    Path out = dir.resolve("chat");
    String document = "src/test/resources/openapi31/chat-3.1.yaml";
    MainTest.Run run = MainTest.run("generate", "--spec", document, "--package", "com.acme.chat",
        "--client-name", "ChatClient", "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("src/main/java/com/acme/chat/ChatClient.java")).exists();
    assertThat(run.err()).contains(document + ":11:3: warning[normalize.undeclared-path-parameter]",
        document + ":80:11: warning[normalize.unknown-keyword] 'optional' is not a schema keyword");
  }

  @Test
  void coordinatesCanBeChosenAndTheVersionComesFromTheDocument() throws Exception {
    Path spec = dir.resolve("api.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: Acme, version: 1.2.0}\npaths: {}\n");
    MainTest.Run derived = MainTest.run("generate", "--spec", spec.toString(), "--package", "com.acme.client",
        "--client-name", "AcmeClient", "--out", dir.resolve("a").toString());
    assertThat(derived.code()).as(derived.err()).isZero();
    assertThat(dir.resolve("a/pom.xml")).content()
        .contains("<groupId>com.acme.client</groupId>\n  <artifactId>acme-client</artifactId>\n  <version>1.2.0</version>");

    MainTest.Run chosen = MainTest.run("generate", "--spec", spec.toString(), "--package", "com.acme.client",
        "--client-name", "AcmeClient", "--group-id", "org.example", "--artifact-id", "acme-java", "--module-version", "3.0.0-rc1",
        "--out", dir.resolve("b").toString());
    assertThat(chosen.code()).as(chosen.err()).isZero();
    assertThat(dir.resolve("b/pom.xml")).content()
        .contains("<groupId>org.example</groupId>\n  <artifactId>acme-java</artifactId>\n  <version>3.0.0-rc1</version>");

    MainTest.Run bad = MainTest.run("generate", "--spec", spec.toString(), "--package", "com.acme.client",
        "--client-name", "AcmeClient", "--module-version", "not a version", "--out", dir.resolve("c").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("options: error[request.invalid] 'not a version' is not a Maven version");
    assertThat(dir.resolve("c")).doesNotExist();
  }

  @Test
  void configuredModulesOfThisRepositoryKeepItsParent() throws Exception {
    MainTest.Run run = MainTest.run("generate", "--provider", "oxen", "--config", config(), "--out", dir.resolve("oxen").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(dir.resolve("oxen/pom.xml")).content().contains("<artifactId>generated-clients</artifactId>")
        .contains("<groupId>dev.clientsmith.clients</groupId>\n  <artifactId>oxen-client</artifactId>");
  }

  @Test
  void optionsOfDocumentsOutsideTheConfigurationAreRefusedWithProviders() {
    MainTest.Run run = MainTest.run("generate", "--all", "--config", config(), "--package", "com.x", "--client-name", "XClient",
        "--modules-dir", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error[request.invalid] a package name applies only to documents outside the configuration",
        "error[request.invalid] a client name applies only to documents outside the configuration");
    assertThat(dir).isEmptyDirectory();

    MainTest.Run out = MainTest.run("generate", "--all", "--config", config(), "--out", dir.toString());
    assertThat(out.code()).isEqualTo(2);
    assertThat(out.err()).contains("error[request.invalid] all providers cannot share one module folder",
        "hint: name the folder that holds the module folders (--modules-dir)");
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
}
