package dev.clientsmith.runtime.accumulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class TextFoldTest {
  @Test
  void concatenatesTextPerChoiceAndTakesUsageFromTheLastChunk() {
    TextFold<String, Integer> fold = new TextFold<>();
    fold.chunk("cmpl-1", "m", 1.7e9, null);
    fold.choice(0, 0).text("Once");
    fold.chunk("cmpl-1", "m", 1.7e9, null);
    fold.choice(0, 0).text(" upon");
    TextFold.Choice<String> last = fold.choice(0, 0);
    last.text(null);
    last.finishReason("length");
    fold.chunk("cmpl-1", "m", 1.7e9, 12);
    AccumulatedText<String, Integer> result = fold.result();
    assertThat(result.text()).contains("Once upon");
    assertThat(result.usage()).contains(12);
    assertThat(result.created()).contains(1_700_000_000L);
    assertThat(result.chunks()).isEqualTo(3);
    assertThat(result.choices()).extracting(AccumulatedTextChoice::index, AccumulatedTextChoice::finishReason)
        .containsExactly(tuple(0, java.util.Optional.of("length")));
  }

  @Test
  void missingIndexIsThePositionAndReasoningIsKeptApart() {
    TextFold<String, Integer> fold = new TextFold<>();
    fold.chunk(null, null, null, null);
    fold.choice(null, 0).text("a");
    fold.choice(null, 1).text("b");
    fold.chunk(null, null, null, null);
    fold.choice(null, 1).reasoning("why");
    AccumulatedText<String, Integer> result = fold.result();
    assertThat(result.choices()).extracting(c -> c.text().orElseThrow()).containsExactly("a", "b");
    assertThat(result.choices().get(1).reasoning()).contains("why");
    assertThat(result.choices().get(0).reasoning()).isEmpty();
    assertThat(result.id()).isEmpty();
  }
}
