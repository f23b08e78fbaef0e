package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.NormalizeOptions;
import dev.clientsmith.generator.NormalizeResult;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProvidersConfig;
import dev.clientsmith.generator.write.PrettyJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clientsmith normalize}: prints the normalised document and the report of what changed. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Prints the normalised OpenAPI 3.0 document as JSON on standard output, and the report of every"
        + " change made to it on standard error (or in --report FILE).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:bad input (one located message each)", "3:internal error (a bug; --debug shows the details)"})
final class NormalizeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Input input;

  @Mixin private CommonOptions common;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report to FILE instead of standard error.")
  private String report;

  @Option(names = "--keep-3.1", description = "Write a 3.1 document's result as OpenAPI 3.1 (default: OpenAPI 3.0.3).")
  private boolean keep31;

  @Option(names = "--for", paramLabel = "TOOL", description = "Write the document in the form TOOL's clients compile and"
      + " read: openapi-generator (its Java clients, with generateAliasAsModel=true). Default: the plain document for any tool.")
  private String tool;

  @Option(names = "--allow-remote-refs", description = GenerationOptions.ALLOW_REMOTE_REFS)
  private boolean allowRemoteRefs;

  /** Where the documents come from: a configured provider, or files named on the command line. */
  static final class Input {
    @Option(names = "--provider", paramLabel = "ID", required = true, description = "A provider of the configuration.")
    String provider;

    @Option(names = "--spec", paramLabel = "FILE", arity = "1..*", required = true,
        description = "Documents outside the configuration (.md, .json, .yaml); several are merged.")
    List<String> specs;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, common.debug, () -> {
      NormalizeResult result = normalize();
      // Everything is rendered before anything is written: output is complete or absent.
      String document = PrettyJson.write(result.document());
      String reportText = result.report().toText();
      if (report != null) {
        OutputFiles.writeAtomically(Path.of(report), reportText, report);
      }
      out.print(document);
      out.flush();
      result.warnings().forEach(w -> err.println(w.render()));
      if (report == null) {
        err.print(reportText);
        err.flush();
      }
      return out.checkError() ? Failures.internalError(new IllegalStateException("cannot write to standard output"), err, common.debug) : Main.OK;
    });
  }

  private NormalizeResult normalize() {
    Generator generator = new Generator();
    NormalizeOptions options = (tool == null ? new NormalizeOptions(keep31) : new NormalizeOptions(keep31, NormalizeOptions.Form.of(tool)))
        .withAllowRemoteRefs(allowRemoteRefs);
    if (input.provider != null) {
      ProvidersConfig providers = CliInputs.providers(common.config);
      return generator.normalize(CliInputs.select(providers, input.provider, common.config).get(0), options);
    }
    List<Path> files = new ArrayList<>();
    for (String file : input.specs) {
      files.add(CliInputs.path(file));
    }
    return generator.normalizeSpecs(files, Overrides.NONE, options);
  }
}
