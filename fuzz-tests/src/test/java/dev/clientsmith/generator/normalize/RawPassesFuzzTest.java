package dev.clientsmith.generator.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clientsmith.fuzz.Documents;
import dev.clientsmith.fuzz.Invariants;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.source.SourceDocument;
import dev.clientsmith.generator.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw normalisation passes ({@link Passes#raw()}, which run before Swagger Parser sees the
 * document, so on anything the reader accepts) on mutated documents. Seeds: the five pages of
 * specs/ and three small documents of the real-world corpus. Besides the common invariants: every
 * repair is a warning located at a line of the document (a repair names the node it changed).
 */
class RawPassesFuzzTest {
  /** One folder for all inputs of a run (JUnit creates it before the first and deletes it after the last). */
  @TempDir static Path folder;

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rawPasses(byte[] bytes) throws IOException {
    Path file = Documents.write(folder, bytes);
    String name = file.getFileName().toString();
    SourceDocument source;
    try {
      source = SourceReader.read(file, name);
    } catch (DiagnosticException e) {
      Invariants.documented(e, name);
      return;
    } finally {
      Files.delete(file);
    }
    PassContext ctx = new PassContext(name, source.tree(), Overrides.NONE, new Report(), source.locator());
    try {
      Passes.run(Passes.raw(), ctx);
    } catch (DiagnosticException e) {
      Invariants.documented(e, name);
      return;
    }
    for (Diagnostic warning : ctx.warnings()) {
      Invariants.documented(warning, name);
      assertThat(warning.location().line()).as("line of %s", warning.render()).isPositive();
    }
  }
}
