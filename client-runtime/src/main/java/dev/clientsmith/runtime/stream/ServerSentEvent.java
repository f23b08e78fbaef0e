package dev.clientsmith.runtime.stream;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One dispatched server-sent event: its type ({@code message} unless an {@code event:} field named
 * another), its data ({@code data:} lines joined with {@code \n}), the last event id seen on the
 * stream and the {@code retry:} value if this event carried one. Immutable.
 */
public final class ServerSentEvent {

  private final String event;
  private final String data;
  private final String id;
  private final long retry;
  private final boolean terminated;

  /**
   * Creates an event.
   *
   * @param event the event type
   * @param data the data
   * @param id the last event id, empty when none was sent
   * @param retry the reconnection time in milliseconds, or -1
   * @param terminated whether the blank line ending the event arrived (false only for a last event
   *     cut off by the end of the stream)
   */
  public ServerSentEvent(String event, String data, String id, long retry, boolean terminated) {
    this.event = Objects.requireNonNull(event, "event");
    this.data = Objects.requireNonNull(data, "data");
    this.id = Objects.requireNonNull(id, "id");
    this.retry = retry;
    this.terminated = terminated;
  }

  /** Returns the event type; {@code message} by default. */
  public String event() {
    return event;
  }

  /** Returns the data lines joined with {@code \n}. */
  public String data() {
    return data;
  }

  /** Returns the last event id of the stream; empty when none was sent. */
  public String id() {
    return id;
  }

  /** Returns the {@code retry:} value in milliseconds, if this event carried one. */
  public OptionalLong retry() {
    return retry < 0 ? OptionalLong.empty() : OptionalLong.of(retry);
  }

  /** Returns whether the event was ended by a blank line (not cut off by the end of the stream). */
  public boolean terminated() {
    return terminated;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ServerSentEvent)) {
      return false;
    }
    ServerSentEvent that = (ServerSentEvent) other;
    return event.equals(that.event) && data.equals(that.data) && id.equals(that.id) && retry == that.retry
        && terminated == that.terminated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, data, id, retry, terminated);
  }

  @Override
  public String toString() {
    return "ServerSentEvent{event=" + event + ", id=" + id + ", retry=" + retry + ", data=" + data.length()
        + " chars" + (terminated ? "" : ", unterminated") + "}";
  }
}
