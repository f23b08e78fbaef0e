package dev.clientsmith.runtime.accumulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatFoldTest {
  /** A fragment of a tool call as a chunk carries it; null fields are absent. */
  record Fragment(Integer index, String id, String type, String name, String arguments) {}

  private static Consumer<ChatFold<String, String>> delta(Integer index, int position, Consumer<ChatFold.Choice<String>> fields) {
    return fold -> fields.accept(fold.choice(index, position));
  }

  private static Consumer<ChatFold<String, String>> toolChunk(Fragment... fragments) {
    return fold -> {
      fold.chunk("c1", "m", 1L, null);
      ChatFold.Choice<String> choice = fold.choice(0, 0);
      for (Fragment f : fragments) {
        choice.toolCall(f.index(), f.id(), f.type(), f.name(), f.arguments());
      }
    };
  }

  private static AccumulatedChat<String, String> fold(List<Consumer<ChatFold<String, String>>> chunks) {
    ChatFold<String, String> fold = new ChatFold<>();
    chunks.forEach(c -> c.accept(fold));
    return fold.result();
  }

  private static AccumulatedToolCall call(int index, String id, String name, String arguments) {
    return new AccumulatedToolCall(index, Optional.ofNullable(id), Optional.of("function"), Optional.ofNullable(name), arguments);
  }

  static Stream<Arguments> toolCallDeviations() {
    return Stream.of(
        Arguments.of("OpenAI: id and name once, arguments in fragments by index",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "get_weather", "")),
                toolChunk(new Fragment(0, null, null, null, "{\"city\":")),
                toolChunk(new Fragment(0, null, null, null, "\"Oslo\"}"))),
            List.of(call(0, "call_a", "get_weather", "{\"city\":\"Oslo\"}"))),
        Arguments.of("two parallel calls interleaved by index",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "a", ""), new Fragment(1, "call_b", "function", "b", "")),
                toolChunk(new Fragment(1, null, null, null, "{\"y\":2}")),
                toolChunk(new Fragment(0, null, null, null, "{\"x\":1}"))),
            List.of(call(0, "call_a", "a", "{\"x\":1}"), call(1, "call_b", "b", "{\"y\":2}"))),
        Arguments.of("missing index: the id starts a call, id-less fragments continue the one before",
            List.of(toolChunk(new Fragment(null, "call_a", "function", "a", "{\"x\"")),
                toolChunk(new Fragment(null, null, null, null, ":1}")),
                toolChunk(new Fragment(null, "call_b", "function", "b", "{}"))),
            List.of(call(0, "call_a", "a", "{\"x\":1}"), call(1, "call_b", "b", "{}"))),
        Arguments.of("empty id in later fragments counts as none",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "a", "{\"x\"")),
                toolChunk(new Fragment(0, "", "function", "", ":1}"))),
            List.of(call(0, "call_a", "a", "{\"x\":1}"))),
        Arguments.of("id and name repeated in every fragment are kept once",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "a", "{\"x\"")),
                toolChunk(new Fragment(0, "call_a", "function", "a", ":1}"))),
            List.of(call(0, "call_a", "a", "{\"x\":1}"))),
        Arguments.of("every parallel call at index 0, told apart by their ids",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "a", "{}")),
                toolChunk(new Fragment(0, "call_b", "function", "b", "{\"y\"")),
                toolChunk(new Fragment(0, null, null, null, ":2}"))),
            List.of(call(0, "call_a", "a", "{}"), call(1, "call_b", "b", "{\"y\":2}"))),
        Arguments.of("no id at all: calls are told apart by index only",
            List.of(toolChunk(new Fragment(0, null, "function", "a", "{}"), new Fragment(1, null, "function", "b", "{}"))),
            List.of(call(0, null, "a", "{}"), call(1, null, "b", "{}"))),
        Arguments.of("the whole call in one fragment",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "a", "{\"x\":1}"))),
            List.of(call(0, "call_a", "a", "{\"x\":1}"))),
        Arguments.of("a name streamed in parts is joined",
            List.of(toolChunk(new Fragment(0, "call_a", "function", "get_", "")),
                toolChunk(new Fragment(0, null, null, "weather", "{}"))),
            List.of(call(0, "call_a", "get_weather", "{}"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolCallDeviations")
  void mergesToolCallFragments(String name, List<Consumer<ChatFold<String, String>>> chunks, List<AccumulatedToolCall> expected) {
    assertThat(fold(chunks).firstChoice().orElseThrow().toolCalls()).as(name).isEqualTo(expected);
  }

  @Test
  void concatenatesTextAndKeepsFirstRoleAndLastFinishReason() {
    AccumulatedChat<String, String> result = fold(List.of(
        f -> f.chunk("c1", "m1", 17L, null),
        delta(0, 0, c -> {
          c.role("assistant");
          c.content("");
        }),
        f -> f.chunk("c1", "m1", 17L, null),
        delta(0, 0, c -> c.content("Hel")),
        f -> f.chunk("", null, null, null),
        delta(0, 0, c -> {
          c.role("");
          c.content("lo");
          c.refusal(null);
        }),
        f -> f.chunk("c1", "m1", 17L, null),
        delta(0, 0, c -> c.finishReason("stop"))));
    assertThat(result.id()).contains("c1");
    assertThat(result.model()).contains("m1");
    assertThat(result.created()).contains(17L);
    assertThat(result.chunks()).isEqualTo(4);
    AccumulatedChatChoice<String> choice = result.firstChoice().orElseThrow();
    assertThat(choice.role()).contains("assistant");
    assertThat(choice.content()).contains("Hello");
    assertThat(result.content()).contains("Hello");
    assertThat(choice.refusal()).isEmpty();
    assertThat(choice.reasoning()).isEmpty();
    assertThat(choice.finishReason()).contains("stop");
    assertThat(choice.toolCalls()).isEmpty();
  }

  @Test
  void usageComesFromTheLastChunkEvenWithoutChoices() {
    ChatFold<String, String> fold = new ChatFold<>();
    fold.chunk("c1", "m", 1L, null);
    fold.choice(0, 0).content("Hi");
    fold.chunk("c1", "m", 1L, null);
    fold.choice(0, 0).finishReason("stop");
    fold.chunk("c1", "m", 1L, "usage: 3+1");
    AccumulatedChat<String, String> result = fold.result();
    assertThat(result.usage()).contains("usage: 3+1");
    assertThat(result.choices()).hasSize(1);
    assertThat(result.content()).contains("Hi");
  }

  @Test
  void emptyChunksChangeNothing() {
    ChatFold<String, String> fold = new ChatFold<>();
    fold.chunk(null, null, null, null);
    fold.chunk("c1", "m", 1L, null);
    fold.choice(0, 0);
    ChatFold.Choice<String> empty = fold.choice(0, 0);
    empty.content(null);
    empty.role(null);
    empty.finishReason(null);
    AccumulatedChat<String, String> result = fold.result();
    assertThat(result.chunks()).isEqualTo(2);
    assertThat(result.firstChoice()).hasValueSatisfying(c -> {
      assertThat(c.content()).isEmpty();
      assertThat(c.role()).isEmpty();
      assertThat(c.finishReason()).isEmpty();
    });
    assertThat(new ChatFold<String, String>().result().choices()).isEmpty();
  }

  @Test
  void reasoningUnderEitherNameFillsOneTextAndTheSameTextTwiceInOneDeltaCountsOnce() {
    ChatFold<String, String> fold = new ChatFold<>();
    ChatFold.Choice<String> first = fold.choice(0, 0);
    first.reasoning("Think");
    first.reasoning("Think"); // the same fragment as reasoning_content
    ChatFold.Choice<String> second = fold.choice(0, 0);
    second.reasoning(null);
    second.reasoning("ing");
    ChatFold.Choice<String> third = fold.choice(0, 0);
    third.reasoning("ing"); // a new delta: the same text again is new text
    assertThat(fold.result().firstChoice().orElseThrow().reasoning()).contains("Thinkinging");
  }

  @Test
  void choicesWithoutIndexTakeTheirPositionInTheChunk() {
    ChatFold<String, String> fold = new ChatFold<>();
    fold.chunk("c", null, null, null);
    fold.choice(null, 0).content("a");
    fold.choice(null, 1).content("b");
    fold.chunk("c", null, null, null);
    fold.choice(null, 0).content("A");
    fold.choice(1, 1).content("B");
    fold.chunk("c", null, null, null);
    fold.choice(-1, 0).content("!"); // not a usable index either
    fold.choice(1.5, 1).content("?");
    assertThat(fold.result().choices()).extracting(AccumulatedChatChoice::index, c -> c.content().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "aA!"), org.assertj.core.groups.Tuple.tuple(1, "bB?"));
  }

  @Test
  void choicesAreOrderedByIndexWhateverOrderTheyArriveIn() {
    ChatFold<String, String> fold = new ChatFold<>();
    fold.choice(2L, 0).content("c");
    fold.choice(0.0, 1).content("a");
    fold.choice(1, 2).content("b");
    assertThat(fold.result().choices()).extracting(c -> c.content().orElseThrow()).containsExactly("a", "b", "c");
  }
}
