package dev.clientsmith.clients.cortecs.stream;

import dev.clientsmith.clients.cortecs.model.ChatCompletionChunk;
import dev.clientsmith.clients.cortecs.model.CompletionResponse;
import dev.clientsmith.runtime.accumulate.AccumulatedChat;
import dev.clientsmith.runtime.accumulate.ChatFold;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds the chunks of a streamed chat completion ({@link ChatCompletionChunk}) into its final message: {@code finish_reason}, {@code usage}, {@code role}, {@code content}, {@code reasoning_content}, {@code tool_calls (merged by index)}.
 *
 * <pre>{@code
 * ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
 * try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
 *   stream.forEach(acc::add);
 * }
 * acc.result().content()
 * }</pre>
 *
 * <p>Tolerant of what OpenAI-compatible servers are known to send: a missing {@code index}, an empty or repeated tool-call id, empty chunks, usage in a last chunk without choices (the rules: {@link ChatFold}).
 * Not thread-safe: one accumulator per stream.
 */
public final class ChatCompletionAccumulator {
  private final ChatFold<String, CompletionResponse.Usage> fold = new ChatFold<>();

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
  public void add(ChatCompletionChunk chunk) {
    Objects.requireNonNull(chunk, "chunk");
    fold.chunk(chunk.id().orElse(null), chunk.model().orElse(null), chunk.created().orElse(null),
        chunk.usage().orElse(null));
    List<ChatCompletionChunk.Choice> choices = Optional.of(chunk.choices()).orElse(List.of());
    for (int i = 0; i < choices.size(); i++) {
      ChatCompletionChunk.Choice c = choices.get(i);
      ChatFold.Choice<String> choice = fold.choice(c.index().orElse(null), i);
      c.finishReason().ifPresent(choice::finishReason);
      c.delta().ifPresent(d -> {
        d.role().ifPresent(choice::role);
        d.content().ifPresent(choice::content);
        d.reasoningContent().ifPresent(choice::reasoning);
        Optional.of(d.toolCalls()).ifPresent(calls -> {
          for (ChatCompletionChunk.Choice.Delta.ToolCall t : calls) {
            Optional<ChatCompletionChunk.Choice.Delta.ToolCall.Function> function = t.function();
            choice.toolCall(t.index().orElse(null), t.id().orElse(null), t.type().orElse(null),
                function.flatMap(ChatCompletionChunk.Choice.Delta.ToolCall.Function::name).orElse(null),
                function.flatMap(ChatCompletionChunk.Choice.Delta.ToolCall.Function::arguments).orElse(null));
          }
        });
      });
    }
  }

  /**
   * What the chunks folded so far add up to; usually asked once the stream has ended.
   */
  public AccumulatedChat<String, CompletionResponse.Usage> result() {
    return fold.result();
  }
}
