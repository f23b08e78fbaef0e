package dev.clientsmith.runtime.http;

import java.io.IOException;

/**
 * A transport's signal that a 2xx body passed {@link TransportRequest#maxBodySize()} (or that
 * buffering it ran out of memory); the runtime reports it as a
 * {@link dev.clientsmith.runtime.errors.ResponseTooLargeException}, without retry. An
 * {@code IOException} so that parsers pass it through instead of taking it for bad content.
 */
public final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * Creates the signal.
   *
   * @param limit the limit in bytes
   * @param outOfMemory whether memory ran out below the limit
   */
  public BodyTooLargeException(long limit, boolean outOfMemory) {
    super(outOfMemory ? "the response body did not fit in memory (limit " + limit + " bytes)"
        : "the response body is larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  /** Returns the limit in bytes. */
  public long limit() {
    return limit;
  }
}
