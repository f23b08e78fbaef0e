package dev.clientsmith.runtime.errors;

import java.util.Objects;
import java.util.Optional;

/**
 * The server reported an error inside a streamed response whose status was 2xx: an event whose
 * data is {@code {"error": {...}}}, or an event of type {@code error}. Carries the provider's error
 * body, typed as the operation declares its error responses when it parses as such.
 */
public class StreamErrorException extends ClientsmithException {

  private final String event;
  private final String rawData;
  private final transient Object body;

  /**
   * Creates an exception.
   *
   * @param message what happened, naming the method and path
   * @param event the event type, e.g. {@code message} or {@code error}
   * @param rawData the event's data, without the API key
   * @param body the data parsed as the declared error type, or {@code null}
   */
  public StreamErrorException(String message, String event, String rawData, Object body) {
    super(message);
    this.event = Objects.requireNonNull(event, "event");
    this.rawData = Objects.requireNonNull(rawData, "rawData");
    this.body = body;
  }

  /** Returns the type of the event that carried the error. */
  public String event() {
    return event;
  }

  /** Returns the event's data as sent (with the API key removed should the server echo it). */
  public String rawData() {
    return rawData;
  }

  /** Returns the error body parsed as the operation's declared error type, if it parsed. */
  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /** Returns the error body if it is of the given type. */
  public <B> Optional<B> body(Class<B> type) {
    return type.isInstance(body) ? Optional.of(type.cast(body)) : Optional.empty();
  }
}
