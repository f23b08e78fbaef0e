package dev.clientsmith.corpus;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.NormalizeResult;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.model.ApiModel;
import dev.clientsmith.generator.normalize.ReportEntry;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Takes one corpus document through the public entry points of the generator, stage by stage, and
 * says where it stopped and why, with the figures of what it got through.
 */
final class CorpusPipeline {
  /** How many located errors a failure quotes. */
  private static final int QUOTED = 6;

  private CorpusPipeline() {}

  /** Thrown inside the pipeline to stop at a stage with a message. */
  private static final class StageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Stage stage;

    StageFailure(Stage stage, String message) {
      super(message, null, false, false);
      this.stage = stage;
    }
  }

  static Outcome run(CorpusDocument document, Path work) {
    Outcome.Builder outcome = new Outcome.Builder(document);
    try {
      ProviderConfig provider = new ProviderConfig(document.id(), document.provider(), List.of(document.path()),
          "dev.clientsmith.corpus." + document.id().replaceAll("[^a-z0-9]", ""), "CorpusClient", document.id(),
          "CORPUS_API_KEY", Overrides.NONE);
      Generator generator = new Generator();
      NormalizeResult normalized = stage(Stage.NORMALIZE, () -> generator.normalize(provider));
      outcome.repairs(repairs(normalized.report().entries()));
      ApiModel model = stage(Stage.MODEL, () -> generator.model(provider, normalized));
      outcome.model(model.operations().size(), model.types().size());
      // The whole of the library's generation, timed as a user of Generator meets it.
      long start = System.nanoTime();
      GeneratedModule module = stage(Stage.EMIT, () -> generator.generate(provider, Optional.empty()));
      Path written = stage(Stage.EMIT, () -> ModuleWriter.write(module, work.resolve("modules")));
      outcome.generated(module.files().size(), millisSince(start));
      start = System.nanoTime();
      Javac.Result javac = stage(Stage.JAVAC, () -> Javac.compile(written.resolve("src/main/java"), work.resolve("classes")));
      outcome.javac(millisSince(start), javac.errors());
      if (!javac.clean()) {
        throw new StageFailure(Stage.JAVAC, javac.summary());
      }
      Optional<String> smoke = new SmokeCall(document, model).run(work.resolve("classes"));
      if (smoke.isPresent()) {
        throw new StageFailure(Stage.SMOKE, smoke.get());
      }
      return outcome.done();
    } catch (StageFailure e) {
      return outcome.failed(e.stage, e.getMessage());
    } catch (IOException e) {
      return outcome.failed(Stage.SMOKE, internal(e));
    }
  }

  /**
   * Runs one stage; a located error is attributed to the stage its code names (normalising also
   * reads and parses), anything else is an internal error of this stage, quoted with where it was
   * thrown.
   */
  private static <T> T stage(Stage stage, Supplier<T> work) {
    try {
      return work.get();
    } catch (DiagnosticException e) {
      List<Diagnostic> errors = e.diagnostics();
      Stage at = stage == Stage.NORMALIZE ? Stage.ofDiagnosticCode(errors.get(0).code()) : stage;
      String quoted = errors.stream().limit(QUOTED).map(Diagnostic::render).collect(Collectors.joining("\n"));
      String more = errors.size() > QUOTED ? "\n... " + (errors.size() - QUOTED) + " more" : "";
      throw new StageFailure(at, errors.size() + " located error(s):\n" + quoted + more);
    } catch (RuntimeException e) {
      throw new StageFailure(stage, internal(e));
    }
  }

  private static String internal(Throwable e) {
    String where = Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("dev.clientsmith"))
        .findFirst().map(f -> " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
            + "(" + f.getFileName() + ":" + f.getLineNumber() + ")").orElse("");
    return "internal error: " + e.getClass().getSimpleName() + where + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Report entries counted by the pass that made them: what was repaired or reshaped. */
  private static Map<String, Integer> repairs(List<ReportEntry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    entries.forEach(e -> counts.merge(e.pass(), 1, Integer::sum));
    return counts;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
