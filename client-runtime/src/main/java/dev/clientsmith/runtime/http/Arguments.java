package dev.clientsmith.runtime.http;

import java.time.Duration;

/** Argument checks the builders share, so every option fails with the same kind of message. */
public final class Arguments {
  private Arguments() {}

  /** {@code value}, if it is a positive duration; else {@code "<name> must be positive, was <value>"}. */
  public static Duration positive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** {@code value}, if it is positive; else {@code "<name> must be positive, was <value>"}. */
  public static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** {@code value}, if it is zero or more; else {@code "<name> must be zero or positive, was <value>"}. */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
    }
    return value;
  }
}
