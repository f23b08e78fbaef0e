package dev.clientsmith.runtime.stream;

import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An incremental decoder of the {@code text/event-stream} format, following the WHATWG HTML
 * "event stream interpretation" rules: lines end with LF, CR or CRLF (also a CRLF split across two
 * reads); a UTF-8 byte order mark at the start is skipped; lines starting with {@code :} are
 * comments ({@code : keep-alive}); {@code data:} lines are joined with {@code \n}; one space after
 * the colon is removed; {@code event:}, {@code id:} (ignored when it contains NUL) and
 * {@code retry:} (digits only) are kept; a blank line dispatches the event, unless no data arrived.
 *
 * <p>Bytes may be fed in pieces split anywhere, even inside a multi-byte character: lines are
 * decoded only once complete. One deviation from the WHATWG rules, on purpose: at the end of the
 * input, a pending event without its blank line is still dispatched, marked
 * {@linkplain ServerSentEvent#terminated() unterminated}, because LLM servers are known to end a
 * stream with {@code data: [DONE]} and no blank line; the caller decides what an unterminated
 * event means.
 *
 * <p>Memory is bounded: a line, and the data of one event, may be at most {@code maxEventBytes};
 * past that, {@link ResponseTooLargeException}. Not thread-safe.
 */
public final class SseDecoder {

  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final int maxEventBytes;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean afterCr;
  private boolean firstLine = true;
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private long eventBytes;
  private String eventType = "";
  private String lastEventId = "";
  private long retry = -1;

  /**
   * Creates a decoder.
   *
   * @param maxEventBytes the largest line and the largest event, in bytes
   */
  public SseDecoder(int maxEventBytes) {
    if (maxEventBytes < 1) {
      throw new IllegalArgumentException("maxEventBytes must be positive, was " + maxEventBytes);
    }
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * Decodes more bytes, handing every event they complete to {@code sink}, in order.
   *
   * @throws ResponseTooLargeException when a line or an event exceeds the limit
   */
  public void feed(byte[] bytes, int offset, int length, Consumer<ServerSentEvent> sink) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      byte b = bytes[i];
      if (afterCr) {
        afterCr = false;
        if (b == LF) {
          continue; // The LF of a CRLF whose CR ended the line already.
        }
      }
      if (b == CR || b == LF) {
        afterCr = b == CR;
        endLine(sink, true);
      } else {
        append(b);
      }
    }
  }

  /**
   * Ends the input: a last line without line end is processed, and a pending event is dispatched
   * as unterminated.
   */
  public void finish(Consumer<ServerSentEvent> sink) {
    if (lineLength > 0) {
      endLine(sink, false);
    }
    if (hasData) {
      dispatch(sink, false);
    }
    afterCr = false;
  }

  private void append(byte b) {
    if (lineLength == line.length) {
      if (lineLength >= maxEventBytes) {
        throw tooLarge();
      }
      line = Arrays.copyOf(line, (int) Math.min(maxEventBytes, (long) line.length * 2));
    }
    line[lineLength++] = b;
  }

  private void endLine(Consumer<ServerSentEvent> sink, boolean complete) {
    int start = 0;
    if (firstLine) {
      firstLine = false;
      if (lineLength >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
        start = 3;
      }
    }
    int length = lineLength - start;
    lineLength = 0;
    if (line.length > 64 * 1024) {
      line = new byte[256]; // Give back the memory of an exceptionally long line.
    }
    if (length == 0) {
      if (complete) {
        dispatch(sink, true);
      }
      return;
    }
    if (line[start] == ':') {
      return; // A comment, e.g. ": keep-alive".
    }
    eventBytes += length;
    if (eventBytes > maxEventBytes) {
      throw tooLarge();
    }
    String text = new String(line, start, length, StandardCharsets.UTF_8);
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = "";
    if (colon >= 0) {
      int valueStart = colon + 1;
      if (valueStart < text.length() && text.charAt(valueStart) == ' ') {
        valueStart++;
      }
      value = text.substring(valueStart);
    }
    switch (field) {
      case "data":
        if (hasData) {
          data.append('\n');
        }
        data.append(value);
        hasData = true;
        break;
      case "event":
        eventType = value;
        break;
      case "id":
        if (value.indexOf('\0') < 0) {
          lastEventId = value;
        }
        break;
      case "retry":
        if (!value.isEmpty() && value.length() <= 18 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
          retry = Long.parseLong(value);
        }
        break;
      default:
        break; // Unknown fields are ignored, as the format requires.
    }
  }

  private void dispatch(Consumer<ServerSentEvent> sink, boolean terminated) {
    if (hasData) {
      ServerSentEvent event = new ServerSentEvent(eventType.isEmpty() ? "message" : eventType, data.toString(),
          lastEventId, retry, terminated);
      reset();
      sink.accept(event);
    } else {
      reset();
    }
  }

  private void reset() {
    data.setLength(0);
    if (data.capacity() > 64 * 1024) {
      data.trimToSize();
    }
    hasData = false;
    eventBytes = 0;
    eventType = "";
    retry = -1;
  }

  private ResponseTooLargeException tooLarge() {
    return new ResponseTooLargeException("a server-sent event is larger than the limit of " + maxEventBytes
        + " bytes", maxEventBytes);
  }
}
