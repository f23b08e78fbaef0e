package dev.clientsmith.runtime.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The event-stream decoder on mutated streams (seeds: the recorded streams of client-tests).
 * Invariants: how the bytes are split into reads never changes the events; a limit only ever cuts
 * the stream short with {@link ResponseTooLargeException}, after exactly the events that fit; no
 * event is larger than the limit, and no value holds a line break the format would have split on.
 */
class SseDecoderFuzzTest {
  private static final int UNLIMITED = Integer.MAX_VALUE;

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void decode(byte[] bytes) {
    List<ServerSentEvent> whole = decode(bytes, UNLIMITED, bytes.length);
    assertThat(decode(bytes, UNLIMITED, 1)).as("fed byte by byte").isEqualTo(whole);
    // A split that depends on the input, so that the fuzzer explores reads ending anywhere.
    int split = 1 + Math.floorMod(java.util.Arrays.hashCode(bytes), 7);
    assertThat(decode(bytes, UNLIMITED, split)).as("fed %d bytes at a time", split).isEqualTo(whole);
    for (ServerSentEvent event : whole) {
      assertThat(event.event()).doesNotContain("\r", "\n");
      assertThat(event.id()).doesNotContain("\r", "\n", "\0");
      assertThat(event.data()).doesNotContain("\r");
    }

    int limit = 16;
    List<ServerSentEvent> limited = new ArrayList<>();
    SseDecoder decoder = new SseDecoder(limit);
    try {
      decoder.feed(bytes, 0, bytes.length, limited::add);
      decoder.finish(limited::add);
      assertThat(limited).as("events within a limit of %d bytes", limit).isEqualTo(whole);
    } catch (ResponseTooLargeException e) {
      assertThat(e.limit()).isEqualTo(limit);
      assertThat(limited.size()).as("events before the one over the limit").isLessThanOrEqualTo(whole.size());
      assertThat(limited).as("the events before the one over the limit").isEqualTo(whole.subList(0, limited.size()));
    }
    for (ServerSentEvent event : limited) {
      // In characters: an invalid byte decodes to one U+FFFD, three bytes in UTF-8.
      assertThat(event.data().length()).as("data of %s", event).isLessThanOrEqualTo(limit);
    }
  }

  private static List<ServerSentEvent> decode(byte[] bytes, int limit, int readSize) {
    List<ServerSentEvent> events = new ArrayList<>();
    SseDecoder decoder = new SseDecoder(limit);
    for (int offset = 0; offset < bytes.length; offset += readSize) {
      decoder.feed(bytes, offset, Math.min(readSize, bytes.length - offset), events::add);
    }
    decoder.finish(events::add);
    return events;
  }
}
