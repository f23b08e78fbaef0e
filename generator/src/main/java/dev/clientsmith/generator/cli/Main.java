package dev.clientsmith.generator.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code clientsmith} command line: a thin layer over the generator library. Each command
 * parses its options, calls the library and prints; every decision lives in the library.
 *
 * <p>Exit codes: 0 success, 1 {@code check} found differences (reserved), 2 bad input or usage, 3
 * internal error (a bug: the message asks to report it).
 */
@Command(
    name = "clientsmith",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates typed Java clients from the OpenAPI documents of LLM providers.",
    subcommands = {GenerateCommand.class, CheckCommand.class, NormalizeCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:check found differences", "2:bad input or usage (one located message each)",
        "3:internal error (a bug; --debug shows the details)"})
public final class Main implements Callable<Integer> {
  static final int OK = 0;
  static final int BAD_INPUT = 2;
  static final int INTERNAL_ERROR = 3;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "no command given (available: generate, check, normalize, help)");
  }

  public static void main(String[] args) {
    // Explicit UTF-8: the platform default may be ASCII (POSIX locale) and would turn names into '?'.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code (never exits). */
  static int run(PrintStream out, PrintStream err, String... args) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setParameterExceptionHandler(Main::usageError);
    // "--spec a.yaml --pakage x" must be an unknown option, not a second document named "--pakage".
    commandLine.setUnmatchedOptionsAllowedAsOptionParameters(false);
    // Descriptions wrap at the terminal's width instead of being cut.
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> Failures.internalError(e, cmd.getErr(), false));
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = e.getMessage() == null ? "invalid command line" : e.getMessage();
    // picocli starts some messages with "Error: "; ours already says it.
    err.println("error: " + (message.startsWith("Error: ") ? message.substring("Error: ".length()) : message));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.print(cmd.getHelp().synopsis(0));
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return BAD_INPUT;
  }

  /** The version from the jar's manifest; "development build" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"clientsmith " + (version == null ? "(development build)" : version)};
    }
  }
}
