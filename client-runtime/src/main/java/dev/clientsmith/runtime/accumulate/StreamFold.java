package dev.clientsmith.runtime.accumulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What chat and text folds share: the chunk's own fields and the choices, by index.
 *
 * @param <C> the state of one choice
 * @param <U> the module's usage type
 */
abstract class StreamFold<C, U> {
  private final TreeMap<Integer, C> choices = new TreeMap<>();
  private final Supplier<C> newChoice;
  private String id;
  private String model;
  private Long created;
  private U usage;
  private int chunks;

  StreamFold(Supplier<C> newChoice) {
    this.newChoice = newChoice;
  }

  /**
   * Takes the fields of one chunk; call it once per chunk, before its choices. Any argument may be
   * null (the chunk lacks it, or the chunk type has no such field).
   *
   * @param id the chunk's {@code id}
   * @param model the chunk's {@code model}
   * @param created the chunk's {@code created} (seconds since the epoch)
   * @param usage the chunk's {@code usage}
   */
  public void chunk(String id, String model, Number created, U usage) {
    chunks++;
    if (this.id == null && id != null && !id.isEmpty()) {
      this.id = id;
    }
    if (this.model == null && model != null && !model.isEmpty()) {
      this.model = model;
    }
    if (this.created == null && created != null) {
      this.created = created.longValue();
    }
    if (usage != null) {
      this.usage = usage;
    }
  }

  /**
   * The state of one choice of the current chunk; call it once per element of the chunk's
   * {@code choices}.
   *
   * @param index the choice's {@code index}, or null when the server left it out
   * @param position where the choice stands in the chunk's {@code choices}: its index when it has none
   */
  C slot(Number index, int position) {
    int key = validIndex(index).orElse(position);
    return choices.computeIfAbsent(key, k -> newChoice.get());
  }

  /** A usable index: a whole, non-negative number; anything else counts as missing. */
  static Optional<Integer> validIndex(Number index) {
    if (index == null) {
      return Optional.empty();
    }
    double value = index.doubleValue();
    if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of((int) value);
  }

  <R> List<R> choices(ChoiceResult<C, R> result) {
    List<R> out = new ArrayList<>();
    choices.forEach((index, choice) -> out.add(result.of(index, choice)));
    return out;
  }

  /** Turns the state of a choice into its result. */
  interface ChoiceResult<C, R> {
    R of(int index, C choice);
  }

  Optional<String> id() {
    return Optional.ofNullable(id);
  }

  Optional<String> model() {
    return Optional.ofNullable(model);
  }

  Optional<Long> created() {
    return Optional.ofNullable(created);
  }

  Optional<U> usage() {
    return Optional.ofNullable(usage);
  }

  int chunks() {
    return chunks;
  }

  /** Appends {@code part} unless it is null; a builder is made on the first part. */
  static StringBuilder append(StringBuilder text, String part) {
    if (part == null) {
      return text;
    }
    StringBuilder out = text == null ? new StringBuilder() : text;
    return out.append(part);
  }

  static Optional<String> text(StringBuilder text) {
    return text == null ? Optional.empty() : Optional.of(text.toString());
  }

  /** The first non-empty value: later ones are the same value repeated, or noise. */
  static String first(String current, String candidate) {
    return current == null && candidate != null && !candidate.isEmpty() ? candidate : current;
  }
}
