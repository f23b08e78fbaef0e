package dev.clientsmith.runtime.accumulate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The final message of one choice of a streamed chat completion.
 *
 * @param index the choice's index
 * @param role the message's role (usually {@code assistant})
 * @param content the message's text, when any was sent
 * @param refusal the refusal, when the model refused
 * @param reasoning the reasoning text ({@code reasoning} or {@code reasoning_content}), when sent
 * @param toolCalls the tool calls, in the order they began
 * @param finishReason why the generation stopped
 * @param <F> the module's finish-reason type
 */
public record AccumulatedChatChoice<F>(
    int index,
    Optional<String> role,
    Optional<String> content,
    Optional<String> refusal,
    Optional<String> reasoning,
    List<AccumulatedToolCall> toolCalls,
    Optional<F> finishReason) {
  public AccumulatedChatChoice {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(refusal, "refusal");
    Objects.requireNonNull(reasoning, "reasoning");
    toolCalls = List.copyOf(toolCalls);
    Objects.requireNonNull(finishReason, "finishReason");
  }
}
