package dev.clientsmith.clienttests.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Prism servers of one test run, shared by every test class: one per document (keyed by its
 * page), started on first use, kept for the classes that come later, and stopped when JUnit closes
 * its root store at the end of the run. A start takes one to several seconds of Node.js; each
 * contract class used to start its own, and the judge of the normalised documents started two per
 * case, one after the other.
 *
 * <p>The documents a caller asks for at once start in parallel. Every server runs with the same base
 * seed and each random response asks for its own seed, so what a test reads does not depend on which
 * test used the server before it.
 */
final class PrismPool implements AutoCloseable {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrismPool.class);

  private final Map<Path, CompletableFuture<PrismServer>> servers = new ConcurrentHashMap<>();
  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService starter = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "prism-start-" + threads.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  /** The pool of the run that {@code context} belongs to. */
  static PrismPool of(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PrismPool.class, k -> new PrismPool(), PrismPool.class);
  }

  /**
   * The servers of {@code documents}, in the same order: those not running yet are started, all at
   * once, and this waits for them (each start is bounded by {@link PrismServer#START_TIMEOUT}).
   *
   * @throws IllegalStateException when a server cannot start; the message says why and what to install
   */
  List<PrismServer> servers(List<OriginalDocument> documents) {
    List<CompletableFuture<PrismServer>> pending = new ArrayList<>();
    for (OriginalDocument document : documents) {
      pending.add(servers.computeIfAbsent(key(document),
          k -> CompletableFuture.supplyAsync(() -> PrismServer.start(document, PrismHarness.BASE_SEED), starter)));
    }
    List<PrismServer> ready = new ArrayList<>();
    for (CompletableFuture<PrismServer> server : pending) {
      try {
        ready.add(server.join());
      } catch (CompletionException e) {
        // A start that failed stays failed for the rest of the run: later classes get the same
        // message at once instead of waiting for another start that would fail the same way.
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }
    return ready;
  }

  /** The server of one document (see {@link #servers}). */
  PrismServer server(OriginalDocument document) {
    return servers(List.of(document)).get(0);
  }

  /**
   * Stops every server (in parallel: each stop waits a bounded time for its process tree), and
   * writes which servers were started and how long each took to listen to
   * {@code target/conformance/prism-start-ups.txt}: the time the test run spends waiting on Prism.
   */
  @Override
  public void close() {
    writeStartUps();
    List<CompletableFuture<Void>> stops = new ArrayList<>();
    for (CompletableFuture<PrismServer> server : servers.values()) {
      stops.add(server.handle((s, failure) -> s).thenAcceptAsync(s -> {
        if (s != null) {
          s.close();
        }
      }, starter));
    }
    CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    starter.shutdown();
    try {
      starter.awaitTermination(PrismServer.STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeStartUps() {
    List<String> lines = new ArrayList<>();
    servers.forEach((page, server) -> {
      PrismServer started = server.getNow(null);
      Path root = OriginalDocument.repositoryRoot().toAbsolutePath().normalize();
      String name = page.startsWith(root) ? root.relativize(page).toString().replace('\\', '/') : page.toString();
      lines.add(name + (started == null ? ": did not start" : ": listening after " + started.startUp().toMillis() + " ms"));
    });
    lines.sort(null);
    lines.add(0, servers.size() + " Prism start-ups in this run, started in parallel where asked for together:");
    try {
      Path dir = OriginalDocument.clientTestsDir().resolve("target").resolve("conformance");
      Files.createDirectories(dir);
      Files.write(dir.resolve("prism-start-ups.txt"), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Prism start-up record", e);
    }
  }

  private static Path key(OriginalDocument document) {
    return document.page().toAbsolutePath().normalize();
  }
}
