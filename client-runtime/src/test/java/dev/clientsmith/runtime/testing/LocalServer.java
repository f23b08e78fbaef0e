package dev.clientsmith.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted HTTP server on 127.0.0.1 (JDK {@link HttpServer}, port chosen by the OS) that records
 * every request. Replies are taken from a queue in order; with an empty queue it answers 500 so a
 * test that forgot to script a reply fails loudly instead of hanging.
 */
public final class LocalServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
  private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger count = new AtomicInteger();

  private LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "local-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server. */
  public static LocalServer start() {
    try {
      return new LocalServer();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the local server", e);
    }
  }

  /** Returns a port on 127.0.0.1 on which nothing listens. */
  public static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues replies, answered in order. */
  public LocalServer enqueue(Reply... scripted) {
    for (Reply reply : scripted) {
      replies.add(reply);
    }
    return this;
  }

  /** Returns the next recorded request, waiting up to 10 s. */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = requests.poll(10, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived within 10 s");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Returns how many requests arrived. */
  public int requestCount() {
    return count.get();
  }

  /** Forgets queued replies and recorded requests (between tests sharing one server). */
  public void reset() {
    replies.clear();
    requests.clear();
    count.set(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) ->
          headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
      requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), headers, body));
      count.incrementAndGet();
    }
    Reply reply = replies.poll();
    if (reply == null) {
      reply = Reply.status(500).body("{\"error\":\"no reply scripted\"}");
    }
    try {
      reply.writeTo(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client went away (timeouts do that); nothing to report.
    } finally {
      exchange.close();
    }
  }

  /** One request as the server received it. */
  public static final class RecordedRequest {
    public final String method;
    public final String rawPath;
    public final String rawQuery;
    /** Lower-cased names. */
    public final Map<String, List<String>> headers;
    public final byte[] body;

    RecordedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
      this.method = method;
      this.rawPath = rawPath;
      this.rawQuery = rawQuery;
      this.headers = headers;
      this.body = body;
    }

    /** Returns the only value of a header, or {@code null}. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      if (values == null) {
        return null;
      }
      if (values.size() != 1) {
        throw new AssertionError("header " + name + " has " + values.size() + " values: " + values);
      }
      return values.get(0);
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A scripted reply. */
  public static final class Reply {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private Duration delayBeforeHeaders = Duration.ZERO;
    private int splitAt = -1;
    private Duration delayMidBody = Duration.ZERO;
    private boolean dropConnection;
    private boolean declareLongerLength;

    private Reply(int status) {
      this.status = status;
    }

    public static Reply status(int status) {
      return new Reply(status);
    }

    public static Reply json(int status, String json) {
      return status(status).header("Content-Type", "application/json").body(json);
    }

    /** Closes the connection without answering. */
    public static Reply drop() {
      Reply reply = new Reply(0);
      reply.dropConnection = true;
      return reply;
    }

    public Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Reply body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    public Reply body(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    public Reply delayHeaders(Duration delay) {
      this.delayBeforeHeaders = delay;
      return this;
    }

    /** Sends the headers and the first {@code bytes} bytes, then waits {@code delay} before the rest. */
    public Reply stallBodyAfter(int bytes, Duration delay) {
      this.splitAt = bytes;
      this.delayMidBody = delay;
      return this;
    }

    /** Declares a Content-Length larger than the body, then closes: a truncated response. */
    public Reply truncated() {
      this.declareLongerLength = true;
      return this;
    }

    void writeTo(HttpExchange exchange) throws IOException, InterruptedException {
      if (dropConnection) {
        // Closing without sendResponseHeaders makes HttpServer drop the connection.
        exchange.close();
        return;
      }
      Thread.sleep(delayBeforeHeaders.toMillis());
      headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      long length = body.length == 0 ? -1 : body.length;
      if (declareLongerLength) {
        length = body.length + 100L;
      } else if (splitAt >= 0) {
        length = 0; // chunked
      }
      exchange.sendResponseHeaders(status, length);
      OutputStream out = exchange.getResponseBody();
      if (splitAt >= 0) {
        out.write(body, 0, Math.min(splitAt, body.length));
        out.flush();
        Thread.sleep(delayMidBody.toMillis());
        out.write(body, Math.min(splitAt, body.length), body.length - Math.min(splitAt, body.length));
      } else {
        out.write(body);
      }
      out.flush();
      if (declareLongerLength) {
        // Abandon the exchange mid-body: HttpServer then closes the connection.
        throw new IOException("truncated on purpose");
      }
      out.close();
    }
  }
}
