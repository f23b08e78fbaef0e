package dev.clientsmith.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The response to one {@link TransportRequest}: status, headers and the body as a stream.
 *
 * <p>The body is read at most once. Closing the response closes the body stream; a transport
 * uses that to release or abort the connection, also when {@link #close()} is called from another
 * thread while a read is blocked.
 */
public final class TransportResponse implements Closeable {

  private final int status;
  private final Headers headers;
  private final InputStream body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status code
   * @param headers the response headers
   * @param body the body stream; empty for a response without a body
   */
  public TransportResponse(int status, Headers headers, InputStream body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** Creates a response whose body is already in memory. */
  public static TransportResponse buffered(int status, Headers headers, byte[] body) {
    return new TransportResponse(status, headers, new ByteArrayInputStream(body));
  }

  /** Returns the HTTP status code. */
  public int status() {
    return status;
  }

  /** Returns the response headers. */
  public Headers headers() {
    return headers;
  }

  /** Returns the body stream. It is not buffered unless the transport says so. */
  public InputStream body() {
    return body;
  }

  /**
   * Closes the body, aborting the exchange if it has not been read to the end. Never throws:
   * a failure to release a connection is not something a caller could act on, and close runs in
   * clean-up paths where a new exception would hide the one that matters.
   */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException | RuntimeException ignored) {
      // Nothing useful to do: the connection is discarded either way.
    }
  }

  @Override
  public String toString() {
    return "TransportResponse{status=" + status + ", headers=" + headers + "}";
  }
}
