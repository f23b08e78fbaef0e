package dev.clientsmith.interoptests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A server on the loopback address that answers every request with the one canned JSON response it
 * was given, and keeps the last request it received.
 */
final class LocalServer implements AutoCloseable {
  /** What a client sent. */
  record Received(String method, String path, Optional<String> contentType, String body) {}

  private final HttpServer server;
  private final AtomicReference<String> response = new AtomicReference<>("{}");
  private final AtomicReference<Received> last = new AtomicReference<>();

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUri() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** The body of the next responses (status 200, {@code application/json}). */
  void respond(String json) {
    response.set(json);
    last.set(null);
  }

  Received received() {
    Received received = last.get();
    if (received == null) {
      throw new AssertionError("the local server received no request");
    }
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      last.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), body));
      byte[] bytes = response.get().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
