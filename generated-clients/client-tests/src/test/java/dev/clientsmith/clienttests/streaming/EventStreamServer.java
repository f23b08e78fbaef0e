package dev.clientsmith.clienttests.streaming;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 that answers every request with one recorded event stream, written in
 * small pieces with a flush after each (chunked transfer), so that the client reads it the way it
 * arrives from a real server: events split across reads, a CRLF split between its CR and its LF,
 * a multi-byte character split between two reads. Records each request; {@link #close()} stops it
 * at once.
 */
final class EventStreamServer implements AutoCloseable {
  /** Bytes per write: small enough to split lines, events and UTF-8 sequences. */
  private static final int PIECE = 7;

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "event-stream-server");
    t.setDaemon(true);
    return t;
  });
  private final byte[] stream;
  private final List<SentRequest> requests = new CopyOnWriteArrayList<>();

  private EventStreamServer(String stream) {
    this.stream = stream.getBytes(StandardCharsets.UTF_8);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the local server", e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server replaying {@code stream} (the bytes of a {@code text/event-stream} body). */
  static EventStreamServer replaying(String stream) {
    return new EventStreamServer(stream);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request received, in order. */
  List<SentRequest> requests() {
    return List.copyOf(requests);
  }

  /** The only request received. */
  SentRequest onlyRequest() {
    List<SentRequest> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, the server received " + all.size());
    }
    return all.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      URI uri = exchange.getRequestURI();
      requests.add(new SentRequest(exchange.getRequestMethod(), uri.getRawPath(), exchange.getRequestHeaders(),
          new String(body, StandardCharsets.UTF_8)));
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().add("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0); // chunked: the length is not known in advance
      try (OutputStream out = exchange.getResponseBody()) {
        for (byte[] piece : pieces(stream)) {
          out.write(piece);
          out.flush();
        }
      }
    } finally {
      exchange.close();
    }
  }

  private static List<byte[]> pieces(byte[] bytes) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < bytes.length; i += PIECE) {
      out.add(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + PIECE)));
    }
    return out;
  }
}
