package dev.clientsmith.runtime.accumulate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A streamed text completion, folded.
 *
 * @param id the completion's id
 * @param model the model that answered
 * @param created when the completion was created, in seconds since the epoch
 * @param choices the choices, by index
 * @param usage the token usage (sent in the last chunk, when the request asked for it)
 * @param chunks how many chunks were folded
 * @param <F> the module's finish-reason type
 * @param <U> the module's usage type
 */
public record AccumulatedText<F, U>(
    Optional<String> id,
    Optional<String> model,
    Optional<Long> created,
    List<AccumulatedTextChoice<F>> choices,
    Optional<U> usage,
    int chunks) {
  public AccumulatedText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(created, "created");
    choices = List.copyOf(choices);
    Objects.requireNonNull(usage, "usage");
  }

  /** The text of the choice of index 0, if it has any. */
  public Optional<String> text() {
    return choices.stream().filter(c -> c.index() == 0).findFirst().flatMap(AccumulatedTextChoice::text);
  }
}
