package dev.clientsmith.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server speaking raw HTTP/1.1 over sockets, for faults the JDK's HttpServer cannot
 * produce: a wrong Content-Length, a bad status line, a body cut at an exact byte, a stream that
 * stalls between two events. Each request (one per connection: every reply closes it) takes the
 * next scripted {@link Script}; with none left it answers 500.
 */
public final class RawServer implements AutoCloseable {

  /** Writes a reply to the raw socket; the connection is closed afterwards. */
  @FunctionalInterface
  public interface Script {
    void reply(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "raw-server");
    thread.setDaemon(true);
    return thread;
  });
  private final BlockingQueue<Script> scripts = new LinkedBlockingQueue<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  private RawServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    executor.execute(this::accept);
  }

  public static RawServer start() {
    try {
      return new RawServer();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the raw server", e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  public RawServer enqueue(Script... replies) {
    scripts.addAll(List.of(replies));
    return this;
  }

  /** How many requests arrived (their heads were read completely). */
  public int requestCount() {
    return count.get();
  }

  /** The request heads and bodies received, as text. */
  public List<String> requests() {
    return requests;
  }

  /** Waits until {@code expected} requests arrived or the time is up; returns the count. */
  public int awaitRequests(int expected, Duration within) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (count.get() < expected && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    return count.get();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a listening socket does not fail in a way a test could act on.
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // As above.
      }
    }
    executor.shutdownNow();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        open.add(client);
        executor.execute(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(10_000);
      InputStream in = client.getInputStream();
      String request = readRequest(in);
      requests.add(request);
      count.incrementAndGet();
      Script script = scripts.poll();
      OutputStream out = client.getOutputStream();
      if (script == null) {
        out.write(response(500, "text/plain", "no reply scripted").getBytes(StandardCharsets.UTF_8));
      } else {
        script.reply(out);
      }
      out.flush();
    } catch (SocketException closedByClient) {
      // The client aborted: what several tests provoke on purpose.
    } catch (IOException | InterruptedException e) {
      // The test asserts on what the client saw; a broken server connection shows there.
    } finally {
      open.remove(client);
    }
  }

  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request head incomplete");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return text + new String(body, StandardCharsets.UTF_8);
  }

  /** A complete response with a correct Content-Length. */
  public static String response(int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length
        + "\r\nConnection: close\r\n\r\n" + body;
  }

  /** A script writing a complete response. */
  public static Script reply(int status, String contentType, String body) {
    return out -> out.write(response(status, contentType, body).getBytes(StandardCharsets.UTF_8));
  }

  /** A script writing exactly these bytes (ISO-8859-1 for the head; use \r\n). */
  public static Script raw(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The head of an event-stream response without Content-Length (ends with the connection). */
  public static String sseHead() {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
  }

  /** A script writing an event stream in pieces, flushing each and pausing between them. */
  public static Script sse(Duration pause, String... pieces) {
    return out -> {
      out.write(sseHead().getBytes(StandardCharsets.UTF_8));
      out.flush();
      for (String piece : pieces) {
        out.write(piece.getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (!pause.isZero()) {
          TimeUnit.NANOSECONDS.sleep(pause.toNanos());
        }
      }
    };
  }
}
