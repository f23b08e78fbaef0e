package dev.clientsmith.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --allow-remote-refs} on the command line: without it a document's URL is refused and never
 * requested (exit 2, the hint names the option); with it the URL is fetched and generation succeeds.
 * A loopback server, started and stopped here, serves the referenced document and counts requests.
 */
class RemoteRefsOptionTest {
  @TempDir Path dir;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private Path spec;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/common.yaml", exchange -> {
      requests.add(exchange.getRequestURI().getPath());
      byte[] body = "components: {schemas: {Reply: {type: object, properties: {text: {type: string}}}}}\n"
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/common.yaml#/components/schemas/Reply";
    spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: Echo, version: 1.0.0}
        paths:
          /echo:
            get:
              operationId: echo
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '%s'}
        """.formatted(url), StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void withoutTheOptionTheUrlIsRefusedAndNeverRequested() {
    MainTest.Run run = MainTest.run("generate", "--spec", spec.toString(), "--package", "com.example.echo",
        "--client-name", "EchoClient", "--out", dir.resolve("out").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error[parse.external-ref]", "--allow-remote-refs").doesNotContain("Exception");
    assertThat(requests).isEmpty();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void withTheOptionTheUrlIsFetchedOnceAndTheClientGenerated() throws IOException {
    MainTest.Run run = MainTest.run("generate", "--spec", spec.toString(), "--package", "com.example.echo",
        "--client-name", "EchoClient", "--out", dir.resolve("out").toString(), "--allow-remote-refs");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(requests).containsExactly("/common.yaml");
    assertThat(dir.resolve("out/src/main/java/com/example/echo/model/Reply.java")).exists();
    assertThat(Files.readString(dir.resolve("out/NORMALIZATION.md"))).contains("## external-refs");
  }
}
