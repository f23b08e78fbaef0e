package dev.clientsmith.runtime.json;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A JSON property value in one of three states: <em>absent</em> (the property is not in the
 * document), explicit <em>null</em> ({@code "p": null}) or a <em>value</em>.
 *
 * <p>APIs give absent and null different meanings: in a request, omitting {@code max_tokens} means
 * "use the default" while {@code "max_tokens": null} may mean "no limit"; in a response, a
 * required-but-nullable field that is missing signals a different server than one that sends
 * {@code null}. {@link Optional} (two states) cannot express that.
 *
 * <p>With the {@link NullableModule} registered (it is, in {@link ClientJson#mapper()}), a property
 * of this type annotated {@code @JsonInclude(JsonInclude.Include.NON_ABSENT)} is omitted when absent,
 * written as {@code null} when null, and read back into the same state; a property missing from the
 * input is {@link #absent()} (the builder or creator default), {@code null} becomes {@link #ofNull()}.
 *
 * <p>Immutable; {@link #equals} compares state and value.
 *
 * @param <T> the type of the value
 */
public final class Nullable<T> {

  private static final Nullable<?> ABSENT = new Nullable<>(State.ABSENT, null);
  private static final Nullable<?> NULL = new Nullable<>(State.NULL, null);

  private enum State { ABSENT, NULL, VALUE }

  private final State state;
  private final T value;

  private Nullable(State state, T value) {
    this.state = state;
    this.value = value;
  }

  /**
   * Returns the absent state: the property is not sent, not received.
   *
   * @param <T> the type of the value
   */
  @SuppressWarnings("unchecked")
  public static <T> Nullable<T> absent() {
    return (Nullable<T>) ABSENT;
  }

  /**
   * Returns the explicit-null state: the property is sent, or was received, as JSON {@code null}.
   *
   * @param <T> the type of the value
   */
  @SuppressWarnings("unchecked")
  public static <T> Nullable<T> ofNull() {
    return (Nullable<T>) NULL;
  }

  /**
   * Returns a present value.
   *
   * @param value the value, not {@code null} (use {@link #ofNull()} or {@link #ofNullable})
   * @param <T> the type of the value
   * @throws NullPointerException when {@code value} is {@code null}
   */
  public static <T> Nullable<T> of(T value) {
    return new Nullable<>(State.VALUE, Objects.requireNonNull(value, "value (use Nullable.ofNull() for JSON null)"));
  }

  /**
   * Returns a present value, or the explicit-null state when {@code value} is {@code null}. Never
   * returns absent: a Java {@code null} handed to a setter means "send null".
   *
   * @param value the value or {@code null}
   * @param <T> the type of the value
   */
  public static <T> Nullable<T> ofNullable(T value) {
    return value == null ? ofNull() : of(value);
  }

  /** Returns whether the property is absent. */
  public boolean isAbsent() {
    return state == State.ABSENT;
  }

  /** Returns whether the property is explicitly {@code null}. */
  public boolean isNull() {
    return state == State.NULL;
  }

  /** Returns whether the property has a (non-null) value. */
  public boolean isPresent() {
    return state == State.VALUE;
  }

  /** Returns whether the property is part of the JSON document: null or a value, not absent. */
  public boolean isDefined() {
    return state != State.ABSENT;
  }

  /**
   * Returns the value.
   *
   * @throws NoSuchElementException when absent or null; the message says which
   */
  public T get() {
    if (state != State.VALUE) {
      throw new NoSuchElementException(state == State.ABSENT ? "value is absent" : "value is null");
    }
    return value;
  }

  /** Returns the value, or {@code other} when absent or null. */
  public T orElse(T other) {
    return state == State.VALUE ? value : other;
  }

  /** Returns the value, or {@code null} when absent or null. */
  public T orElseNull() {
    return value;
  }

  /** Returns the value as an {@link Optional}; absent and null both become empty. */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /** Runs {@code action} with the value when there is one. */
  public void ifPresent(Consumer<? super T> action) {
    if (state == State.VALUE) {
      action.accept(value);
    }
  }

  /**
   * Transforms the value, keeping the absent and null states as they are.
   *
   * @param mapper applied to the value; must not return {@code null}
   * @param <U> the new value type
   */
  public <U> Nullable<U> map(Function<? super T, ? extends U> mapper) {
    if (state != State.VALUE) {
      @SuppressWarnings("unchecked")
      Nullable<U> same = (Nullable<U>) this;
      return same;
    }
    return of(mapper.apply(value));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Nullable)) {
      return false;
    }
    Nullable<?> that = (Nullable<?>) other;
    return state == that.state && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    // Fixed numbers, not the enum's identity hash, so hashes are stable from run to run.
    return state == State.VALUE ? value.hashCode() : state == State.ABSENT ? 0 : -1;
  }

  /** Returns {@code Nullable.absent}, {@code Nullable.null} or {@code Nullable[value]}. */
  @Override
  public String toString() {
    switch (state) {
      case ABSENT: return "Nullable.absent";
      case NULL: return "Nullable.null";
      default: return "Nullable[" + value + "]";
    }
  }
}
