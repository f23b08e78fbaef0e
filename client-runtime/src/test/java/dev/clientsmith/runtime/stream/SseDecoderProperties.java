package dev.clientsmith.runtime.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However a valid byte stream is cut into reads, the decoder yields the same events. */
class SseDecoderProperties {

  static List<ServerSentEvent> decodeInPieces(byte[] bytes, List<Integer> cuts) {
    SseDecoder decoder = new SseDecoder(1 << 20);
    List<ServerSentEvent> events = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      int to = Math.min(bytes.length, from + cut);
      decoder.feed(bytes, from, to - from, events::add);
      from = to;
    }
    decoder.feed(bytes, from, bytes.length - from, events::add);
    decoder.finish(events::add);
    return events;
  }

  @Property(tries = 500)
  void anySplitDecodesToTheSameEvents(@ForAll("streams") byte[] stream, @ForAll("cuts") List<Integer> cuts) {
    List<ServerSentEvent> whole = decodeInPieces(stream, List.of());
    assertThat(decodeInPieces(stream, cuts)).isEqualTo(whole);
  }

  @Property(tries = 200)
  void byteByByteDecodesToTheSameEvents(@ForAll("streams") byte[] stream) {
    List<Integer> ones = new ArrayList<>();
    for (int i = 0; i < stream.length; i++) {
      ones.add(1);
    }
    assertThat(decodeInPieces(stream, ones)).isEqualTo(decodeInPieces(stream, List.of()));
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 40).list().ofMaxSize(60);
  }

  /** Streams of events made of the format's pieces: fields, comments, any line end, any text. */
  @Provide
  Arbitrary<byte[]> streams() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12),
        Arbitraries.of("{\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}", "[DONE]", "grüße", "日本語", "😀", " x", ":"));
    Arbitrary<String> eol = Arbitraries.of("\n", "\r", "\r\n");
    Arbitrary<String> field = Combinators.combine(Arbitraries.of("data: ", "data:", "event: ", "id: ", "retry: ", ": ", "x: "),
        text, eol).as((name, value, end) -> name + value + end);
    Arbitrary<String> event = Combinators.combine(field.list().ofMinSize(1).ofMaxSize(4), eol)
        .as((fields, end) -> String.join("", fields) + end);
    return Combinators.combine(Arbitraries.of("", "\uFEFF"), event.list().ofMaxSize(8))
        .as((bom, events) -> (bom + String.join("", events)).getBytes(StandardCharsets.UTF_8));
  }
}
