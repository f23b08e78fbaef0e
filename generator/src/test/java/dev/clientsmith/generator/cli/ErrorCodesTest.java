package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.parse.SpecParser;
import dev.clientsmith.generator.source.SourceReader;
import dev.clientsmith.generator.source.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic code that {@code docs/errors.md} lists has a case here that produces it, through
 * the command line ({@link Main#run}) or, where only the library can reach it, through the library;
 * and no case names a code the documentation does not list. Adding a code means adding one line to
 * {@link #CASES} (or, with the reason, to {@link #NOT_PRODUCIBLE}).
 */
class ErrorCodesTest {
  private static final Path ERRORS = Path.of("..", "docs", "errors.md");
  /** A code as the tables of docs/errors.md write it, first in a row: {@code | `source.not-found` |}. */
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+\\.[a-z0-9-]+)`", Pattern.MULTILINE);

  /** A valid document with one schema, {@code S}, that a response refers to. */
  private static final String DOC = OutputSafetyTest.DOCUMENT
      .replace("schema: {type: object, properties: {id: {type: string}}}", "schema: {$ref: '#/components/schemas/S'}")
      + "components:\n  schemas:\n    S: {type: object, properties: {id: {type: string}}}\n";

  /** The minimal valid configuration, for one change per case. */
  private static final String CONFIG = read(TestPaths.resource("config/valid.yaml"));

  /** Produces a diagnostic in a fresh folder; returns what was printed or rendered. */
  @FunctionalInterface
  interface Producer {
    String produce(Path dir) throws IOException;
  }

  private static final Map<String, Producer> CASES = new LinkedHashMap<>();
  /** Codes no test can produce honestly, with the reason. */
  private static final Map<String, String> NOT_PRODUCIBLE = new LinkedHashMap<>();

  static {
    // source
    CASES.put("source.not-found", dir -> normalize(dir.resolve("missing.yaml")));
    CASES.put("source.not-a-file", dir -> normalize(Files.createDirectories(dir.resolve("folder.yaml"))));
    CASES.put("source.unreadable", dir -> normalize(unreadable(dir)));
    CASES.put("source.unsupported-type", dir -> normalize(write(dir, "api.txt", DOC)));
    CASES.put("source.too-large", dir -> normalize(write(dir, "long.json", "{\"" + "k".repeat(60_000) + "\": 1}")));
    CASES.put("source.empty", dir -> normalize(write(dir, "empty.yaml", "")));
    CASES.put("source.not-text", dir -> normalize(Files.write(dir.resolve("nul.json"), new byte[] {'{', 0, '}'})));
    CASES.put("source.not-utf8", dir -> normalize(Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'})));
    CASES.put("source.no-spec-block", dir -> normalize(broken("no-spec-block.md")));
    CASES.put("source.several-spec-blocks", dir -> normalize(broken("two-spec-blocks.md")));
    CASES.put("source.invalid-json", dir -> normalize(broken("missing-comma.json")));
    CASES.put("source.invalid-yaml", dir -> normalize(broken("tab-indent.yaml")));
    CASES.put("source.yaml-alias", dir -> normalize(write(dir, "alias.yaml", DOC + "x-copy: *nowhere\n")));
    CASES.put("source.yaml-alias-bomb", dir -> normalize(write(dir, "laughs.yaml", laughs())));
    CASES.put("source.duplicate-key", dir -> normalize(broken("duplicate-key.json")));
    CASES.put("source.too-deep", dir -> normalize(write(dir, "deep.json", "[".repeat(300) + "]".repeat(300))));
    CASES.put("source.not-an-object", dir -> normalize(broken("top-level-array.json")));
    // parse
    CASES.put("parse.not-openapi-3", dir -> normalize(broken("swagger-2.json")));
    CASES.put("parse.missing", dir -> normalize(broken("missing-info.json")));
    CASES.put("parse.wrong-type", dir -> normalize(broken("paths-array.json")));
    CASES.put("parse.unexpected", dir -> normalize(write(dir, "api.yaml", DOC.replace("version: 1.2.0}", "version: 1.2.0, foo: 1}"))));
    CASES.put("parse.unsupported", dir -> normalize(write(dir, "api.yaml", DOC.replace("operationId: listNotes", """
        operationId: listNotes
              parameters:
                - name: q
                  in: query
                  content: {application/json: {schema: {type: string}}, text/plain: {schema: {type: string}}}"""))));
    CASES.put("parse.repeated", dir -> normalize(write(dir, "api.yaml", DOC + "tags: [{name: a}, {name: a}]\n")));
    // Only OpenAPI 3.1's rules refuse the prefix, and the pipeline reads 3.1 documents in their 3.0
    // form; the parse stage on the document as written sees it.
    CASES.put("parse.reserved", dir -> parseOnly(write(dir, "api.yaml", DOC.replace("3.0.3", "3.1.0") + "x-oai-beta: true\n")));
    CASES.put("parse.invalid", dir -> normalize(broken("oneof-empty.yaml")));
    CASES.put("parse.unresolved-ref", dir -> normalize(broken("unresolved-ref.json")));
    CASES.put("parse.external-ref", dir -> normalize(write(dir, "api.yaml", DOC.replace("'#/components/schemas/S'", "'../common.yaml#/components/schemas/S'"))));
    CASES.put("parse.too-many-documents", ErrorCodesTest::tooManyDocuments);
    CASES.put("parse.too-many-schemas", dir -> normalize(write(dir, "api.json", many(100_001, "\"S%d\": {}", "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}, \"components\": {\"schemas\": {", "}}}"))));
    CASES.put("parse.too-many-operations", dir -> normalize(write(dir, "api.json", many(10_001, "\"/p%d\": {\"get\": {\"responses\": {}}}", "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {", "}}"))));
    // Nothing listens on port 1 of the loopback address: the fetch is refused at once.
    CASES.put("source.fetch-failed", dir -> cli("normalize", "--allow-remote-refs", "--spec",
        write(dir, "api.yaml", DOC.replace("'#/components/schemas/S'", "'http://127.0.0.1:1/x.yaml#/S'")).toString()));
    CASES.put("parse.ref-cycle", dir -> normalize(broken("allof-cycle.yaml")));
    CASES.put("parse.wrong-ref-target", dir -> normalize(write(dir, "api.yaml",
        DOC.replace("'200':\n", "'200': {$ref: '#/components/schemas/S'}\n        '201':\n"))));
    CASES.put("parse.required-flag", dir -> normalize(schema(dir, "{type: object, properties: {id: {type: string, required: true}}}")));
    NOT_PRODUCIBLE.put("parse.other", "the fallback for a Swagger Parser message of a shape not seen yet: every message a"
        + " document has produced so far has its own translation (SwaggerMessagesTest feeds it an invented one)");
    // normalize: repairs, printed as warnings
    CASES.put("normalize.undeclared-path-parameter", dir -> normalize(write(dir, "api.yaml", DOC.replace("/notes:", "/notes/{id}:"))));
    CASES.put("normalize.path-parameter-required", dir -> normalize(write(dir, "api.yaml", DOC.replace("/notes:", "/notes/{id}:")
        .replace("operationId: listNotes", "operationId: listNotes\n      parameters: [{name: id, in: path, schema: {type: string}}]"))));
    CASES.put("normalize.misspelt-keyword", dir -> normalize(schema(dir, "{type: array, items: {type: string}, min_items: 1}")));
    CASES.put("normalize.unknown-keyword", dir -> normalize(schema(dir, "{type: string, optional: true}")));
    CASES.put("normalize.wrong-type-default", dir -> normalize(schema(dir, "{type: string, default: []}")));
    CASES.put("normalize.missing-items", dir -> normalize(schema(dir, "{type: array}")));
    CASES.put("normalize.recursive-ref", dir -> normalize(schema(dir,
        "{type: object, $recursiveAnchor: true, properties: {children: {type: array, items: {$recursiveRef: '#'}}}}")));
    CASES.put("normalize.reserved-extension", dir -> cli("normalize", "--keep-3.1", "--spec",
        write(dir, "api.yaml", DOC.replace("3.0.3", "3.1.0") + "x-oai-beta: true\n").toString()));
    CASES.put("normalize.defs-ref", dir -> normalize(TestPaths.resource("openapi31/chat-3.1.yaml")));
    // config
    CASES.put("config.unsupported-type", dir -> config(dir, "providers.txt", CONFIG));
    CASES.put("config.unknown-key", dir -> config(dir, CONFIG.replace("    module: acme", "    modul: acme")));
    CASES.put("config.missing-key", dir -> config(dir, CONFIG.replace("    package: com.example.acme\n", "")));
    CASES.put("config.wrong-type", dir -> config(dir, CONFIG.replace("[acme.json]", "acme.json")));
    CASES.put("config.empty-value", dir -> config(dir, CONFIG.replace("name: Acme AI", "name: ''")));
    CASES.put("config.no-providers", dir -> config(dir, "providers: []\n"));
    CASES.put("config.invalid-id", dir -> config(dir, CONFIG.replace("id: acme", "id: Acme_AI")));
    CASES.put("config.invalid-module", dir -> config(dir, CONFIG.replace("module: acme", "module: Acme")));
    CASES.put("config.invalid-package", dir -> config(dir, CONFIG.replace("com.example.acme", "com.example.new")));
    CASES.put("config.invalid-class-name", dir -> config(dir, CONFIG.replace("client: AcmeClient", "client: 2Client")));
    CASES.put("config.invalid-env-var", dir -> config(dir, CONFIG.replace("ACME_API_KEY", "acme-key")));
    CASES.put("config.invalid-base-path", dir -> config(dir, CONFIG.replace("basePath: /v1", "basePath: v1")));
    CASES.put("config.invalid-schema-name", dir -> config(dir, CONFIG.replace("ModelName", "'Provider Name'")));
    CASES.put("config.unknown-pass", dir -> config(dir, CONFIG.replace("[nested-tags]", "[nested-tag]")));
    CASES.put("config.duplicate-id", dir -> config(dir, CONFIG + CONFIG.substring(CONFIG.indexOf("  - id")).replace("module: acme", "module: other")));
    CASES.put("config.duplicate-module", dir -> config(dir, CONFIG + CONFIG.substring(CONFIG.indexOf("  - id")).replace("id: acme", "id: other")));
    CASES.put("config.invalid-group-id", dir -> config(dir, "modules: {groupId: 'a b'}\n" + CONFIG));
    CASES.put("config.invalid-parent", dir -> config(dir, "modules: {parent: parent}\n" + CONFIG));
    CASES.put("config.document-not-found", dir -> config(dir, CONFIG.replace("[acme.json]", "[acme-chat.json]")));
    // cli
    CASES.put("cli.unknown-provider", dir -> {
      Path config = configFolder(dir, "providers.yaml", CONFIG);
      return cli("normalize", "--config", config.toString(), "--provider", "nope");
    });
    CASES.put("cli.invalid-path", dir -> cli("normalize", "--spec", "api\0.yaml"));
    CASES.put("cli.cannot-write", dir -> cli("normalize", "--spec", write(dir, "api.yaml", DOC).toString(),
        "--report", dir.resolve("no-such-folder/report.txt").toString()));
    // request
    CASES.put("request.invalid", dir -> cli("generate", "--spec", write(dir, "api.yaml", DOC).toString(), "--out", dir.resolve("out").toString()));
    // write
    CASES.put("write.target-is-file", dir -> generate(dir, write(dir, "notes.txt", "mine")));
    CASES.put("write.parent-not-folder", dir -> generate(dir, write(dir, "notes.txt", "mine").resolve("module")));
    CASES.put("write.not-generated", dir -> {
      write(Files.createDirectories(dir.resolve("mine")), "notes.txt", "mine");
      return generate(dir, dir.resolve("mine"));
    });
    CASES.put("write.would-overwrite", dir -> {
      Path out = dir.resolve("module");
      generate(dir, out);
      // A user's file where a schema added to the document now generates one.
      Path mine = out.resolve("src/main/java/com/acme/client/model/Extra.java");
      Files.writeString(mine, "class Extra {}");
      write(dir, "api.yaml", DOC.replace("properties: {id: {type: string}}}", "properties: {id: {type: string}, extra: {$ref: '#/components/schemas/Extra'}}}")
          + "    Extra: {type: object, properties: {note: {type: string}}}\n");
      return generate(dir, out);
    });
    CASES.put("write.path-is-folder", dir -> {
      Path out = dir.resolve("module");
      generate(dir, out);
      Path readme = out.resolve("README.md");
      Files.delete(readme);
      write(Files.createDirectories(readme), "mine.txt", "mine");
      return generate(dir, out);
    });
    CASES.put("write.bad-manifest", dir -> {
      Path out = dir.resolve("module");
      generate(dir, out);
      Path manifest = out.resolve(".clientsmith/manifest");
      Files.writeString(manifest, Files.readString(manifest).replace("  README.md", "  ../../outside.txt"));
      return generate(dir, out);
    });
    // The kernel refuses any folder below /proc, also to root, whom permissions do not stop.
    CASES.put("write.failed", dir -> generate(dir, Path.of("/proc/clientsmith-test")));
    NOT_PRODUCIBLE.put("write.invalid-path", "given when the output path cannot be made absolute; a path the command line"
        + " or the Maven plugin could build is always absolute-able on the default file system (one it cannot build is"
        + " cli.invalid-path)");
    CASES.put("write.backed-up", dir -> {
      Path out = Files.createDirectories(dir.resolve("mine"));
      write(out, "README.md", "my own readme");
      return generate(dir, out, "--force");
    });
    CASES.put("write.kept-edited", dir -> {
      Path out = dir.resolve("module");
      write(dir, "api.yaml", DOC);
      generate(dir, out);
      Path model = out.resolve("src/main/java/com/acme/client/model/S.java");
      Files.writeString(model, Files.readString(model) + "// mine\n");
      // S is no longer used, so no longer generated; the edited file is kept.
      write(dir, "api.yaml", DOC.substring(0, DOC.indexOf("components:")).replace("{$ref: '#/components/schemas/S'}", "{type: string}"));
      return generate(dir, out);
    });
  }

  @TempDir Path dir;

  /** Every code of docs/errors.md, in the order written there. */
  static List<String> documentedCodes() throws IOException {
    Matcher m = ROW.matcher(Files.readString(ERRORS, StandardCharsets.UTF_8));
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void everyDocumentedCodeHasACaseAndEveryCaseADocumentedCode() throws IOException {
    List<String> documented = documentedCodes();
    assertThat(documented).as("codes read from docs/errors.md").hasSizeGreaterThan(60).doesNotHaveDuplicates();
    Set<String> covered = new TreeSet<>(CASES.keySet());
    covered.addAll(NOT_PRODUCIBLE.keySet());
    assertThat(new TreeSet<>(documented)).as("documented codes without a case (left) or cases of undocumented codes (right)")
        .isEqualTo(covered);
    assertThat(CASES.keySet()).doesNotContainAnyElementsOf(NOT_PRODUCIBLE.keySet());
  }

  static Stream<String> producible() {
    return CASES.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("producible")
  void eachCaseProducesItsCode(String code) throws IOException {
    String output;
    try {
      output = CASES.get(code).produce(dir);
    } finally {
      // A link to a file outside the temporary folder is removed here, so that its cleanup need not warn.
      try (Stream<Path> files = Files.list(dir)) {
        for (Path link : files.filter(Files::isSymbolicLink).toList()) {
          Files.delete(link);
        }
      }
    }
    assertThat(output).as("output of the case").containsPattern("(error|warning)\\[" + Pattern.quote(code) + "\\]")
        .doesNotContain("Exception", "internal error");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static String cli(String... args) {
    MainTest.Run run = MainTest.run(args);
    return run.out() + run.err();
  }

  private static String normalize(Path spec) {
    return cli("normalize", "--spec", spec.toString());
  }

  /** Generates {@code api.yaml} of {@code dir} (the valid {@link #DOC} unless a case wrote its own) into {@code out}. */
  private static String generate(Path dir, Path out, String... extra) throws IOException {
    Path spec = dir.resolve("api.yaml");
    if (!Files.exists(spec)) {
      write(dir, "api.yaml", DOC);
    }
    List<String> args = new ArrayList<>(List.of("generate", "--spec", spec.toString(), "--package", "com.acme.client",
        "--client-name", "AcmeClient", "--out", out.toString()));
    args.addAll(List.of(extra));
    return cli(args.toArray(String[]::new));
  }

  /** Reads and parses only, as {@link BrokenDocumentsTest} does: what the parse stage says of the document as written. */
  private static String parseOnly(Path file) {
    try {
      SpecParser.parse(SourceReader.read(file, file.getFileName().toString()));
      return "";
    } catch (DiagnosticException e) {
      return e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    }
  }

  /** {@link #DOC} with schema {@code S} replaced by {@code schema} (inline YAML). */
  private static Path schema(Path dir, String schema) throws IOException {
    return write(dir, "api.yaml", DOC.replace("S: {type: object, properties: {id: {type: string}}}", "S: " + schema));
  }

  private static String config(Path dir, String text) throws IOException {
    return config(dir, "providers.yaml", text);
  }

  private static String config(Path dir, String name, String text) throws IOException {
    return cli("normalize", "--config", configFolder(dir, name, text).toString(), "--provider", "acme");
  }

  /** A configuration file beside a copy of the document it names. */
  private static Path configFolder(Path dir, String name, String text) throws IOException {
    Files.copy(TestPaths.resource("config/acme.json"), dir.resolve("acme.json"));
    return write(dir, name, text);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code count} members made from {@code member} (with their index), between {@code head} and {@code tail}. */
  private static String many(int count, String member, String head, String tail) {
    StringBuilder text = new StringBuilder(head);
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ", ").append(member.formatted(i));
    }
    return text.append(tail).toString();
  }

  /** A document drawing one schema from each of 1,001 files of its folder: one file more than allowed. */
  private static String tooManyDocuments(Path dir) throws IOException {
    StringBuilder schemas = new StringBuilder();
    for (int i = 0; i < 1_001; i++) {
      write(dir, "s" + i + ".yaml", "type: string\n");
      schemas.append("    T").append(i).append(": {$ref: 's").append(i).append(".yaml'}\n");
    }
    return normalize(write(dir, "api.yaml", DOC + schemas));
  }

  private static Path broken(String name) {
    return TestPaths.resource("broken/" + name);
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /**
   * A document the process cannot read. Permissions stop other users but not root (tests may run as
   * root), so as root a write-only file of the kernel's is named instead, which nobody can read.
   */
  private static Path unreadable(Path dir) throws IOException {
    Path file = write(dir, "locked.yaml", DOC);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("the file system has no POSIX permissions");
    }
    if (!Files.isReadable(file)) {
      return file;
    }
    Path writeOnly = Path.of("/sys/bus/pci/rescan");
    Assumptions.assumeTrue(Files.exists(writeOnly), "running as root, and the kernel has no write-only file to name");
    Path link = dir.resolve("kernel.yaml");
    Files.createSymbolicLink(link, writeOnly);
    return link;
  }

  /** Nested aliases: ten of each at nine levels, a billion values if expanded. */
  private static String laughs() {
    StringBuilder yaml = new StringBuilder(DOC).append("x-laughs:\n  l0: &l0 [lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("  l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
    }
    return yaml.toString();
  }
}
