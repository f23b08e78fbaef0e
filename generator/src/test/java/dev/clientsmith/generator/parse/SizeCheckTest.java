package dev.clientsmith.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import dev.clientsmith.generator.source.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits on schemas and operations, at their boundary, and how far real documents are from them. */
class SizeCheckTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TempDir Path dir;

  @Test
  void namedSchemasUpToTheLimitPassOneMoreIsRefusedAtIt() throws IOException {
    ObjectNode doc = document();
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    for (int i = 0; i < SizeCheck.MAX_SCHEMAS; i++) {
      schemas.putObject("S" + i).put("type", "string");
    }
    assertThat(SizeCheck.check(doc, p -> dev.clientsmith.generator.diag.Location.ofFile("d"))).isEmpty();

    schemas.putObject("Extra").put("type", "string");
    Path file = Files.writeString(dir.resolve("many.json"), doc.toString(), StandardCharsets.UTF_8);

    assertThat(parse(file, "many.json")).isEqualTo("""
        many.json:1:%d: error[parse.too-many-schemas] the document declares more than 100000 schemas (named and inline ones counted together); this one is the first over the limit
          at: /components/schemas/Extra
          hint: real API documents declare a few thousand; split the document into several, or check how it was made"""
        .formatted(doc.toString().indexOf("\"Extra\"") + 1));
  }

  /** Inline schemas count as much as named ones: 50,000 objects of one property each are the limit. */
  @Test
  void inlineSchemasCountTheSame() {
    ObjectNode doc = document();
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    for (int i = 0; i < SizeCheck.MAX_SCHEMAS / 2; i++) {
      schemas.putObject("S" + i).putObject("properties").putObject("p").put("type", "string");
    }
    assertThat(SizeCheck.count(doc).schemas()).isEqualTo(SizeCheck.MAX_SCHEMAS);
    assertThat(SizeCheck.check(doc, p -> dev.clientsmith.generator.diag.Location.ofFile("d"))).isEmpty();

    ObjectNode body = doc.putObject("paths").putObject("/x").putObject("post").putObject("requestBody");
    body.putObject("content").putObject("application/json").putObject("schema").put("type", "object");

    assertThat(SizeCheck.check(doc, p -> dev.clientsmith.generator.diag.Location.ofFile("d")))
        .singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo("parse.too-many-schemas");
          assertThat(d.pointer()).isEqualTo("/paths/~1x/post/requestBody/content/application~1json/schema");
        });
  }

  @Test
  void operationsUpToTheLimitPassOneMoreIsRefusedAtIt() throws IOException {
    ObjectNode doc = document();
    ObjectNode paths = doc.putObject("paths");
    for (int i = 0; i < SizeCheck.MAX_OPERATIONS / 2; i++) {
      ObjectNode item = paths.putObject("/p" + i);
      item.putObject("get").putObject("responses").putObject("200").put("description", "ok");
      item.putObject("post").putObject("responses").putObject("200").put("description", "ok");
    }
    assertThat(SizeCheck.count(doc).operations()).isEqualTo(SizeCheck.MAX_OPERATIONS);
    assertThat(SizeCheck.check(doc, p -> dev.clientsmith.generator.diag.Location.ofFile("d"))).isEmpty();

    paths.putObject("/last").putObject("delete").putObject("responses").putObject("200").put("description", "ok");
    Path file = Files.writeString(dir.resolve("ops.json"), doc.toString(), StandardCharsets.UTF_8);

    assertThat(parse(file, "ops.json")).isEqualTo("""
        ops.json:1:%d: error[parse.too-many-operations] the document declares more than 10000 operations; this one is the first over the limit
          at: /paths/~1last/delete
          hint: real API documents declare a few hundred; split the document into several, or check how it was made"""
        .formatted(doc.toString().indexOf("\"delete\"") + 1));
  }

  /** OpenAI's document, the largest real one, stays far under both limits. */
  @Test
  void theLargestRealDocumentIsFarUnderTheLimits() {
    Path openAi = TestPaths.root().resolve("corpus-tests/src/test/resources/corpus/openai.yaml");
    SourceDocument doc = SourceReader.read(openAi, "openai.yaml");

    SizeCheck.Counts counts = SizeCheck.count(doc.tree());

    assertThat(counts.operations()).isBetween(100, SizeCheck.MAX_OPERATIONS / 10);
    assertThat(counts.schemas()).isBetween(1_000, SizeCheck.MAX_SCHEMAS / 5);
  }

  private static ObjectNode document() {
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", "3.0.3");
    doc.putObject("info").put("title", "Many").put("version", "1");
    return doc;
  }

  private static String parse(Path file, String name) {
    try {
      SpecParser.parse(SourceReader.read(file, name));
    } catch (DiagnosticException e) {
      return e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    }
    throw new AssertionError(name + " was accepted");
  }
}
