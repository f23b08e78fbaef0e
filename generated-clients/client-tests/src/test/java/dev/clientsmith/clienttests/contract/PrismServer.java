package dev.clientsmith.clienttests.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Prism mock server ({@code prism mock}) for one original document, listening on 127.0.0.1 on
 * a free port, with its output kept for failure messages. Prism is the one {@code npm ci} installed
 * from this module's {@code package-lock.json}; it runs on the {@code node} found on the PATH.
 *
 * <p>It runs in dynamic mode with a fixed seed ({@code -d --seed N}). A request can ask for another
 * seed ({@code Prefer: seed=M}: a different, repeatable random response), for the static example
 * ({@code Prefer: dynamic=false}) or for a declared status ({@code Prefer: code=400}).
 */
final class PrismServer implements AutoCloseable {

  /** How long Prism may take to start listening. It usually needs 2 to 5 seconds. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  /** How long Prism may take to exit once asked to. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
  private static final int KEPT_OUTPUT_LINES = 400;
  /** 127.0.0.1, by address: never a name lookup, never IPv6 by preference. */
  static final InetAddress LOOPBACK = loopback();
  private static final String PRISM_ENTRY = "node_modules/@stoplight/prism-cli/dist/index.js";

  private final OriginalDocument document;
  private final Process process;
  private final int port;
  private final Deque<String> output = new ArrayDeque<>();
  private volatile Duration startUp = Duration.ZERO;

  private PrismServer(OriginalDocument document, Process process, int port) {
    this.document = document;
    this.process = process;
    this.port = port;
  }

  /**
   * Starts Prism for {@code document} and waits until it accepts connections.
   *
   * @throws IllegalStateException when Node.js or Prism is missing, or Prism does not start in time;
   *     the message says what to do and ends with Prism's output
   */
  static PrismServer start(OriginalDocument document, long seed) {
    Path moduleDir = OriginalDocument.clientTestsDir();
    Path entry = moduleDir.resolve(PRISM_ENTRY);
    if (!Files.isRegularFile(entry)) {
      throw new IllegalStateException("Prism is not installed: " + PRISM_ENTRY + " is missing under " + moduleDir
          + ". The Maven build installs it ('npm ci' in the generate-test-resources phase of client-tests);"
          + " run './mvnw -B verify', or 'npm ci' in generated-clients/client-tests. Node.js (18.20.1 or later)"
          + " and npm must be on the PATH.");
    }
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      int port = freePort();
      List<String> command = List.of(nodeExecutable(), entry.toString(), "mock",
          "--host", "127.0.0.1", "--port", Integer.toString(port),
          "--dynamic", "--seed", Long.toString(seed),
          document.jsonFile().toString());
      ProcessBuilder builder = new ProcessBuilder(command).directory(moduleDir.toFile()).redirectErrorStream(true);
      builder.environment().put("NO_COLOR", "1");
      builder.environment().put("FORCE_COLOR", "0");
      long launched = System.nanoTime();
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new IllegalStateException("cannot run Node.js ('" + nodeExecutable() + "'): " + e.getMessage()
            + ". The contract tests need Node.js 18.20.1 or later on the PATH to run the Prism mock server.", e);
      }
      PrismServer server = new PrismServer(document, process, port);
      server.captureOutput();
      try {
        server.awaitListening();
        server.startUp = Duration.ofNanos(System.nanoTime() - launched);
        return server;
      } catch (IllegalStateException e) {
        server.close();
        last = e;
        if (!server.output().contains("EADDRINUSE")) {
          break;
        }
      }
    }
    throw last;
  }

  /** The port on 127.0.0.1. */
  int port() {
    return port;
  }

  /** How long this server took from launch to accepting connections (for the start-up record). */
  Duration startUp() {
    return startUp;
  }

  /** The document this server mocks. */
  OriginalDocument document() {
    return document;
  }

  /** The last lines Prism printed. */
  String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  /** Stops Prism and every process it started; waits a bounded time. Idempotent. */
  @Override
  public void close() {
    List<ProcessHandle> descendants = new ArrayList<>();
    process.toHandle().descendants().forEach(descendants::add);
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : descendants) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  @Override
  public String toString() {
    return "Prism(" + document.name() + " on 127.0.0.1:" + port + ")";
  }

  private void captureOutput() {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          synchronized (output) {
            output.addLast(line);
            while (output.size() > KEPT_OUTPUT_LINES) {
              output.removeFirst();
            }
          }
        }
      } catch (IOException ignored) {
        // The process ended; what was read is kept.
      }
    }, "prism-output-" + document.name());
    reader.setDaemon(true);
    reader.start();
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(this + " exited with status " + process.exitValue()
            + " before listening. Its output:\n" + output());
      }
      if (output().contains("Prism is listening") && accepts()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + this, e);
      }
    }
    throw new IllegalStateException(this + " did not listen within " + START_TIMEOUT.toSeconds()
        + " s. Its output:\n" + output());
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(LOOPBACK, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nodeExecutable() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
        ? "node.exe" : "node";
  }
}
