package dev.clientsmith.clienttests.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny HTTP server on 127.0.0.1 with a port the system picks. It records every request it
 * receives and answers with the responses queued by {@link #enqueue}, in order; when none is left
 * it answers {@code 418} with a message saying so (a status no client retries).
 *
 * <p>The request is recorded before the response is sent, so once a client call has returned, what
 * it sent is available. Start one per test class or test; {@link #close()} stops it at once.
 */
public final class LocalServer implements AutoCloseable {

  /** How long {@link #takeRequest()} waits for a request that has not arrived yet. */
  private static final long WAIT_SECONDS = 5;

  private final HttpServer server;
  private final BlockingQueue<ScriptedResponse> script = new LinkedBlockingQueue<>();
  private final BlockingQueue<RecordedRequest> unread = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> all = new ArrayList<>();

  private LocalServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static LocalServer start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the local server", e);
    }
    LocalServer local = new LocalServer(server);
    server.createContext("/", local::handle);
    server.setExecutor(null); // The dispatcher thread answers; the server is stopped with it.
    server.start();
    return local;
  }

  /** The base URL, {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues the next response. */
  public LocalServer enqueue(ScriptedResponse response) {
    script.add(response);
    return this;
  }

  /** Queues a 200 response with a JSON body. */
  public LocalServer enqueueJson(String json) {
    return enqueue(ScriptedResponse.ok(json));
  }

  /**
   * Returns the oldest request not taken yet, waiting a few seconds for it to arrive.
   *
   * @throws AssertionError when none arrives
   */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = unread.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("the local server received no request");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  /** Every request received so far, in order. */
  public List<RecordedRequest> requests() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  /** The number of requests received so far. */
  public int requestCount() {
    synchronized (all) {
      return all.size();
    }
  }

  /** Stops the server immediately, closing open connections. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      URI uri = exchange.getRequestURI();
      RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(),
          uri.getRawQuery(), exchange.getRequestHeaders(), body);
      synchronized (all) {
        all.add(request);
      }
      unread.add(request);

      ScriptedResponse response = script.poll();
      if (response == null) {
        response = ScriptedResponse.status(418).withBody("text/plain",
            "LocalServer: no scripted response left for " + request.method() + " " + request.target());
      }
      response.headers().forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
      byte[] bytes = response.body();
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }
}
