package dev.clientsmith.runtime.accumulate;

import java.util.Objects;
import java.util.Optional;

/**
 * The final text of one choice of a streamed text completion.
 *
 * @param index the choice's index
 * @param text the generated text, when any was sent
 * @param reasoning the reasoning text, when sent
 * @param finishReason why the generation stopped
 * @param <F> the module's finish-reason type
 */
public record AccumulatedTextChoice<F>(int index, Optional<String> text, Optional<String> reasoning, Optional<F> finishReason) {
  public AccumulatedTextChoice {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(finishReason, "finishReason");
  }
}
