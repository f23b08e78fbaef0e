package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.GenerationResult;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.write.OutputWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code clientsmith generate}: writes client modules. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates client modules, for configured providers or for documents given with --spec. A module"
        + " folder records what was generated in .clientsmith/manifest: regeneration replaces only those files, and a"
        + " file or a non-empty folder the generator did not write is refused untouched.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:generated", "2:bad input: a document, the configuration, an option or the output folder (one"
        + " located message each)", "3:internal error (a bug; --debug shows the details)"})
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private GenerationOptions options;

  @Mixin private CommonOptions common;

  @Option(names = "--force",
      description = "Adopt a non-empty module folder that has no manifest. No file in it is deleted; a file at a"
          + " generated path is first copied under .clientsmith/backup/.")
  private boolean force;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
  private boolean quiet;

  @Override
  public Integer call() {
    if (!options.selected()) {
      // Writing modules needs an explicit choice; picocli reports this like any other usage error.
      throw new ParameterException(spec.commandLine(), "Missing required argument (specify one of these): "
          + "(--provider=ID | --all | --spec=FILE...)");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    return Failures.guard(err, common.debug, () -> {
      GenerationRequest request = options.request(common.config).force(force).build();
      Generator generator = new Generator();
      GenerationResult result = generator.generate(request, (output, index, count) -> {
        if (!quiet && count > 1) {
          // Progress goes to standard error, as it happens, so that standard output stays the result.
          err.printf("[%d/%d] %s: normalised in %s, modelled in %s, emitted %d files in %s%n", index, count, output.name(),
              millis(output.timings().normalize()), millis(output.timings().model()), output.files().size(),
              millis(output.timings().emit()));
          err.flush();
        }
      });
      result.warnings().forEach(w -> err.println(w.render()));
      List<OutputWriter.Outcome> outcomes = generator.write(request, result);
      for (OutputWriter.Outcome outcome : outcomes) {
        for (Diagnostic warning : outcome.warnings()) {
          err.println(warning.render());
        }
        if (!quiet) {
          stdout.println("generated " + (outcome.written().size() + outcome.unchanged().size()) + " files in "
              + CliInputs.display(outcome.directory()) + " (" + outcome.written().size() + " written, "
              + outcome.unchanged().size() + " unchanged, " + outcome.removed().size() + " removed)");
        }
      }
      stdout.flush();
      err.flush();
      return Main.OK;
    });
  }

  private static String millis(Duration d) {
    return d.toMillis() + " ms";
  }
}
