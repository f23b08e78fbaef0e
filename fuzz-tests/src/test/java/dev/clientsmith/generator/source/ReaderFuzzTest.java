package dev.clientsmith.generator.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.fuzz.Documents;
import dev.clientsmith.fuzz.Invariants;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader (decoding, the Markdown page, the JSON/YAML tree builder) on mutated documents, read as
 * a file as the CLI reads it. Seeds: the five pages of specs/ and three small documents of the
 * real-world corpus. Besides the common invariants: every value of a tree read without error is
 * located on a line of the file.
 */
class ReaderFuzzTest {
  /** One folder for all inputs of a run (JUnit creates it before the first and deletes it after the last). */
  @TempDir static Path folder;

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read(byte[] bytes) throws IOException {
    Path file = Documents.write(folder, bytes);
    try {
      SourceDocument document;
      try {
        document = SourceReader.read(file);
      } catch (DiagnosticException e) {
        Invariants.documented(e, file.getFileName().toString());
        return;
      }
      int lines = lineCount(bytes);
      checkLocated(document, document.tree(), "", lines);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void checkLocated(SourceDocument document, JsonNode node, String pointer, int lines) {
    Location at = document.locate(pointer);
    assertThat(at.line()).as("line of '%s'", pointer).isBetween(1, lines);
    assertThat(at.column()).as("column of '%s'", pointer).isPositive();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        checkLocated(document, member.getValue(), JsonPointers.child(pointer, member.getKey()), lines);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkLocated(document, node.get(i), JsonPointers.child(pointer, i), lines);
      }
    }
  }

  /**
   * An upper bound of the lines of the file as its parsers count them: CR, LF and CRLF each end a
   * line, and in YAML (1.1, which SnakeYAML reads) NEL, LS and PS too.
   */
  private static int lineCount(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))
          || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines++;
      }
    }
    return lines;
  }
}
