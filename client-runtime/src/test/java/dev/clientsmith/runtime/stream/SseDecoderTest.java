package dev.clientsmith.runtime.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.runtime.errors.ResponseTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per rule of the event-stream format (and of the one deliberate deviation). */
class SseDecoderTest {

  static ServerSentEvent message(String data) {
    return new ServerSentEvent("message", data, "", -1, true);
  }

  static List<ServerSentEvent> decode(byte[] bytes, int... splits) {
    SseDecoder decoder = new SseDecoder(1 << 20);
    List<ServerSentEvent> events = new ArrayList<>();
    int from = 0;
    for (int split : splits) {
      decoder.feed(bytes, from, split - from, events::add);
      from = split;
    }
    decoder.feed(bytes, from, bytes.length - from, events::add);
    decoder.finish(events::add);
    return events;
  }

  static List<ServerSentEvent> decode(String text) {
    return decode(text.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("data lines are joined with LF", "data: a\ndata: b\n\n", List.of(message("a\nb"))),
        Arguments.of("one space after the colon is removed, no more", "data:  a\ndata:b\n\n", List.of(message(" a\nb"))),
        Arguments.of("a keep-alive comment is ignored", ": keep-alive\n\ndata: x\n\n", List.of(message("x"))),
        Arguments.of("an OpenRouter PROCESSING comment is ignored", ": PROCESSING\ndata: x\n\n", List.of(message("x"))),
        Arguments.of("event names the type", "event: delta\ndata: x\n\n",
            List.of(new ServerSentEvent("delta", "x", "", -1, true))),
        Arguments.of("the type is reset after each event", "event: delta\ndata: x\n\ndata: y\n\n",
            List.of(new ServerSentEvent("delta", "x", "", -1, true), message("y"))),
        Arguments.of("id is kept for later events", "id: 7\ndata: x\n\ndata: y\n\n",
            List.of(new ServerSentEvent("message", "x", "7", -1, true), new ServerSentEvent("message", "y", "7", -1, true))),
        Arguments.of("an id with NUL is ignored", "id: a\u0000b\ndata: x\n\n", List.of(message("x"))),
        Arguments.of("retry with digits is kept", "retry: 1500\ndata: x\n\n",
            List.of(new ServerSentEvent("message", "x", "", 1500, true))),
        Arguments.of("retry with other characters is ignored", "retry: 15s\ndata: x\n\n", List.of(message("x"))),
        Arguments.of("CR ends lines", "data: a\rdata: b\r\r", List.of(message("a\nb"))),
        Arguments.of("CRLF ends lines", "data: a\r\ndata: b\r\n\r\n", List.of(message("a\nb"))),
        Arguments.of("line ends may be mixed", "data: a\r\ndata: b\rdata: c\n\n", List.of(message("a\nb\nc"))),
        Arguments.of("a UTF-8 BOM at the start is skipped", "\uFEFFdata: x\n\n", List.of(message("x"))),
        Arguments.of("a BOM later is data", "data: \uFEFFx\n\n", List.of(message("\uFEFFx"))),
        Arguments.of("no data, no event", "event: ping\n\n: only comments\n\n", List.of()),
        Arguments.of("an empty data line is an empty event", "data\n\n", List.of(message(""))),
        Arguments.of("a field without colon has an empty value", "data\ndata\n\n", List.of(message("\n"))),
        Arguments.of("unknown fields are ignored", "foo: bar\ndata: x\n\n", List.of(message("x"))),
        Arguments.of("the last event without a blank line is dispatched unterminated", "data: [DONE]\n",
            List.of(new ServerSentEvent("message", "[DONE]", "", -1, false))),
        Arguments.of("the last line without a line end is dispatched unterminated", "data: [DONE]",
            List.of(new ServerSentEvent("message", "[DONE]", "", -1, false))),
        Arguments.of("multi-byte characters are kept", "data: grüße 日本 😀\n\n", List.of(message("grüße 日本 😀"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void followsTheRule(String rule, String input, List<ServerSentEvent> expected) {
    assertThat(decode(input)).containsExactlyElementsOf(expected);
  }

  @Test
  void crlfSplitAcrossTwoReadsIsOneLineEnd() {
    byte[] bytes = "data: a\r\n\r\ndata: b\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    // Split between the CR and the LF of the first line end: no empty line may appear there.
    assertThat(decode(bytes, 8)).containsExactly(message("a"), message("b"));
    assertThat(decode(bytes, 8, 10)).containsExactly(message("a"), message("b"));
  }

  @Test
  void multiByteCharacterSplitAcrossReadsIsDecodedWhole() {
    byte[] bytes = "data: 日本\n\n".getBytes(StandardCharsets.UTF_8);
    for (int split = 1; split < bytes.length; split++) {
      assertThat(decode(bytes, split)).as("split at %d", split).containsExactly(message("日本"));
    }
  }

  @Test
  void bomSplitAcrossReadsIsStillSkipped() {
    byte[] bytes = "\uFEFFdata: x\n\n".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(bytes, 1, 2)).containsExactly(message("x"));
  }

  @Test
  void anEventPastTheLimitFailsClearly() {
    SseDecoder decoder = new SseDecoder(64);
    byte[] line = ("data: " + "x".repeat(100) + "\n\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> decoder.feed(line, 0, line.length, event -> { }))
        .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("64 bytes");
  }

  @Test
  void manyLinesOfOneEventCountTogether() {
    SseDecoder decoder = new SseDecoder(64);
    byte[] lines = "data: 0123456789\n".repeat(10).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> decoder.feed(lines, 0, lines.length, event -> { }))
        .isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void memoryStaysFlatOverALongStream() {
    SseDecoder decoder = new SseDecoder(1024);
    byte[] event = "data: {\"choices\":[{\"delta\":{\"content\":\"token\"}}]}\n\n: keep-alive\n\n"
        .getBytes(StandardCharsets.UTF_8);
    long[] count = {0};
    // 200,000 events through a decoder limited to 1 KiB: nothing accumulates between events.
    for (int i = 0; i < 200_000; i++) {
      decoder.feed(event, 0, event.length, e -> count[0]++);
    }
    assertThat(count[0]).isEqualTo(200_000);
  }
}
