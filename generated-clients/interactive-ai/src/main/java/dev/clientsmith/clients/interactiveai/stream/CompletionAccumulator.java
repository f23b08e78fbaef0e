package dev.clientsmith.clients.interactiveai.stream;

import dev.clientsmith.clients.interactiveai.model.CompletionChunk;
import dev.clientsmith.clients.interactiveai.model.CompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.CompletionUsage;
import dev.clientsmith.runtime.accumulate.AccumulatedText;
import dev.clientsmith.runtime.accumulate.TextFold;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds the chunks of a streamed text completion ({@link CompletionChunk}) into its final text: {@code finish_reason}, {@code usage}, {@code text}, {@code reasoning}.
 *
 * <pre>{@code
 * CompletionAccumulator acc = new CompletionAccumulator();
 * try (StreamResponse<CompletionChunk> stream = client.completions().createStreaming(params)) {
 *   stream.forEach(acc::add);
 * }
 * acc.result().text()
 * }</pre>
 *
 * <p>Tolerant of what OpenAI-compatible servers are known to send: a missing {@code index}, an empty or repeated tool-call id, empty chunks, usage in a last chunk without choices (the rules: {@link TextFold}).
 * Not thread-safe: one accumulator per stream.
 */
public final class CompletionAccumulator {
  private final TextFold<CompletionFinishReason, CompletionUsage> fold = new TextFold<>();

  /**
   * An accumulator with nothing folded yet.
   */
  public CompletionAccumulator() {
  }

  /**
   * Folds one chunk in, in the order the stream delivered it.
   *
   * @param chunk the next chunk
   */
  public void add(CompletionChunk chunk) {
    Objects.requireNonNull(chunk, "chunk");
    fold.chunk(chunk.id().orElse(null), chunk.model().orElse(null), chunk.created().orElse(null),
        chunk.usage().orElse(null));
    List<CompletionChunk.Choice> choices = Optional.of(chunk.choices()).orElse(List.of());
    for (int i = 0; i < choices.size(); i++) {
      CompletionChunk.Choice c = choices.get(i);
      TextFold.Choice<CompletionFinishReason> choice = fold.choice(c.index().orElse(null), i);
      c.finishReason().ifPresent(choice::finishReason);
      c.text().ifPresent(choice::text);
      c.reasoning().ifPresent(choice::reasoning);
    }
  }

  /**
   * What the chunks folded so far add up to; usually asked once the stream has ended.
   */
  public AccumulatedText<CompletionFinishReason, CompletionUsage> result() {
    return fold.result();
  }
}
