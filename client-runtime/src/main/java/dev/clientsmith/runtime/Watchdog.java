package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.TransportResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a response when the deadline of its attempt passes, which makes a read blocked on the
 * network fail at once. Built on {@link CompletableFuture#orTimeout}, so it needs no thread of its
 * own, and disarming it unschedules the timer.
 */
final class Watchdog {

  private final CompletableFuture<Void> timer;

  /**
   * Arms the watchdog.
   *
   * @param response the response to close when time runs out
   * @param deadline the {@link System#nanoTime()} at which it runs out
   */
  Watchdog(TransportResponse response, long deadline) {
    long remaining = Math.max(0, deadline - System.nanoTime());
    this.timer = new CompletableFuture<Void>().orTimeout(remaining, TimeUnit.NANOSECONDS);
    timer.whenComplete((ignored, error) -> {
      if (error != null) {
        response.close();
      }
    });
  }

  /** Stops the timer; returns {@code true} if it had not fired yet. Idempotent. */
  boolean disarm() {
    timer.complete(null);
    return !timer.isCompletedExceptionally();
  }
}
