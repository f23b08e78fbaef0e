package dev.clientsmith.generator.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clientsmith.fuzz.Invariants;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The Markdown extractor on mutated pages (seeds: the five pages of specs/). Besides the common
 * invariants: the block it returns is the page's own text, starting on the line after the fence it
 * names.
 */
class MarkdownFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void extract(byte[] bytes) {
    String page = new String(bytes, StandardCharsets.UTF_8);
    EmbeddedSpec spec;
    try {
      spec = MarkdownSpecExtractor.extract(page, "fuzz.md");
    } catch (DiagnosticException e) {
      Invariants.documented(e, "fuzz.md");
      return;
    }
    assertThat(spec.lineOffset()).as("the fence's line").isPositive();
    assertThat(page.substring(offsetOfLine(page, spec.lineOffset() + 1))).startsWith(spec.text());
  }

  /** Where line {@code line} (1-based, lines end with LF) starts; the page's length past its end. */
  private static int offsetOfLine(String page, int line) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      int end = page.indexOf('\n', offset);
      if (end < 0) {
        return page.length();
      }
      offset = end + 1;
    }
    return offset;
  }
}
