package dev.clientsmith.runtime.http;

import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The timer that bounds attempts in time: an action runs when a deadline passes, unless the task
 * was cancelled first. Part of the runtime, not of its API; public only because the transport and
 * the runtime live in two packages.
 *
 * <p>Why not {@code CompletableFuture.orTimeout} or a {@code ScheduledExecutorService}: almost
 * every attempt ends long before its deadline, and those wake their timer thread whenever a new
 * task becomes the earliest, which, when calls follow each other, is every call: a context switch
 * per call, measured at 20 to 30 µs of a 300 µs loopback call on a loaded machine. Here scheduling
 * wakes the thread only when the new deadline is earlier than the one it sleeps until; a cancelled
 * task is merely removed, and the thread, should it wake for nothing, sleeps again until the next
 * deadline. With equal timeouts, the thread wakes about once per timeout, whatever the call rate.
 *
 * <p>One daemon thread serves the whole JVM; it is started on first use and ends after a minute
 * without tasks. Actions run on it and must be short (closing a stream, cancelling a future).
 */
public final class DeadlineTimer {

  private static final DeadlineTimer SHARED = new DeadlineTimer();
  /** How long the thread waits without tasks before it ends. */
  private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final ConcurrentSkipListSet<Task> tasks = new ConcurrentSkipListSet<>();
  private final AtomicLong sequence = new AtomicLong();
  /** The deadline the thread sleeps until; read by {@link #schedule} to decide whether to wake it. */
  private volatile long sleepingUntil;
  /** Whether the thread sleeps without a deadline: any new task must wake it. */
  private volatile boolean sleepingIdle = true;
  private Thread thread;
  private final Object threadLock = new Object();

  private DeadlineTimer() {
  }

  /** Returns the timer shared by every client of this JVM. */
  public static DeadlineTimer shared() {
    return SHARED;
  }

  /**
   * Runs {@code action} at {@code deadline} unless the returned task is cancelled before.
   *
   * @param deadline a {@link System#nanoTime()} value
   * @param action what to do then; runs on the timer's thread
   * @return the task
   */
  public Task schedule(long deadline, Runnable action) {
    Task task = new Task(this, deadline, sequence.getAndIncrement(), action);
    tasks.add(task);
    // The thread publishes what it sleeps until before it looks at the earliest task again, and
    // this reads it after adding: one of the two sees the other, so no deadline is slept through.
    if (sleepingIdle || deadline - sleepingUntil < 0) {
      wake();
    }
    return task;
  }

  private void wake() {
    synchronized (threadLock) {
      if (thread == null) {
        thread = new Thread(this::run, "clientsmith-timer");
        thread.setDaemon(true); // A pending timeout must not keep the JVM alive.
        thread.start();
      } else {
        LockSupport.unpark(thread);
      }
    }
  }

  private void run() {
    long idleSince = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      Task first = tasks.isEmpty() ? null : firstOrNull();
      while (first != null && first.deadline - now <= 0) {
        tasks.remove(first);
        first.fire();
        first = firstOrNull();
      }
      if (first == null) {
        sleepingIdle = true;
        if (!tasks.isEmpty()) {
          continue; // Scheduled meanwhile: look again.
        }
        if (now - idleSince >= IDLE_NANOS) {
          synchronized (threadLock) {
            if (tasks.isEmpty()) {
              thread = null;
              return;
            }
          }
          continue;
        }
        LockSupport.parkNanos(this, IDLE_NANOS);
      } else {
        sleepingUntil = first.deadline;
        sleepingIdle = false;
        Task earliest = firstOrNull();
        if (earliest != first) {
          continue; // An earlier task arrived meanwhile: recompute.
        }
        LockSupport.parkNanos(this, first.deadline - now);
        idleSince = System.nanoTime();
      }
    }
  }

  private Task firstOrNull() {
    try {
      return tasks.first();
    } catch (java.util.NoSuchElementException empty) {
      return null;
    }
  }

  /** A scheduled action. */
  public static final class Task implements Comparable<Task> {
    private static final int PENDING = 0;
    private static final int CANCELLED = 1;
    private static final int FIRED = 2;

    private final DeadlineTimer timer;
    private final long deadline;
    private final long order;
    private final Runnable action;
    private final AtomicInteger state = new AtomicInteger(PENDING);

    private Task(DeadlineTimer timer, long deadline, long order, Runnable action) {
      this.timer = timer;
      this.deadline = deadline;
      this.order = order;
      this.action = action;
    }

    /**
     * Cancels the task; returns {@code true} if its action had not run (and now never will).
     * Idempotent: a second call returns what the first did.
     */
    public boolean cancel() {
      if (state.compareAndSet(PENDING, CANCELLED)) {
        timer.tasks.remove(this);
        return true;
      }
      return state.get() == CANCELLED;
    }

    /** Whether the deadline passed and the action ran (or is running). */
    public boolean fired() {
      return state.get() == FIRED;
    }

    private void fire() {
      if (state.compareAndSet(PENDING, FIRED)) {
        try {
          action.run();
        } catch (RuntimeException e) {
          // An action that fails must not stop the timer of every other call; the call it bounds
          // learns of the timeout through fired().
        }
      }
    }

    @Override
    public int compareTo(Task other) {
      int byDeadline = Long.compare(deadline - other.deadline, 0);
      return byDeadline != 0 ? byDeadline : Long.compare(order, other.order);
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(order);
    }
  }
}
