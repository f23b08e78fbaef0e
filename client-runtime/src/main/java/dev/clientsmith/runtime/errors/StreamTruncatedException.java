package dev.clientsmith.runtime.errors;

/**
 * A streamed response ended before the protocol's end (the {@code [DONE]} sentinel), or in the
 * middle of an event: the generation is incomplete. Never retried (events were delivered already).
 */
public class StreamTruncatedException extends ApiConnectionException {

  private final long events;

  /**
   * Creates an exception.
   *
   * @param message what ended early, naming the method and path
   * @param events how many events had been delivered
   * @param cause the I/O failure that ended the stream, or {@code null} for a clean end of input
   */
  public StreamTruncatedException(String message, long events, Throwable cause) {
    super(message, cause);
    this.events = events;
  }

  /** Returns how many events were delivered before the stream ended. */
  public long eventsDelivered() {
    return events;
  }
}
