package dev.clientsmith.generator.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of the source stage at its boundary: a document just under it is read, one just over
 * it is refused with the documented, located diagnostic and its hint.
 */
class LimitsTest {
  @TempDir Path dir;

  @Test
  void aFileOfExactlyTheLimitIsReadAsOneHugeLine() throws IOException {
    Path file = padded("limit.json", SourceReader.MAX_BYTES, "{\"openapi\": \"3.0.3\", \"x-padding\": \"", "\"}");

    SourceDocument doc = SourceReader.read(file, "limit.json");

    assertThat(doc.tree().path("x-padding").asText()).hasSize(SourceReader.MAX_BYTES - 37);
  }

  @Test
  void oneByteOverTheFileLimitIsRefusedBeforeReading() throws IOException {
    Path file = padded("over.json", SourceReader.MAX_BYTES + 1, "{\"openapi\": \"3.0.3\", \"x-padding\": \"", "\"}");

    assertThat(render(file, "over.json")).isEqualTo("""
        over.json: error[source.too-large] the file is 16777217 bytes; the limit is 16777216 bytes (16 MiB)
          hint: check that this is an OpenAPI document; real ones are far smaller""");
  }

  /** The limit is the page's, not the fenced block's: prose counts, and one line of it may be huge. */
  @Test
  void aMarkdownPageIsBoundLikeAnyFile() throws IOException {
    String head = "# Acme\n\n";
    String tail = "\n\n```yaml\nopenapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\n```\n";
    Path atLimit = padded("page.md", SourceReader.MAX_BYTES, head, tail);
    Path over = padded("over.md", SourceReader.MAX_BYTES + 1, head, tail);

    SourceDocument doc = SourceReader.read(atLimit, "page.md");

    assertThat(doc.tree().path("openapi").asText()).isEqualTo("3.0.3");
    assertThat(doc.locate("/openapi").line()).isEqualTo(6);
    assertThat(render(over, "over.md")).startsWith("over.md: error[source.too-large] the file is 16777217 bytes;");
  }

  @Test
  void nestingUpToTheDepthLimitIsReadOneMoreLevelIsRefused() throws IOException {
    // The root object is level 1, so 255 arrays inside it reach level 256.
    Path atLimit = write("deep.json", "{\"x-deep\": " + "[".repeat(255) + "]".repeat(255) + "}");
    Path over = write("deeper.json", "{\"x-deep\": " + "[".repeat(256) + "]".repeat(256) + "}");

    assertThat(SourceReader.read(atLimit, "deep.json").tree().path("x-deep").isArray()).isTrue();
    assertThat(render(over, "deeper.json")).isEqualTo("deeper.json:1:267: error[source.too-deep] values are nested"
        + " more than 256 levels deep\n  at: /x-deep" + "/0".repeat(255)
        + "\n  hint: an OpenAPI document never needs this depth; check that this is the right file");
  }

  /**
   * An anchored list of 99 strings is 100 values: 2,500 aliases of it add exactly the limit; one
   * more alias of a single string crosses it, and is the alias the error names.
   */
  @Test
  void aliasesMayAddUpToTheLimitOneValueMoreIsRefused() throws IOException {
    String anchors = "openapi: 3.0.3\nx-list: &l [" + String.join(", ", Collections.nCopies(99, "v")) + "]\nx-one: &o v\n";
    String aliases = "x-copies: [" + String.join(", ", Collections.nCopies(2_500, "*l")) + "]\n";
    Path atLimit = write("aliases.yaml", anchors + aliases);
    Path over = write("more.yaml", anchors + aliases + "x-more: *o\n");

    assertThat(SourceReader.read(atLimit, "aliases.yaml").tree().path("x-copies").size()).isEqualTo(2_500);
    assertThat(render(over, "more.yaml")).isEqualTo("""
        more.yaml:5:9: error[source.yaml-alias-bomb] expanding the alias *o would make aliases add more than 250000 values to the document (nested aliases multiply: a "billion laughs" document)
          at: /x-more
          hint: write the repeated values out, or use $ref to a component instead of YAML aliases""");
  }

  /** Located where the reader gave up, inside the key (its first line is where to look). */
  @Test
  void aKeyUpToTheNameLimitIsReadALongerOneIsRefused() throws IOException {
    Path atLimit = write("name.json", "{\"openapi\": \"3.0.3\", \"x-" + "k".repeat(TreeBuilder.MAX_NAME_LENGTH - 2) + "\": 1}");
    Path over = write("longer.json", "{\"openapi\": \"3.0.3\", \"x-" + "k".repeat(TreeBuilder.MAX_NAME_LENGTH - 1) + "\": 1}");

    assertThat(SourceReader.read(atLimit, "name.json").tree().size()).isEqualTo(2);
    assertThat(render(over, "longer.json")).isEqualTo("""
        longer.json:1:50029: error[source.too-large] a key is longer than 50000 characters
          hint: an OpenAPI document never needs values this long; check that this is the right file""");
  }

  @Test
  void aNumberUpToTheDigitLimitIsReadALongerOneIsRefused() throws IOException {
    Path atLimit = write("number.json", "{\"openapi\": \"3.0.3\", \"x-n\": " + "9".repeat(TreeBuilder.MAX_NUMBER_LENGTH) + "}");
    Path over = write("digits.json", "{\"openapi\": \"3.0.3\", \"x-n\": " + "9".repeat(TreeBuilder.MAX_NUMBER_LENGTH + 1) + "}");

    assertThat(SourceReader.read(atLimit, "number.json").tree().path("x-n").isNumber()).isTrue();
    assertThat(render(over, "digits.json")).startsWith("digits.json:1:").contains(
        "error[source.too-large] a number has more than 1000 digits\n");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** A file of exactly {@code size} bytes: {@code head}, then one line of 'a', then {@code tail}. */
  private Path padded(String name, int size, String head, String tail) throws IOException {
    Path file = dir.resolve(name);
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] end = tail.getBytes(StandardCharsets.UTF_8);
    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(start);
      long remaining = (long) size - start.length - end.length;
      while (remaining > 0) {
        int n = (int) Math.min(chunk.length, remaining);
        out.write(chunk, 0, n);
        remaining -= n;
      }
      out.write(end);
    }
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  private static String render(Path file, String name) {
    try {
      SourceReader.read(file, name);
    } catch (DiagnosticException e) {
      List<Diagnostic> diagnostics = e.diagnostics();
      return String.join("\n", diagnostics.stream().map(Diagnostic::render).toList());
    }
    throw new AssertionError(name + " was accepted");
  }
}
