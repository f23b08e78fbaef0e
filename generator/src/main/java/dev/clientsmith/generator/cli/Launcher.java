package dev.clientsmith.generator.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI jar's entry point: runs {@link Main} in a child JVM configured for a run of a few seconds,
 * when the machine is small and the user has not configured the JVM.
 *
 * <p>Why: on a machine with two processors, the JIT's optimising compiler (C2) runs beside the
 * generator on the only other core for most of a run, and the run ends before the optimised code
 * pays that back. Measured on 2 cores with OpenAI's 3 MB document (medians of 3): 20.1 s of CPU and
 * 13.0 s wall time by default; with the quick compiler only and the serial collector, 9.6 s of CPU
 * and 8.8 s wall, a fifth of the memory, and byte-identical output. The five seed documents: 3.0 s
 * against 2.2 s. Starting the second JVM costs about 0.1 s. Machines with more processors keep the
 * default JVM, which there has cores to spare for C2.
 *
 * <p>Nothing is tuned when the user chose for themselves: any {@code -XX:} option, {@code -Xint} or
 * {@code -Xcomp} given to the JVM, or {@code -Dclientsmith.tuneJvm=false}. A child that cannot be
 * started leaves the run in this JVM. The child shares the working directory, the environment and
 * the standard streams, and its exit code is this process's.
 */
public final class Launcher {
  /** Set in the child, so that it does not start a child of its own. */
  static final String CHILD = "clientsmith.launched";
  static final String TUNE = "clientsmith.tuneJvm";
  static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  private static final int MAX_PROCESSORS = 2;

  private Launcher() {}

  public static void main(String[] args) {
    List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (wanted(inherited, Runtime.getRuntime().availableProcessors(), System.getProperty(CHILD), System.getProperty(TUNE))) {
      Integer code = runChild(inherited, args);
      if (code != null) {
        System.exit(code);
      }
    }
    Main.main(args);
  }

  /** Whether to run in a tuned child, from what this JVM was given; pure for tests. */
  static boolean wanted(List<String> jvmArguments, int processors, String childMark, String tune) {
    if (childMark != null || "false".equalsIgnoreCase(tune) || processors > MAX_PROCESSORS) {
      return false;
    }
    for (String a : jvmArguments) {
      if (a.startsWith("-XX:") || a.equals("-Xint") || a.equals("-Xcomp") || a.startsWith("-agentlib:jdwp")) {
        return false;
      }
    }
    return true;
  }

  /** The child's command line: this JVM's java, its arguments, the tuning, the class path, Main. */
  static List<String> command(Path javaHome, List<String> jvmArguments, String classPath, String[] args) {
    List<String> command = new ArrayList<>();
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    command.add(javaHome.resolve("bin").resolve(windows ? "java.exe" : "java").toString());
    command.addAll(jvmArguments);
    command.addAll(TUNING);
    command.add("-D" + CHILD + "=true");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs the child and returns its exit code, or null when it could not be started. */
  private static Integer runChild(List<String> inherited, String[] args) {
    String classPath = ownClassPath();
    if (classPath == null) {
      return null;
    }
    return run(new ProcessBuilder(command(Path.of(System.getProperty("java.home")), inherited, classPath, args)).inheritIO());
  }

  /** Starts {@code builder}'s process, waits for it and returns its exit code; null if it could not start. */
  static Integer run(ProcessBuilder builder) {
    Process child;
    try {
      child = builder.start();
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
    // A parent stopped by a signal takes its child with it; a finished child makes this a no-op.
    Thread stopChild = new Thread(child::destroy, "clientsmith-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code;
    while (true) {
      try {
        code = child.waitFor();
        break;
      } catch (InterruptedException e) {
        // Nobody interrupts the main thread on purpose; keep waiting for the child's verdict.
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook will destroy a child that has finished, which is harmless.
    }
    return code;
  }

  /** The jar this class was loaded from, or null when it was not loaded from a jar file. */
  private static String ownClassPath() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path location = Path.of(source.getLocation().toURI());
      String classPath = System.getProperty("java.class.path", "");
      return location.toString().endsWith(".jar") && classPath.split(File.pathSeparator).length == 1 ? location.toString() : null;
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
