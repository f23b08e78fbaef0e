package dev.clientsmith.runtime.accumulate;

import java.util.Optional;

/**
 * Folds the chunks of a streamed text completion into the final text of each choice; fed like
 * {@link ChatFold}, with the rules of the {@linkplain dev.clientsmith.runtime.accumulate package}.
 * Not thread-safe: one fold per stream.
 *
 * @param <F> the module's finish-reason type
 * @param <U> the module's usage type
 */
public final class TextFold<F, U> extends StreamFold<TextFold.Choice<F>, U> {
  public TextFold() {
    super(Choice::new);
  }

  /**
   * The choice a chunk's element of {@code choices} adds to.
   *
   * @param index the element's {@code index}, or null when the server left it out
   * @param position where the element stands in the chunk's {@code choices}
   * @return the choice, to hand the element's fields to
   */
  public Choice<F> choice(Number index, int position) {
    return slot(index, position);
  }

  /** The text of every choice so far (usually called once the stream has ended). */
  public AccumulatedText<F, U> result() {
    return new AccumulatedText<>(id(), model(), created(),
        choices((index, c) -> new AccumulatedTextChoice<>(index, StreamFold.text(c.text), StreamFold.text(c.reasoning),
            Optional.ofNullable(c.finishReason))),
        usage(), chunks());
  }

  /**
   * The state of one choice.
   *
   * @param <F> the module's finish-reason type
   */
  public static final class Choice<F> {
    private StringBuilder text;
    private StringBuilder reasoning;
    private F finishReason;

    private Choice() {}

    /** A fragment of the {@code text}. */
    public void text(String fragment) {
      text = StreamFold.append(text, fragment);
    }

    /** A fragment of the {@code reasoning}. */
    public void reasoning(String fragment) {
      reasoning = StreamFold.append(reasoning, fragment);
    }

    /** The {@code finish_reason}; the last non-null one is kept. */
    public void finishReason(F finishReason) {
      if (finishReason != null) {
        this.finishReason = finishReason;
      }
    }
  }
}
