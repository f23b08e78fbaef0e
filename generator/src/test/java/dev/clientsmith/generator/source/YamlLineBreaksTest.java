package dev.clientsmith.generator.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YAML ends lines with CR alone too (and NEL, LS, PS): the syntax-error translation counts lines as
 * SnakeYAML does. Found by fuzzing (fuzz-tests, ReaderFuzzTest): a document whose lines end with CR
 * made the "key without ':'" check index past the lines it had split on LF alone.
 */
class YamlLineBreaksTest {
  private static final String KEY_WITHOUT_COLON =
      "openapi: 3.0.3|info:|  title: t|  version: \"1\"|paths:|  /a:|    get|      responses:|        \"200\":|"
          + "          description: ok|";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\u2028"})
  void aKeyWithoutColonIsFoundWhateverEndsTheLines(String lineBreak) throws IOException {
    Diagnostic d = error("key.yaml", KEY_WITHOUT_COLON.replace("|", lineBreak));

    assertThat(d.render()).isEqualTo(
        "key.yaml:7:8: error[source.invalid-yaml] this key has no ':' after it, so the indented lines below are read"
            + " as part of its text\n  hint: add ':' after the key");
  }

  @Test
  void linesEndedByCarriageReturnsAloneAreCountedBeforeTheMistake() throws IOException {
    // The fuzzer's input, cut down: 'o', 60 line breaks, then 'penapi: 3.1.0' on line 61, whose ':'
    // would end a key that started on line 1 (a key is one line).
    Diagnostic d = error("cr.yaml", "o" + "\r".repeat(60) + "penapi: 3.1.0\n  3.1~~~.08\ninfo:\n  tt# C");

    assertThat(d.code()).isEqualTo("source.invalid-yaml");
    assertThat(d.location().line()).isEqualTo(61);
  }

  private Diagnostic error(String name, String content) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    try {
      SourceReader.read(file, name);
    } catch (DiagnosticException e) {
      List<Diagnostic> all = e.diagnostics();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
    throw new AssertionError(name + " was read without error");
  }
}
