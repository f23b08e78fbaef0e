package com.example.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.echo.model.Completion;
import com.example.echo.model.CompletionRequest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generated client, built in this very build, against a server on the loopback interface. */
@Timeout(30)
class EchoClientTest {
  private HttpServer server;
  private final List<String> requests = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      synchronized (requests) {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
            + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
      }
      byte[] answer = "{\"id\":\"cmpl-1\",\"text\":\"echo: hello\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void callsTheServerAndReadsTheAnswer() {
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    try (EchoClient client = EchoClient.builder().apiKey("sk-test").baseUrl(baseUrl).timeout(Duration.ofSeconds(10)).build()) {
      Completion completion = client.completions().create(
          CompletionRequest.builder().model("echo-1").prompt("hello").build());
      assertEquals("cmpl-1", completion.id());
      assertEquals("echo: hello", completion.text());
    }
    assertEquals(List.of("POST /v1/completions Bearer sk-test {\"model\":\"echo-1\",\"prompt\":\"hello\"}"), requests);
  }
}
