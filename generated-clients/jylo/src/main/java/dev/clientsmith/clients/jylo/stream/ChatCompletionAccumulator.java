package dev.clientsmith.clients.jylo.stream;

import dev.clientsmith.clients.jylo.model.CompletionChunk;
import dev.clientsmith.clients.jylo.model.Usage;
import dev.clientsmith.runtime.accumulate.AccumulatedChat;
import dev.clientsmith.runtime.accumulate.ChatFold;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds the chunks of a streamed chat completion ({@link CompletionChunk}) into its final message: {@code finishReason}, {@code usage}, {@code role}, {@code content}.
 *
 * <pre>{@code
 * ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
 * try (StreamResponse<CompletionChunk> stream = client.completions().createStreaming(modelIdentifier, params)) {
 *   stream.forEach(acc::add);
 * }
 * acc.result().content()
 * }</pre>
 *
 * <p>Tolerant of what OpenAI-compatible servers are known to send: a missing {@code index}, an empty or repeated tool-call id, empty chunks, usage in a last chunk without choices (the rules: {@link ChatFold}).
 * Not thread-safe: one accumulator per stream.
 */
public final class ChatCompletionAccumulator {
  private final ChatFold<String, Usage> fold = new ChatFold<>();

  /**
   * An accumulator with nothing folded yet.
   */
  public ChatCompletionAccumulator() {
  }

  /**
   * Folds one chunk in, in the order the stream delivered it.
   *
   * @param chunk the next chunk
   */
  public void add(CompletionChunk chunk) {
    Objects.requireNonNull(chunk, "chunk");
    fold.chunk(chunk.id().orElse(null), chunk.model().orElse(null), null,
        chunk.usage().orElse(null));
    List<CompletionChunk.Choice> choices = Optional.of(chunk.choices()).orElse(List.of());
    for (int i = 0; i < choices.size(); i++) {
      CompletionChunk.Choice c = choices.get(i);
      ChatFold.Choice<String> choice = fold.choice(c.index().orElse(null), i);
      c.finishReason().ifPresent(choice::finishReason);
      c.delta().ifPresent(d -> {
        d.role().ifPresent(choice::role);
        d.content().ifPresent(choice::content);
      });
    }
  }

  /**
   * What the chunks folded so far add up to; usually asked once the stream has ended.
   */
  public AccumulatedChat<String, Usage> result() {
    return fold.result();
  }
}
