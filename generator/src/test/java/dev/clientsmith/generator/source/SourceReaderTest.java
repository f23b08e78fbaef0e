package dev.clientsmith.generator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceReaderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"cortecs.md", "interactive-ai-chat.md", "interactive-ai-completions.md", "jylo.md", "oxen.md"})
  void readsEveryRealPage(String page) {
    SourceDocument doc = SourceReader.read(TestPaths.spec(page), page);

    assertThat(doc.name()).isEqualTo(page);
    assertThat(doc.tree().path("openapi").asText()).startsWith("3.0.");
    assertThat(doc.tree().path("paths").size()).isPositive();
    // Every page has prose before the fence, so the root is never on line 1 of the page.
    assertThat(doc.locate("").line()).isGreaterThan(1);
  }

  @Test
  void yamlPageLocatesMembersAtTheirKeyInPageLines() throws IOException {
    Path page = TestPaths.spec("oxen.md");
    List<String> lines = Files.readAllLines(page);
    SourceDocument doc = SourceReader.read(page, "oxen.md");

    assertThat(doc.format()).isEqualTo(SourceDocument.Format.YAML);
    Location post = doc.locate("/paths/~1api~1ai~1chat~1completions/post");
    assertThat(lines.get(post.line() - 1)).isEqualTo("    post:");
    assertThat(post.column()).isEqualTo(5);
    Location operationId = doc.locate("/paths/~1api~1ai~1chat~1completions/post/operationId");
    assertThat(lines.get(operationId.line() - 1).trim()).startsWith("operationId: OxenApiWeb.");
    Location root = doc.locate("");
    assertThat(lines.get(root.line() - 1)).isEqualTo("openapi: 3.0.0");
    assertThat(lines.get(root.line() - 2)).startsWith("````yaml ");
  }

  @Test
  void jsonPageLocatesValuesOnTheFencedLine() throws IOException {
    Path page = TestPaths.spec("jylo.md");
    List<String> lines = Files.readAllLines(page);
    SourceDocument doc = SourceReader.read(page, "specs/jylo.md");

    Location title = doc.locate("/info/title");
    assertThat(title.file()).isEqualTo("specs/jylo.md");
    assertThat(lines.get(title.line() - 2)).isEqualTo("```json");
    assertThat(lines.get(title.line() - 1).substring(title.column() - 1)).startsWith("\"title\":\"Inference API\"");
  }

  @Test
  void unknownPointersFallBackToTheNearestAncestorThenTheFile() throws IOException {
    Path file = write("doc.yaml", "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths: {}\n");
    SourceDocument doc = SourceReader.read(file, "doc.yaml");

    assertThat(doc.locate("/info/title")).isEqualTo(new Location("doc.yaml", 3, 3));
    assertThat(doc.locate("/info/contact/name")).isEqualTo(new Location("doc.yaml", 2, 1));
    assertThat(doc.locate("/nothing/here")).isEqualTo(new Location("doc.yaml", 1, 1));
    assertThat(doc.locate("not a pointer")).isEqualTo(Location.ofFile("doc.yaml"));
  }

  @Test
  void arrayElementsAreLocatedAtTheirFirstToken() throws IOException {
    Path file = write("doc.json", "{\"servers\": [\n  {\"url\": \"a\"},\n  {\"url\": \"b\"}\n]}\n");
    SourceDocument doc = SourceReader.read(file, "doc.json");

    assertThat(doc.locate("/servers/1")).isEqualTo(new Location("doc.json", 3, 3));
    assertThat(doc.locate("/servers/1/url")).isEqualTo(new Location("doc.json", 3, 4));
  }

  @Test
  void markdownIgnoresProseAndOtherBlocksAndKeepsPageLines() throws IOException {
    String page = String.join("\n",
        "# Title",
        "",
        "```bash",
        "curl -d '{\"openapi\": 1}' https://example.test",
        "```",
        "",
        "~~~~ yml extra words here",
        "openapi: 3.0.3",
        "info: {title: T, version: '1'}",
        "paths: {}",
        "~~~~",
        "",
        "```",
        "GET https://example.test/page.md?ask=<question>",
        "```",
        "");
    SourceDocument doc = SourceReader.read(write("page.md", page), "page.md");

    assertThat(doc.format()).isEqualTo(SourceDocument.Format.YAML);
    assertThat(doc.locate("/paths")).isEqualTo(new Location("page.md", 10, 1));
  }

  @Test
  void crlfPagesCountLinesLikeEditors() throws IOException {
    String page = "# T\r\n\r\n```json\r\n{\"openapi\": \"3.0.3\",\r\n \"paths\": {}}\r\n```\r\n";
    SourceDocument doc = SourceReader.read(write("page.md", page), "page.md");

    assertThat(doc.locate("/paths")).isEqualTo(new Location("page.md", 5, 2));
  }

  @Test
  void anUnclosedFenceRunsToTheEndOfThePage() throws IOException {
    SourceDocument doc = SourceReader.read(write("page.md", "```json\n{\"openapi\": \"3.0.3\"}\n"), "page.md");

    assertThat(doc.tree().path("openapi").asText()).isEqualTo("3.0.3");
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    Path file = dir.resolve("bom.json");
    Files.write(file, ("\uFEFF{\"openapi\": \"3.0.3\"}").getBytes(StandardCharsets.UTF_8));

    assertThat(SourceReader.read(file, "bom.json").locate("/openapi")).isEqualTo(new Location("bom.json", 1, 2));
  }

  @Test
  void yamlAndJsonGiveTheSameTree() throws IOException {
    SourceDocument json = SourceReader.read(write("a.json", "{\"a\": [1, 2.5, true, null, \"x\"], \"b\": {\"c\": 10000000000}}"), "a.json");
    SourceDocument yaml = SourceReader.read(write("a.yaml", "a: [1, 2.5, true, null, x]\nb:\n  c: 10000000000\n"), "a.yaml");

    assertThat(yaml.tree()).isEqualTo(json.tree());
  }

  @Test
  void allDuplicateKeysAreReportedAtOnce() throws IOException {
    Path file = write("dup.json", "{\"a\": 1, \"a\": 2, \"b\": {\"c\": 1, \"c\": 2}}");

    assertThat(codes(file)).containsExactly("source.duplicate-key", "source.duplicate-key");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() throws IOException {
    Path file = write("deep.json", "[".repeat(300) + "]".repeat(300));

    assertThat(errors(file)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.too-deep");
      assertThat(d.message()).isEqualTo("values are nested more than 256 levels deep");
    });
  }

  @Test
  void deepYamlWithinTheLimitIsRead() throws IOException {
    // SnakeYAML's own nesting limit is 50; ours is the one that counts.
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(100)).append("leaf: 1\n");

    assertThat(SourceReader.read(write("deep.yaml", yaml.toString()), "deep.yaml").tree()).isNotNull();
  }

  @Test
  void yamlLargerThanSnakeYamlsDefaultCodePointLimitIsRead() throws IOException {
    // SnakeYAML refuses more than 3 MB by default; our own limit (16 MiB) is the one that speaks.
    String big = "openapi: 3.0.3\ndescription: '" + "x".repeat(4 * 1024 * 1024) + "'\n";

    assertThat(SourceReader.read(write("big.yaml", big), "big.yaml").tree().path("description").asText()).hasSize(4 * 1024 * 1024);
  }

  /**
   * An alias is a copy of the anchored value. The alias itself is located where it is written; the
   * values inside the copy where the anchored text is (that is where a reader can fix them).
   */
  @Test
  void yamlAliasesAreExpandedAndLocated() throws IOException {
    Path file = write("alias.yaml", "a: &x\n  b: 1\n  c: [2, 3]\nd: *x\nrequired: &names\n  - type\nagain: *names\n");

    SourceDocument doc = SourceReader.read(file, "alias.yaml");

    assertThat(doc.tree().get("d")).isEqualTo(doc.tree().get("a")).isNotSameAs(doc.tree().get("a"));
    assertThat(doc.tree().get("again").toString()).isEqualTo("[\"type\"]");
    assertThat(doc.locate("/d")).isEqualTo(new Location("alias.yaml", 4, 1));
    assertThat(doc.locate("/d/b")).isEqualTo(doc.locate("/a/b")).isEqualTo(new Location("alias.yaml", 2, 3));
    assertThat(doc.locate("/d/c/1")).isEqualTo(new Location("alias.yaml", 3, 10));
    // Editing the copy must not change the anchored value: passes rewrite trees in place.
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.tree().get("d")).put("b", 9);
    assertThat(doc.tree().get("a").get("b").asInt()).isEqualTo(1);
  }

  @Test
  void yamlMergeKeysAddTheMembersTheObjectDoesNotWrite() throws IOException {
    Path file = write("merge.yaml", "base: &base\n  type: string\n  maxLength: 8\nname:\n  <<: *base\n  maxLength: 64\n");

    SourceDocument doc = SourceReader.read(file, "merge.yaml");

    assertThat(doc.tree().get("name").toString()).isEqualTo("{\"maxLength\":64,\"type\":\"string\"}");
    assertThat(doc.locate("/name/type")).isEqualTo(new Location("merge.yaml", 2, 3));
  }

  /** A list of merged mappings: the earlier one wins, and the object's own members over both. */
  @Test
  void yamlMergeKeysTakeAListOfMappings() throws IOException {
    Path file = write("merges.yaml", "a: &a {type: string, title: A}\nb: &b {title: B, format: uuid}\n"
        + "id:\n  <<: [*a, *b]\n  description: the id\nbad:\n  <<: [1]\n");

    assertThat(errors(file)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.invalid-yaml");
      assertThat(d.message()).isEqualTo("a merge key (<<) must give a mapping or a list of mappings, not a number");
      assertThat(d.location()).isEqualTo(new Location("merges.yaml", 7, 3));
    });
    SourceDocument doc = SourceReader.read(write("merges2.yaml", "a: &a {type: string, title: A}\nb: &b {title: B, format: uuid}\n"
        + "id:\n  <<: [*a, *b]\n  description: the id\n"), "merges2.yaml");
    assertThat(doc.tree().get("id").toString())
        .isEqualTo("{\"description\":\"the id\",\"type\":\"string\",\"title\":\"A\",\"format\":\"uuid\"}");
    assertThat(doc.locate("/id/format")).isEqualTo(new Location("merges2.yaml", 2, 18));
  }

  @Test
  void anAliasOfNoAnchorOrOfItsOwnAnchorIsLocated() throws IOException {
    assertThat(errors(write("unknown.yaml", "a: {b: 1}\nc: *x\n"))).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.yaml-alias");
      assertThat(d.message()).isEqualTo("the alias *x names no anchor defined before it");
      assertThat(d.location()).isEqualTo(new Location("unknown.yaml", 2, 4));
      assertThat(d.pointer()).isEqualTo("/c");
    });
    assertThat(errors(write("cycle.yaml", "a: &x\n  b: *x\n"))).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("the alias *x is inside the value anchored &x: it would contain itself");
      assertThat(d.render()).startsWith("cycle.yaml:2:6: error[source.yaml-alias]");
    });
  }

  /** Jackson's parser drops a scalar's anchor; ours keeps it, so the alias copies the value, located at the alias. */
  @Test
  void anAnchoredScalarIsCopiedByItsAlias() throws IOException {
    SourceDocument doc = SourceReader.read(write("scalar.yaml", "openapi: 3.0.3\nx-a: &name Acme\nx-b: [*name, &n 2, *n]\n"), "scalar.yaml");

    assertThat(doc.tree().path("x-b").toString()).isEqualTo("[\"Acme\",2,2]");
    assertThat(doc.tree().path("x-a").asText()).isEqualTo("Acme");
    assertThat(doc.locate("/x-b/0")).isEqualTo(new Location("scalar.yaml", 3, 7));
  }

  /** A deep anchored value aliased deep down is as deep as the copy would be, and refused like it. */
  @Test
  void anAliasCannotNestValuesPastTheDepthLimit() throws IOException {
    String deep = "[".repeat(200) + "]".repeat(200);
    String yaml = "a: &deep " + deep + "\nb: " + "[".repeat(100) + "*deep" + "]".repeat(100) + "\n";

    assertThat(errors(write("deep.yaml", yaml))).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.too-deep");
      assertThat(d.render()).startsWith("deep.yaml:2:104: error[source.too-deep]");
    });
  }

  /** Nine levels of ten aliases each would be a billion values: refused at the alias that crosses the bound. */
  @Test
  void anAliasBombIsALocatedErrorNotAnOutOfMemoryError() throws IOException {
    StringBuilder yaml = new StringBuilder("openapi: 3.0.3\nl0: &l0 [lol]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*l" + (level - 1);
      yaml.append("l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
    }
    long started = System.nanoTime();

    List<Diagnostic> errors = errors(write("lol.yaml", yaml.toString()));

    assertThat(errors).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.yaml-alias-bomb");
      assertThat(d.render()).startsWith("lol.yaml:8:");
      assertThat(d.pointer()).startsWith("/l6/");
    });
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
  }

  @Test
  void aSecondYamlDocumentIsAnError() throws IOException {
    assertThat(errors(write("two.yaml", "a: 1\n---\nb: 2\n"))).singleElement()
        .satisfies(d -> assertThat(d.render()).startsWith("two.yaml:3:1: error[source.invalid-yaml] a second YAML document"));
  }

  @Test
  void aDirectoryIsNotADocument() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("specs.json"));

    assertThat(codes(sub)).containsExactly("source.not-a-file");
  }

  @Test
  void utf16IsRecognisedAndRefused() throws IOException {
    Path file = dir.resolve("utf16.json");
    Files.write(file, "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE));

    assertThat(errors(file)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.not-utf8");
      assertThat(d.message()).contains("UTF-16");
    });
  }

  @Test
  void jsonSyntaxErrorsAreTranslatedNotPassedThrough() throws IOException {
    Diagnostic d = errors(write("bad.json", "{\"a\": 1,\n \"b\" 2}")).get(0);

    assertThat(d.render()).isEqualTo(
        "bad.json:2:5: error[source.invalid-json] a ':' is missing between this key and its value\n"
            + "  hint: add ':' after the key");
  }

  @Test
  void controlCharactersInStringsGetTheirOwnMessage() throws IOException {
    Diagnostic d = errors(write("ctrl.json", "{\"a\": \"line\nbreak\"}")).get(0);

    assertThat(d.message()).isEqualTo("invalid JSON: a line break inside a string is not escaped; JSON strings hold control characters only as escapes");
  }

  @Test
  void messagesNeverLeakLibraryInternals() throws IOException {
    String[] inputs = {"{\"a\": [1, }", "{'a': 1}", "{\"a\": tru}", "{\"a\": 01}", "{\"a\": \"\\x\"}"};
    for (int i = 0; i < inputs.length; i++) {
      String rendered = errors(write("bad" + i + ".json", inputs[i])).get(0).render();
      assertThat(rendered).doesNotContain("Source", "REDACTED", "code ", "Exception", "StreamReadFeature");
    }
  }

  @Test
  void yamlOddsAreTranslatedAndLocated() throws IOException {
    assertThat(errors(write("ctl.yaml", "openapi: 3.0.3\ninfo:\n  title: \"a\u0001b\"\n")).get(0).render()).isEqualTo(
        "ctl.yaml:3:12: error[source.invalid-yaml] the control character U+0001 is not allowed in YAML text\n"
            + "  hint: remove it, or write it as an escape inside a double-quoted string");
    assertThat(errors(write("key.yaml", "? [a, b]\n: 1\n")).get(0).message())
        .isEqualTo("a mapping key must be a plain value, not a list or a mapping");
    assertThat(errors(write("bin.yaml", "a: !!binary aGVsbG8=\n")).get(0).pointer()).isEqualTo("/a");
    assertThat(errors(write("flow.yaml", "a: {b: 1\n")).get(0).render()).doesNotContain("org.yaml", "Event");
  }

  @Test
  void fencedBlocksAreFoundWithTheirInfoStrings() {
    List<FencedBlock> blocks = MarkdownSpecExtractor.fencedBlocks(
        "text\n   ```json\n{}\n   ```\n````yaml https://x post /y\na: 1\n```\nstill inside\n````\n```a`b\n");

    assertThat(blocks).extracting(FencedBlock::fenceLine, FencedBlock::language, FencedBlock::content)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "json", "{}\n"),
            org.assertj.core.groups.Tuple.tuple(5, "yaml", "a: 1\n```\nstill inside\n"));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<Diagnostic> errors(Path file) {
    try {
      SourceReader.read(file, file.getFileName().toString());
    } catch (DiagnosticException e) {
      return e.diagnostics();
    }
    throw new AssertionError("expected " + file + " to be refused");
  }

  private static List<String> codes(Path file) {
    return errors(file).stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void readingWithoutADisplayNameUsesThePath() throws IOException {
    Path file = write("plain.json", "{}");

    assertThat(SourceReader.read(file).name()).isEqualTo(file.toString());
    assertThatThrownBy(() -> SourceReader.read(dir.resolve("none.json"))).isInstanceOf(DiagnosticException.class);
  }
}
