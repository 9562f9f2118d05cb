package org.creditgov.spring;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A task the application context runs on a schedule of its own thread from start to stop, and once
 * more when it stops, so that what was pending when the application shuts down is not left behind
 * (the outbox relay's last messages, the audit log's last checkpoint). A run that throws is logged
 * (its exception's type, never its message, which may quote data) and the schedule goes on.
 */
public abstract class PeriodicTask implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

  private final String name;
  private final Duration interval;
  private @Nullable ScheduledExecutorService executor;
  private @Nullable ScheduledFuture<?> schedule;

  /**
   * A task named {@code name} (its thread's name) run every {@code interval}.
   *
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  protected PeriodicTask(String name, Duration interval) {
    this.name = requireNonNull(name, "name");
    this.interval = requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the interval of " + name + " must be positive: " + interval);
    }
  }

  /** One run of the task. Called from one thread at a time. */
  protected abstract void runOnce();

  /** Runs the task now, on the caller's thread, as the schedule would. */
  public final synchronized void runNow() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      failed(e);
      LOG.warn("{}: a run failed ({}); the next run is in {}", name, e.getClass().getSimpleName(), interval);
    }
  }

  /** Called with what a run threw, before it is logged; counts it, say. */
  protected void failed(RuntimeException e) {}

  @Override
  public final synchronized void start() {
    if (executor != null) {
      return;
    }
    ScheduledExecutorService e = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    executor = e;
    long millis = interval.toMillis();
    schedule = e.scheduleWithFixedDelay(this::runNow, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public final void stop() {
    ScheduledExecutorService e;
    synchronized (this) {
      e = executor;
      if (e == null) {
        return;
      }
      ScheduledFuture<?> s = schedule;
      if (s != null) {
        s.cancel(false);
      }
      executor = null;
      schedule = null;
    }
    e.shutdown();
    try {
      if (!e.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("{}: a run did not end within 10 s of the stop", name);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    runNow();
  }

  @Override
  public final synchronized boolean isRunning() {
    return executor != null;
  }

  /** The task's name. */
  public final String name() {
    return name;
  }

  /** How often it runs. */
  public final Duration interval() {
    return interval;
  }
}
