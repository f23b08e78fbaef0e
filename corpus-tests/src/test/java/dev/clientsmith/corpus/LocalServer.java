package dev.clientsmith.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK HTTP server on 127.0.0.1 only, on a free port, that answers every request with one
 * JSON body and records what it received. Closing it stops it at once.
 */
final class LocalServer implements AutoCloseable {
  /** What one request carried. */
  record Received(String method, String path, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  LocalServer(String replyJson) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] reply = replyJson.getBytes(StandardCharsets.UTF_8);
    server.createContext("/", exchange -> answer(exchange, reply));
    server.start();
  }

  private void answer(HttpExchange exchange, byte[] reply) throws IOException {
    try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          Map.copyOf(exchange.getRequestHeaders()), body));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, reply.length);
      out.write(reply);
    }
  }

  /** The base URL clients are pointed at. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
