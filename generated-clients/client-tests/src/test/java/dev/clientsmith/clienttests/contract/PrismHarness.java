package dev.clientsmith.clienttests.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit 5 extension for the contract tests of one provider. Before the test class it reads the
 * provider's original documents, takes one Prism per document from the run's {@link PrismPool}
 * (on 127.0.0.1, a free port, bounded wait; started in parallel if not running yet, stopped at the
 * end of the run) and builds the {@link RequestJudge}; after it, it prints the provider's summary
 * line and writes it under {@code target/conformance/}. A failing test gets the last lines Prism
 * printed appended to its message.
 *
 * <p>Register it as {@code @RegisterExtension static final PrismHarness PRISM = new PrismHarness("jylo");}.
 * If Node.js or Prism is missing, every test of the class fails with a message saying what to
 * install; nothing is skipped.
 */
final class PrismHarness implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

  /** The seed Prism starts with; each random response asks for its own seed on top of it. */
  static final long BASE_SEED = 20_260_101L;

  private final String provider;
  private final List<PrismServer> servers = new ArrayList<>();
  private final AtomicInteger randomResponses = new AtomicInteger();
  private final AtomicInteger staticResponses = new AtomicInteger();
  private final AtomicInteger errorResponses = new AtomicInteger();
  private RequestJudge judge;

  PrismHarness(String provider) {
    this.provider = provider;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    List<OriginalDocument> documents = OriginalDocument.of(provider);
    servers.addAll(PrismPool.of(context).servers(documents));
    List<RequestJudge.Route> routes = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      routes.add(new RequestJudge.Route(documents.get(i), RequestJudge.validatorFor(documents.get(i)), servers.get(i)));
    }
    judge = new RequestJudge(provider, routes);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // The servers stay up for the classes that come later; the pool stops them at the end of the run.
    if (judge != null) {
      String line = summary();
      System.out.println(line);
      writeSummary(line);
      judge.close();
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    if (servers.isEmpty()) {
      throw throwable;
    }
    AssertionError withOutput = new AssertionError(throwable.getMessage() + "\n--- last lines of Prism's output ---\n"
        + servers.stream().map(s -> s + ":\n" + tail(s.output(), 40)).collect(Collectors.joining("\n")), throwable);
    throw withOutput;
  }

  /** The provider, as {@code specs/providers.yaml} names it. */
  String provider() {
    return provider;
  }

  /** The transport to give the provider's client. */
  RequestJudge judge() {
    return judge;
  }

  /** The Prism servers, one per original document. */
  List<PrismServer> servers() {
    return List.copyOf(servers);
  }

  /** Counts a random (dynamic) response that was read and round-tripped. */
  void countRandomResponse() {
    randomResponses.incrementAndGet();
  }

  /** Counts a static example response that was read and round-tripped. */
  void countStaticResponse() {
    staticResponses.incrementAndGet();
  }

  /** Counts an error response that became its typed exception. */
  void countErrorResponse() {
    errorResponses.incrementAndGet();
  }

  /** The summary line of this provider. */
  String summary() {
    Map<String, Integer> forgiven = judge.forgivenCounts();
    int provoked = judge.expectedViolationCount();
    return "Conformance " + provider + ": "
        + count(judge.validatedCount(), "request") + " validated against the original "
        + (servers.size() == 1 ? "document" : servers.size() + " documents")
        + " (" + count(judge.violations().size(), "violation")
        + (provoked == 0 ? "" : ", " + provoked + " more provoked on purpose and caught")
        + (forgiven.isEmpty() ? "" : "; document exceptions applied: " + forgiven) + "), "
        + count(randomResponses.get(), "random response") + " read and round-tripped, "
        + count(staticResponses.get(), "static example") + ", "
        + count(errorResponses.get(), "typed error response");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private void writeSummary(String line) {
    try {
      Path dir = OriginalDocument.clientTestsDir().resolve("target").resolve("conformance");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(provider + ".txt"), line + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conformance summary of " + provider, e);
    }
  }

  private static String tail(String text, int lines) {
    String[] all = text.split("\n", -1);
    int from = Math.max(0, all.length - lines);
    return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
  }
}
