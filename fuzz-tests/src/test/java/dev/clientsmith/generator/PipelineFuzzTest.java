package dev.clientsmith.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clientsmith.fuzz.Documents;
import dev.clientsmith.fuzz.Invariants;
import dev.clientsmith.fuzz.JavaSources;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline, source to written module, through the one entry point ({@link Generator} with
 * a {@link GenerationRequest}, as the CLI's {@code generate --spec} uses it), on mutated documents.
 * Seeds: the five pages of specs/ and three small documents of the real-world corpus. Invariants:
 * only documented diagnostics; after an error nothing is written; every emitted Java file parses.
 */
class PipelineFuzzTest {
  /** One folder for all inputs of a run (JUnit creates it before the first and deletes it after the last). */
  @TempDir static Path folder;

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void generate(byte[] bytes) throws IOException {
    Path file = Documents.write(folder, bytes);
    Path out = folder.resolve("module");
    String name = file.getFileName().toString();
    try {
      GenerationRequest request = GenerationRequest.builder()
          .addSpec(file)
          .packageName("com.example.fuzz")
          .clientName("FuzzClient")
          .outputDirectory(out)
          .build();
      Generator generator = new Generator();
      GenerationResult result;
      try {
        result = generator.generate(request);
        generator.write(request, result);
      } catch (DiagnosticException e) {
        Invariants.documented(e, name);
        if (e.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
          assertThat(entries(out)).as("files written despite an error").isZero();
        }
        return;
      }
      for (Diagnostic warning : result.warnings()) {
        Invariants.documented(warning, name);
        assertThat(warning.severity()).as("severity of %s", warning.render()).isNotEqualTo(Severity.ERROR);
      }
      assertThat(result.outputs()).hasSize(1);
      JavaSources.parse(result.outputs().get(0).files());
    } finally {
      Documents.delete(out);
      Files.deleteIfExists(file);
    }
  }

  /** How many entries {@code dir} holds; 0 when it does not exist. */
  private static long entries(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (var list = Files.list(dir)) {
      return list.count();
    }
  }
}
