package dev.clientsmith.benchmarks.jmh;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers every request with the same prepared bytes and
 * adds no delay of its own: TCP_NODELAY, keep-alive, a thread per connection, the request read only
 * as far as its length requires. What a call costs on top of it is the client's. Not a general
 * server: it expects {@code Content-Length} bodies, which is what {@code java.net.http} sends for a
 * byte array.
 */
public final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "loopback-server");
    t.setDaemon(true);
    return t;
  });
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

  /** Starts a server answering {@code 200} with {@code body} of {@code contentType}. */
  public LoopbackServer(byte[] body, String contentType) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    response = new byte[head.length + body.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(body, 0, response, head.length, body.length);
    socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The base URL, {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        threads.execute(() -> serve(connection));
      } catch (IOException closed) {
        return; // close() closed the socket
      }
    }
  }

  private void serve(Socket connection) {
    try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = connection.getOutputStream()) {
      while (true) {
        long length = readHead(in);
        if (length < 0) {
          return;
        }
        in.skipNBytes(length);
        out.write(response);
        out.flush();
      }
    } catch (SocketException | java.io.EOFException gone) {
      // The client closed its connection, or close() did.
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      connections.remove(connection);
    }
  }

  /** Reads a request's line and headers; returns its Content-Length (0 without one), -1 at the end of input. */
  private static long readHead(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    long length = 0;
    boolean any = false;
    int c;
    while ((c = in.read()) >= 0) {
      any = true;
      if (c == '\n') {
        if (line.length() == 0) {
          return length;
        }
        String header = line.toString();
        int colon = header.indexOf(':');
        if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
          length = Long.parseLong(header.substring(colon + 1).trim());
        }
        line.setLength(0);
      } else if (c != '\r') {
        line.append((char) c);
      }
    }
    if (any) {
      throw new java.io.EOFException("the request ended inside its head");
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    threads.shutdownNow();
  }
}
