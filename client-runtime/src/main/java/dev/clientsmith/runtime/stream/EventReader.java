package dev.clientsmith.runtime.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.runtime.errors.ResponseParseException;
import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import dev.clientsmith.runtime.errors.StreamErrorException;
import dev.clientsmith.runtime.errors.StreamTruncatedException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads the events of a {@code text/event-stream} body one by one and binds each event's data,
 * once, to the chunk type of a {@link StreamSpec}: the pull side of {@link SseDecoder}. Reads in
 * blocks of 8 KiB, so memory stays flat however long the stream runs. Not thread-safe.
 *
 * @param <T> the chunk type
 */
public final class EventReader<T> {

  private static final int BLOCK = 8192;

  private final InputStream body;
  private final StreamSpec<T> spec;
  private final ObjectMapper mapper;
  private final String what;
  private final UnaryOperator<String> redact;
  private final SseDecoder decoder;
  private final ArrayDeque<ServerSentEvent> pending = new ArrayDeque<>();
  private final byte[] block = new byte[BLOCK];
  private boolean ended;
  private boolean doneSeen;
  /** A failure of the decoder, raised once the events decoded before it have been returned. */
  private RuntimeException deferred;
  private long events;

  /**
   * Creates a reader.
   *
   * @param body the response body; read, not closed
   * @param spec the chunk and error types
   * @param mapper the mapper to bind with
   * @param what the call, for messages, e.g. {@code POST /v1/chat/completions}
   * @param redact removes secrets from text that goes into exceptions
   * @param maxEventBytes the largest event accepted
   */
  public EventReader(InputStream body, StreamSpec<T> spec, ObjectMapper mapper, String what,
      UnaryOperator<String> redact, int maxEventBytes) {
    this.body = Objects.requireNonNull(body, "body");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.what = Objects.requireNonNull(what, "what");
    this.redact = Objects.requireNonNull(redact, "redact");
    this.decoder = new SseDecoder(maxEventBytes);
  }

  /**
   * Returns the next chunk, or {@code null} at the end of the stream.
   *
   * @throws IOException when reading the body fails (the caller knows whether it timed out or
   *     was closed)
   * @throws StreamErrorException for an error sent in the stream
   * @throws StreamTruncatedException when the input ends before {@code [DONE]} or inside an event
   * @throws ResponseParseException when an event's data does not match the chunk type
   * @throws dev.clientsmith.runtime.errors.ResponseTooLargeException when an event is too large
   */
  public T next() throws IOException {
    while (true) {
      ServerSentEvent event = nextEvent();
      if (event == null) {
        return null;
      }
      T chunk = bind(event);
      if (chunk != null) {
        events++;
        return chunk;
      }
    }
  }

  /** Returns how many chunks were returned so far. */
  public long events() {
    return events;
  }

  private ServerSentEvent nextEvent() throws IOException {
    while (pending.isEmpty()) {
      if (deferred != null) {
        ended = true;
        RuntimeException failure = deferred;
        deferred = null;
        throw failure;
      }
      if (ended) {
        return null;
      }
      int read = body.read(block, 0, BLOCK);
      if (read < 0) {
        try {
          decoder.finish(pending::add);
        } catch (ResponseTooLargeException e) {
          deferred = new ResponseTooLargeException(what + ": " + e.getMessage(), e.limit());
          continue;
        }
        if (pending.isEmpty()) {
          ended = true;
          if (spec.requiresDoneSentinel()) {
            throw new StreamTruncatedException(what + ": the stream ended after " + events
                + " events without " + StreamSpec.DONE + "; the response is incomplete", events, null);
          }
          return null;
        }
        // The decoder has flushed; further reads would only repeat the end of input.
        ended = true;
      } else {
        try {
          decoder.feed(block, 0, read, pending::add);
        } catch (ResponseTooLargeException e) {
          deferred = new ResponseTooLargeException(what + ": " + e.getMessage(), e.limit());
        }
      }
    }
    return pending.poll();
  }

  /** The chunk of an event; {@code null} for the end sentinel (and then nothing more is read). */
  private T bind(ServerSentEvent event) {
    String data = event.data();
    if (spec.requiresDoneSentinel() && data.strip().equals(StreamSpec.DONE)) {
      pending.clear();
      deferred = null; // What came after the end does not matter.
      ended = true;
      doneSeen = true;
      return null;
    }
    if (event.event().equals("error") || isErrorObject(data)) {
      throw streamError(event);
    }
    try {
      T chunk = spec.reader(mapper).readValue(data);
      if (chunk == null) {
        throw new ResponseParseException(200, what + ": event " + (events + 1) + " of the stream is null, not a "
            + spec.chunkTypeName(), null);
      }
      return chunk;
    } catch (JsonProcessingException e) {
      if (!event.terminated()) {
        throw new StreamTruncatedException(what + ": the stream ended inside event " + (events + 1), events, null);
      }
      String reason = redact.apply(e.getOriginalMessage());
      throw new ResponseParseException(200, what + ": event " + (events + 1) + " of the stream is not a valid "
          + spec.chunkTypeName() + ": " + reason, null);
    }
  }

  /** Whether the stream has ended with its sentinel (or cleanly, without one required). */
  public boolean completed() {
    return doneSeen || ended && !spec.requiresDoneSentinel();
  }

  /**
   * Whether data is a JSON object whose first member is {@code "error"} holding an object or a
   * string: how OpenAI-compatible servers report a failure after the 200 status went out. Checked
   * on the text, without parsing it twice.
   */
  static boolean isErrorObject(String data) {
    int i = skipSpace(data, 0);
    if (i >= data.length() || data.charAt(i) != '{') {
      return false;
    }
    i = skipSpace(data, i + 1);
    if (!data.startsWith("\"error\"", i)) {
      return false;
    }
    i = skipSpace(data, i + 7);
    if (i >= data.length() || data.charAt(i) != ':') {
      return false;
    }
    i = skipSpace(data, i + 1);
    return i < data.length() && (data.charAt(i) == '{' || data.charAt(i) == '"');
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private StreamErrorException streamError(ServerSentEvent event) {
    String raw = redact.apply(event.data());
    Object typed = null;
    Optional<Type> errorType = spec.streamErrorType();
    if (errorType.isPresent()) {
      try {
        typed = mapper.readerFor(mapper.getTypeFactory().constructType(errorType.get())).readValue(event.data());
      } catch (IOException | RuntimeException notMatching) {
        typed = null; // The raw data is kept; the caller must learn about the error, not our parser.
      }
    }
    String oneLine = raw.strip().replaceAll("\\s+", " ");
    String summary = oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500) + "...";
    return new StreamErrorException(what + ": the server reported an error in the stream after " + events
        + " events: " + summary, event.event(), raw, typed);
  }
}
