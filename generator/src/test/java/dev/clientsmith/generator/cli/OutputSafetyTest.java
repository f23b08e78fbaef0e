package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.emit.RobustGenerationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator owns only what it wrote, tried through the command line as a user would: every
 * case that used to delete or overwrite a user's files, or crash, is refused with a located
 * {@code write.*} message, and leaves everything byte-identical.
 */
class OutputSafetyTest {
  /** A valid document with one call; other tests of the command line start from it too. */
  static final String DOCUMENT = """
      openapi: 3.0.3
      info: {title: Acme, version: 1.2.0}
      paths:
        /notes:
          get:
            operationId: listNotes
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {type: object, properties: {id: {type: string}}}
      """;

  @TempDir Path dir;
  private Path spec;

  @BeforeEach
  void document() throws IOException {
    spec = dir.resolve("api.yaml");
    Files.writeString(spec, DOCUMENT);
  }

  private MainTest.Run generate(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("generate", "--spec", spec.toString(), "--package", "com.acme.client",
        "--client-name", "AcmeClient", "--out", out.toString()));
    args.addAll(List.of(extra));
    return MainTest.run(args.toArray(String[]::new));
  }

  @Test
  void aFileAsOutIsRefusedAndLeftAsItIs() throws IOException {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "my notes");
    MainTest.Run run = generate(notes);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(notes + ": error[write.target-is-file] the output is a file, not a folder\n"
        + "  hint: name a new or empty folder (the file is left as it is)\n");
    assertThat(notes).hasContent("my notes");
    assertThat(listing(dir)).containsOnlyKeys("api.yaml", "notes.txt");
  }

  @Test
  void aNonEmptyFolderTheGeneratorDidNotWriteIsRefusedAndLeftByteIdentical() throws IOException {
    Path mine = dir.resolve("mydir");
    Files.createDirectories(mine.resolve("src"));
    Files.writeString(mine.resolve("important.txt"), "keep me");
    Files.writeString(mine.resolve("src/X.java"), "class X {}");
    Map<String, String> before = listing(mine);

    MainTest.Run run = generate(mine);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(mine + ": error[write.not-generated] the folder is not empty and holds no"
        + " .clientsmith/manifest, so the generator did not write it\n  hint: name a new or empty folder, or run again with --force");
    assertThat(listing(mine)).isEqualTo(before);
    assertThat(listing(dir)).as("no temporary folder is left").containsOnlyKeys("api.yaml", "mydir/important.txt", "mydir/src/X.java");
  }

  @Test
  void forceAdoptsAFolderWithoutDeletingAnythingAndBacksUpWhatItReplaces() throws IOException {
    Path mine = dir.resolve("mydir");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("important.txt"), "keep me");
    Files.writeString(mine.resolve("README.md"), "my own readme");

    MainTest.Run run = generate(mine, "--force");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(mine.resolve("important.txt")).hasContent("keep me");
    assertThat(mine.resolve(".clientsmith/backup/README.md")).hasContent("my own readme");
    assertThat(mine.resolve("README.md")).content().startsWith("# Acme client for Java");
    assertThat(run.err()).contains(mine.resolve("README.md") + ": warning[write.backed-up]");
  }

  @Test
  void filesAUserAddedInsideAModuleSurviveRegeneration() throws IOException {
    Path module = dir.resolve("acme");
    assertThat(generate(module).code()).isZero();
    Path test = module.resolve("src/test/java/com/acme/client/MyTest.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "class MyTest {}");
    Files.writeString(module.resolve("NOTES.md"), "a note");
    Files.createDirectories(module.resolve("target/classes"));
    Files.writeString(module.resolve("target/classes/A.class"), "bytes");

    Files.writeString(spec, Files.readString(spec).replace("listNotes", "listAllNotes"));
    MainTest.Run again = generate(module);
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(test).hasContent("class MyTest {}");
    assertThat(module.resolve("NOTES.md")).hasContent("a note");
    assertThat(module.resolve("target/classes/A.class")).hasContent("bytes");
  }

  @Test
  void onlyGeneratedFilesThatAreNoLongerProducedAreRemovedAndAnEditedOneIsKept() throws IOException {
    Path module = dir.resolve("acme");
    assertThat(generate(module).code()).isZero();
    Path model = module.resolve("src/main/java/com/acme/client/model/ListNotesResponse.java");
    assertThat(model).exists();
    Files.writeString(spec, Files.readString(spec).replace("properties: {id: {type: string}}", "additionalProperties: true"));

    MainTest.Run run = generate(module);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(model).doesNotExist();
    assertThat(run.out()).contains(" removed)").doesNotContain(" 0 removed)");

    // A stale generated file a user changed is theirs now: kept, with a warning.
    Files.writeString(spec, Files.readString(spec).replace("additionalProperties: true", "properties: {id: {type: string}}"));
    assertThat(generate(module).code()).isZero();
    Files.writeString(model, Files.readString(model) + "// mine\n");
    Files.writeString(spec, Files.readString(spec).replace("properties: {id: {type: string}}", "additionalProperties: true"));
    MainTest.Run kept = generate(module);
    assertThat(kept.code()).isZero();
    assertThat(model).content().endsWith("// mine\n");
    assertThat(kept.err()).contains(model + ": warning[write.kept-edited] no longer generated, but changed since it was: kept");
  }

  @Test
  void aUserFileWhereANewGeneratedFileWouldGoIsRefused() throws IOException {
    Path module = dir.resolve("acme");
    assertThat(generate(module).code()).isZero();
    Path client = module.resolve("src/main/java/com/acme/client/model/Note.java");
    Files.writeString(client, "class Note {} // mine");
    Files.writeString(spec, Files.readString(spec).replace("schema: {type: object, properties: {id: {type: string}}}",
        "schema: {$ref: '#/components/schemas/Note'}") + "components:\n  schemas:\n    Note: {type: object, properties: {id: {type: string}}}\n");
    Map<String, String> before = listing(module);

    MainTest.Run run = generate(module);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(client + ": error[write.would-overwrite] a file the generator did not write is where it"
        + " would now generate one");
    assertThat(listing(module)).isEqualTo(before);
  }

  @Test
  void unwritablePlacesAreLocatedErrorsWithoutExceptionNames() throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    MainTest.Run below = generate(file.resolve("below"));
    assertThat(below.code()).isEqualTo(2);
    assertThat(below.err()).isEqualTo(file.resolve("below") + ": error[write.parent-not-folder] " + file
        + " is a file, so no folder can be created below it\n  hint: name a folder whose parents are folders\n");

    MainTest.Run proc = generate(Path.of("/proc/clientsmith-test"));
    assertThat(proc.code()).isEqualTo(2);
    assertThat(proc.err()).startsWith("/proc/clientsmith-test: error[write.failed] cannot write: ")
        .contains("hint: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(listing(dir)).containsOnlyKeys("api.yaml", "file");
  }

  @Test
  void aDamagedManifestIsALocatedError() throws IOException {
    Path module = dir.resolve("acme");
    assertThat(generate(module).code()).isZero();
    Path manifest = module.resolve(".clientsmith/manifest");
    Files.writeString(manifest, Files.readString(manifest).replace("  README.md", "  ../../outside.txt"));
    MainTest.Run run = generate(module);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(manifest + ":").contains("error[write.bad-manifest]");
  }

  @Test
  void outDotWorksInAnEmptyFolderAndAgainOnceItHoldsTheModule() throws Exception {
    Path here = Files.createDirectories(dir.resolve("here"));
    MainTest.Run first = cli(here, "generate", "--spec", spec.toString(), "--package", "com.acme.client", "--client-name", "AcmeClient",
        "--out", ".");
    assertThat(first.code()).as(first.out()).isZero();
    assertThat(here.resolve("pom.xml")).exists();
    MainTest.Run second = cli(here, "generate", "--spec", spec.toString(), "--package", "com.acme.client", "--client-name", "AcmeClient",
        "--out", ".");
    assertThat(second.code()).as(second.out()).isZero();
    assertThat(second.out()).contains("generated ").contains(" in . (0 written");
    try (Stream<Path> top = Files.list(here)) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".clientsmith", "NORMALIZATION.md",
          "README.md", "pom.xml", "src");
    }
    assertThat(listing(here.resolve(".clientsmith"))).as("no staging folder is left").containsOnlyKeys("manifest");

    Path busy = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(busy.resolve("mine.txt"), "mine");
    MainTest.Run refused = cli(busy, "generate", "--spec", spec.toString(), "--package", "com.acme.client", "--client-name",
        "AcmeClient", "--out", ".");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.out()).startsWith(".: error[write.not-generated]");
    assertThat(listing(busy)).containsOnlyKeys("mine.txt");
  }

  @Test
  void aDocumentWithoutPathsGivesAModuleWithNoCallsThatCompiles() throws IOException {
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\npaths: {}\n");
    Path module = dir.resolve("empty");
    MainTest.Run run = generate(module);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(module.resolve("README.md")).content().contains("declares no operations");
    assertThat(RobustGenerationTest.compile(module.resolve("src/main/java"), dir.resolve("classes"))).isEmpty();
  }

  /** Runs the command line in its own process, so that it has its own working directory; bounded to 60 s. */
  private MainTest.Run cli(Path workingDirectory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(dir.getParent(), "cli", ".log");
    try {
      Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the command line did not finish within 60 s");
      }
      return new MainTest.Run(p.exitValue(), Files.readString(log), "");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Every file below {@code root} (relative path to content), to compare a folder before and after. */
  private static Map<String, String> listing(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
