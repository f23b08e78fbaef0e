package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.GenerationRequest;
import dev.clientsmith.generator.GenerationResult;
import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.write.FileDifference;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clientsmith check}: fails when modules on disk differ from a fresh generation. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates in memory and compares with the modules on disk, writing nothing: each differing file"
        + " is named with its first differing lines, and the command that regenerates is printed. Without --provider,"
        + " --all or --spec it checks every provider of the configuration.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the modules are up to date", "1:the modules differ from a fresh generation",
        "2:bad input (one located message each)", "3:internal error (a bug; --debug shows the details)"})
final class CheckCommand implements Callable<Integer> {
  static final int DIFFERENT = 1;

  @Spec private CommandSpec spec;

  @Mixin private GenerationOptions options;

  @Mixin private CommonOptions common;

  @Override
  public Integer call() {
    options.defaultToAllProviders();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    return Failures.guard(err, common.debug, () -> {
      GenerationRequest request = options.request(common.config).build();
      Generator generator = new Generator();
      GenerationResult result = generator.generate(request);
      List<FileDifference> differences = generator.check(request, result);
      if (differences.isEmpty()) {
        stdout.println("generated modules are up to date");
        stdout.flush();
        return Main.OK;
      }
      for (FileDifference d : differences) {
        err.println(d.summary());
        d.diffLines().forEach(line -> err.println("    " + line));
      }
      err.println(differences.size() + " file(s) differ from a fresh generation; regenerate with:");
      err.println("  " + options.regenerateCommand(common.config, CommonOptions.DEFAULT_CONFIG));
      err.flush();
      return DIFFERENT;
    });
  }
}
