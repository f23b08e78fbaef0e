package com.acme.client.stream;

import com.acme.client.model.WidgetsNoteChunk;
import dev.clientsmith.runtime.accumulate.AccumulatedChat;
import dev.clientsmith.runtime.accumulate.ChatFold;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds the chunks of a streamed chat completion ({@link WidgetsNoteChunk}) into its final message: {@code role}, {@code content}.
 *
 * <pre>{@code
 * ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
 * try (StreamResponse<WidgetsNoteChunk> stream = client.widgets().notes().createStreaming(widgetId, params)) {
 *   stream.forEach(acc::add);
 * }
 * acc.result().content()
 * }</pre>
 *
 * <p>Tolerant of what OpenAI-compatible servers are known to send: a missing {@code index}, an empty or repeated tool-call id, empty chunks, usage in a last chunk without choices (the rules: {@link ChatFold}).
 * Not thread-safe: one accumulator per stream.
 */
public final class ChatCompletionAccumulator {
  private final ChatFold<Void, Void> fold = new ChatFold<>();

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
  public void add(WidgetsNoteChunk chunk) {
    Objects.requireNonNull(chunk, "chunk");
    fold.chunk(chunk.id().orElse(null), null, null, null);
    List<WidgetsNoteChunk.Choice> choices = Optional.of(chunk.choices()).orElse(List.of());
    for (int i = 0; i < choices.size(); i++) {
      WidgetsNoteChunk.Choice c = choices.get(i);
      ChatFold.Choice<Void> choice = fold.choice(c.index().orElse(null), i);
      c.delta().ifPresent(d -> {
        d.role().ifPresent(choice::role);
        d.content().ifPresent(choice::content);
      });
    }
  }

  /**
   * What the chunks folded so far add up to; usually asked once the stream has ended.
   */
  public AccumulatedChat<Void, Void> result() {
    return fold.result();
  }
}
