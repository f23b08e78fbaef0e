package dev.clientsmith.generator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching a referenced document against a loopback server (started and stopped here): redirects
 * are followed only to http/https and only so many times, a slow answer is cut at the time limit.
 */
class UrlReaderTest {
  private static final Location AT = new Location("api.yaml", 3, 7);

  private HttpServer server;
  private String base;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  /** Released when the test ends, so that a handler kept waiting never outlives it. */
  private final CountDownLatch done = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(path);
      if (path.startsWith("/hop")) {
        // /hop3 redirects to /hop2 ... /hop0 redirects to the document.
        int n = Integer.parseInt(path.substring(4));
        exchange.getResponseHeaders().add("Location", n == 0 ? "/doc.json" : "/hop" + (n - 1));
        exchange.sendResponseHeaders(301, -1);
      } else if (path.equals("/trickle.json")) {
        // The headers and a first byte at once, the rest never (until the test ends).
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write('{');
        exchange.getResponseBody().flush();
        try {
          done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else if (path.equals("/slow.json")) {
        try {
          done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(204, -1);
      } else {
        byte[] body = "{\"openapi\": \"3.0.3\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    done.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  @Test
  void redirectsToHttpAreFollowedUpToTheLimit() {
    SourceDocument doc = new UrlReader().read(URI.create(base + "/hop" + (UrlReader.MAX_REDIRECTS - 1) + "#/x"), AT, "/$ref");

    assertThat(doc.tree().path("openapi").asText()).isEqualTo("3.0.3");
    assertThat(doc.name()).isEqualTo(base + "/doc.json");
    assertThat(requests).hasSize(UrlReader.MAX_REDIRECTS + 1);
  }

  @Test
  void oneRedirectMoreIsRefused() {
    assertThat(error(new UrlReader(), "/hop" + UrlReader.MAX_REDIRECTS)).isEqualTo(
        "api.yaml:3:7: error[source.fetch-failed] cannot fetch " + base + "/hop0: more than 5 redirects\n"
            + "  at: /$ref\n"
            + "  hint: check the URL, or save the document next to this one and refer to it by its file name");
  }

  @Test
  void anAnswerSlowerThanTheLimitIsCut() {
    UrlReader reader = new UrlReader(Duration.ofSeconds(5), Duration.ofMillis(300));

    assertThat(error(reader, "/slow.json")).startsWith(
        "api.yaml:3:7: error[source.fetch-failed] cannot fetch " + base + "/slow.json: no answer within 300 ms\n");
  }

  @Test
  void aBodyThatNeverEndsIsCutAtTheTimeLimit() {
    UrlReader reader = new UrlReader(Duration.ofSeconds(5), Duration.ofMillis(300));

    assertThat(error(reader, "/trickle.json")).startsWith(
        "api.yaml:3:7: error[source.fetch-failed] cannot fetch " + base + "/trickle.json: the answer did not end within 300 ms\n");
  }

  private String error(UrlReader reader, String path) {
    DiagnosticException e = catchThrowableOfType(DiagnosticException.class,
        () -> reader.read(URI.create(base + path), AT, "/$ref"));
    return String.join("\n", e.diagnostics().stream().map(Diagnostic::render).toList());
  }
}
