package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.TransportResponse;
import java.io.InputStream;

/**
 * A successful (2xx) response whose body has not been read: the network stream itself, not a
 * buffer. Returned by {@link ClientRuntime#executeStreamed}; the caller reads the body
 * incrementally and must close the response (try-with-resources).
 *
 * <p>This is where streaming plugs in: an SSE decoder reads {@link #body()} event by event and
 * hands typed chunks to a {@code StreamResponse<T>} that closes this response when closed itself.
 * The per-attempt timeout bounds only the wait for the response headers here, because a stream
 * may legitimately last longer than any single request; bounding idle gaps between events is the
 * decoder's job.
 */
public final class OpenResponse implements AutoCloseable {

  private final TransportResponse response;

  OpenResponse(TransportResponse response) {
    this.response = response;
  }

  /** Returns the HTTP status code (2xx). */
  public int status() {
    return response.status();
  }

  /** Returns the response headers; look-ups ignore case. */
  public Headers headers() {
    return response.headers();
  }

  /** Returns the body as it arrives from the network; read it once, from one thread. */
  public InputStream body() {
    return response.body();
  }

  /** Closes the body, aborting the exchange if it has not been read to the end. Never throws. */
  @Override
  public void close() {
    response.close();
  }

  @Override
  public String toString() {
    return "OpenResponse{status=" + status() + ", headers=" + headers() + "}";
  }
}
