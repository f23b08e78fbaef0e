package dev.clientsmith.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class DeadlineTimerTest {

  private static long in(long millis) {
    return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
  }

  @Test
  void aPassedDeadlineRunsTheActionOnceAndCancellingThenReportsIt() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    DeadlineTimer.Task task = DeadlineTimer.shared().schedule(in(20), () -> {
      runs.incrementAndGet();
      ran.countDown();
    });
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(task.fired()).isTrue();
    assertThat(task.cancel()).as("too late: the action ran").isFalse();
    assertThat(runs).hasValue(1);
  }

  @Test
  void aCancelledTaskNeverRuns() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    DeadlineTimer.Task task = DeadlineTimer.shared().schedule(in(50), runs::incrementAndGet);
    assertThat(task.cancel()).isTrue();
    assertThat(task.cancel()).as("idempotent").isTrue();
    // A later task that does run shows the timer went past the cancelled one's deadline.
    CountDownLatch later = new CountDownLatch(1);
    DeadlineTimer.shared().schedule(in(150), later::countDown);
    assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runs).hasValue(0);
    assertThat(task.fired()).isFalse();
  }

  @Test
  void anEarlierDeadlineWakesATimerSleepingUntilALaterOne() throws Exception {
    DeadlineTimer.Task far = DeadlineTimer.shared().schedule(in(TimeUnit.HOURS.toMillis(1)), () -> { });
    try {
      CountDownLatch near = new CountDownLatch(1);
      DeadlineTimer.shared().schedule(in(10), near::countDown);
      assertThat(near.await(10, TimeUnit.SECONDS)).as("not slept through until the far deadline").isTrue();
    } finally {
      far.cancel();
    }
  }

  @Test
  void aFailingActionDoesNotStopTheTimer() throws Exception {
    DeadlineTimer.shared().schedule(in(5), () -> {
      throw new IllegalStateException("boom");
    });
    CountDownLatch after = new CountDownLatch(1);
    DeadlineTimer.shared().schedule(in(30), after::countDown);
    assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
  }
}
