package dev.clientsmith.generator.cli;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * How a command ends when something goes wrong: bad input prints each diagnostic (exit 2); anything
 * else is a bug and prints one line asking to report it (exit 3), with the stack trace only when
 * {@code --debug} asks for it.
 */
final class Failures {
  private Failures() {}

  /** Runs {@code body}, turning failures into their message and exit code. */
  static int guard(PrintWriter err, boolean debug, Callable<Integer> body) {
    try {
      return body.call();
    } catch (DiagnosticException e) {
      for (Diagnostic diagnostic : e.diagnostics()) {
        err.println(diagnostic.render());
      }
      err.flush();
      return Main.BAD_INPUT;
    } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
      return internalError(e, err, debug);
    }
  }

  static int internalError(Throwable e, PrintWriter err, boolean debug) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    err.println("internal error: " + e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("  hint: this is a bug in Clientsmith; please report it with the command and input"
          + " (run again with --debug for the details)");
    }
    err.flush();
    return Main.INTERNAL_ERROR;
  }
}
