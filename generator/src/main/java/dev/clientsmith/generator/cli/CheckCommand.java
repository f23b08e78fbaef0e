package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.config.ProvidersConfig;
import dev.clientsmith.generator.emit.GeneratedModule;
import dev.clientsmith.generator.write.ModuleWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clientsmith check}: fails when the checked-in modules differ from a fresh generation. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Generates in memory and compares with the modules on disk; exit code 1 and one line per",
      "differing file when they differ. Writes nothing."
    })
final class CheckCommand implements Callable<Integer> {
  static final int DIFFERENT = 1;

  @Spec private CommandSpec spec;

  @Option(names = "--provider", paramLabel = "ID", description = "Check one provider (default: all).")
  private String provider;

  @Mixin private CommonOptions common;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "generated-clients",
      description = "The folder holding the modules (default: ${DEFAULT-VALUE}).")
  private String out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    return Failures.guard(err, common.debug, () -> {
      ProvidersConfig providers = CliInputs.providers(common.config);
      Path root = CliInputs.path(out);
      Generator generator = new Generator();
      List<String> differences = new ArrayList<>();
      for (ProviderConfig p : CliInputs.select(providers, provider, common.config)) {
        GeneratedModule module = generator.generate(p, Optional.empty());
        differences.addAll(ModuleWriter.differences(module, root));
      }
      if (differences.isEmpty()) {
        stdout.println("generated modules are up to date");
        stdout.flush();
        return Main.OK;
      }
      differences.forEach(err::println);
      err.println(differences.size() + " file(s) differ: run 'generate --all' and commit the result");
      err.flush();
      return DIFFERENT;
    });
  }
}
