package dev.clientsmith.runtime.errors;

/**
 * A response body, or one server-sent event, is larger than the configured limit
 * ({@code maxResponseBodySize} of the client or the request; {@code maxEventSize} for events).
 * Thrown without retry (the same request would bring the same body); the connection is released
 * and the client stays usable.
 */
public class ResponseTooLargeException extends ClientsmithException {

  private final long limit;

  /**
   * Creates an exception.
   *
   * @param message what was too large, naming the method and path where known
   * @param limit the limit in bytes
   */
  public ResponseTooLargeException(String message, long limit) {
    super(message);
    this.limit = limit;
  }

  /** Returns the limit that was exceeded, in bytes. */
  public long limit() {
    return limit;
  }
}
