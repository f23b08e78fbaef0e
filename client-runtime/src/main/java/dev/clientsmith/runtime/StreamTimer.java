package dev.clientsmith.runtime;

import dev.clientsmith.runtime.errors.ApiTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds an open stream in time: the silence between two reads that bring bytes (the idle
 * timeout; keep-alive comments count as activity, since they prove the server is alive) and,
 * optionally, the whole call (the deadline). When either passes, the response is closed, which
 * makes the blocked read fail; {@link #timeout()} then says which limit fired. Needs no thread:
 * one delayed task at a time, rescheduled from the last activity.
 */
final class StreamTimer {

  private final Runnable abort;
  private final String what;
  private final long idleNanos;
  private final long deadline;
  private final Supplier<ApiTimeoutException> deadlinePassed;
  private volatile long lastActivity = System.nanoTime();
  private volatile boolean cancelled;
  private volatile ApiTimeoutException fired;

  /**
   * Starts the timer.
   *
   * @param abort closes the response
   * @param what the call, for messages
   * @param idle the longest silence
   * @param deadline the {@link System#nanoTime()} by which the call must end, or {@link Long#MAX_VALUE}
   * @param deadlinePassed the exception for a passed deadline
   */
  StreamTimer(Runnable abort, String what, Duration idle, long deadline, Supplier<ApiTimeoutException> deadlinePassed) {
    this.abort = abort;
    this.what = what;
    this.idleNanos = idle.toNanos();
    this.deadline = deadline;
    this.deadlinePassed = deadlinePassed;
    schedule(untilNextCheck(System.nanoTime(), idleNanos));
  }

  private boolean hasDeadline() {
    return deadline != Long.MAX_VALUE;
  }

  private long untilNextCheck(long now, long idleLeft) {
    return hasDeadline() ? Math.min(idleLeft, deadline - now) : idleLeft;
  }

  void activity() {
    lastActivity = System.nanoTime();
  }

  /** The timeout that closed the stream, or {@code null}. */
  ApiTimeoutException timeout() {
    return fired;
  }

  void cancel() {
    cancelled = true;
  }

  private void schedule(long delayNanos) {
    CompletableFuture.delayedExecutor(Math.max(1, delayNanos), TimeUnit.NANOSECONDS).execute(this::check);
  }

  private void check() {
    if (cancelled) {
      return;
    }
    long now = System.nanoTime();
    if (hasDeadline() && now - deadline >= 0) {
      fire(deadlinePassed.get());
      return;
    }
    long silent = now - lastActivity;
    if (silent >= idleNanos) {
      fire(new ApiTimeoutException(what + ": no data from the server for " + Call.format(Duration.ofNanos(idleNanos))
          + " (stream idle timeout)", null));
      return;
    }
    schedule(untilNextCheck(now, idleNanos - silent));
  }

  private void fire(ApiTimeoutException timeout) {
    fired = timeout;
    abort.run();
  }
}
