package dev.clientsmith.runtime;

import dev.clientsmith.runtime.http.DeadlineTimer;
import dev.clientsmith.runtime.http.TransportResponse;

/**
 * Closes a response when the deadline of its attempt passes, which makes a read blocked on the
 * network fail at once. A task of the shared {@link DeadlineTimer}: arming and disarming it wakes
 * no thread in the usual case, where the attempt ends first.
 */
final class Watchdog {

  private final DeadlineTimer.Task timer;

  /**
   * Arms the watchdog.
   *
   * @param response the response to close when time runs out
   * @param deadline the {@link System#nanoTime()} at which it runs out
   */
  Watchdog(TransportResponse response, long deadline) {
    this.timer = DeadlineTimer.shared().schedule(deadline, response::close);
  }

  /** Stops the timer; returns {@code true} if it had not fired yet. Idempotent. */
  boolean disarm() {
    return timer.cancel();
  }
}
