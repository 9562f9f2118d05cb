package org.creditgov.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.creditgov.rules.sync.SyncTarget;

/**
 * Worker threads that dispatch a {@link JdbcOutbox} (REP-3) until closed: each target has its own
 * workers ({@code threads} spread over the targets, at least one each), so a slow or failing
 * target holds up only its own; each worker runs {@link JdbcOutbox#dispatch} rounds and pauses
 * when nothing is due (5 ms, doubling up to 200 ms while nothing comes). Any number of dispatchers, in any number of processes, may run over one
 * database: claims skip what another holds, leases hand over what a dead one held.
 *
 * <pre>{@code
 * try (Dispatcher d = outbox.dispatcher(Map.of(SyncTarget.CREDIT_CHINA, creditChina::push,
 *     SyncTarget.SHARING_PLATFORM, platform::push), 8).start()) {
 *   ...
 * }
 * }</pre>
 */
public final class Dispatcher implements AutoCloseable {

  private static final int BATCH = 100;
  private static final long FIRST_IDLE_MILLIS = 5;
  private static final long MAX_IDLE_MILLIS = 200;

  private final JdbcOutbox outbox;
  private final ImmutableMap<SyncTarget, ChangeSender> senders;
  private final String name = "dispatcher-" + UUID.randomUUID();
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong storeErrors = new AtomicLong();
  private final int threads;
  private volatile boolean running;

  Dispatcher(JdbcOutbox outbox, Map<SyncTarget, ? extends ChangeSender> senders, int threads) {
    this.outbox = outbox;
    checkArgument(threads > 0, "threads must be positive: %s", threads);
    for (SyncTarget t : outbox.targets()) {
      checkArgument(senders.containsKey(t), "no sender for %s", t.code());
    }
    this.senders = ImmutableMap.copyOf(senders);
    this.threads = threads;
  }

  /**
   * Starts the workers.
   *
   * @throws IllegalStateException if started already
   */
  public synchronized Dispatcher start() {
    checkState(workers.isEmpty(), "started already");
    running = true;
    ImmutableList<SyncTarget> targets = outbox.targets();
    int n = Math.max(threads, targets.size());
    for (int i = 0; i < n; i++) {
      SyncTarget target = targets.get(i % targets.size());
      ChangeSender sender = requireNonNull(senders.get(target));
      String owner = name + "-" + i;
      Thread t = new Thread(() -> work(target, sender, owner), owner);
      t.setDaemon(true);
      workers.add(t);
    }
    workers.forEach(Thread::start);
    return this;
  }

  private void work(SyncTarget target, ChangeSender sender, String owner) {
    long idle = FIRST_IDLE_MILLIS;
    while (running) {
      Dispatched round;
      try {
        round = outbox.dispatch(target, sender, owner, BATCH);
      } catch (StoreException e) {
        storeErrors.incrementAndGet(); // the database went away: try again after a pause
        round = Dispatched.NONE;
      }
      acknowledged.addAndGet(round.acknowledged());
      failures.addAndGet(round.failed());
      if (round.claimed() > 0) {
        idle = FIRST_IDLE_MILLIS;
      } else if (pause(idle)) {
        idle = Math.min(MAX_IDLE_MILLIS, idle * 2); // nothing due: ask less and less often, up to 5 times a second
      } else {
        return;
      }
    }
  }

  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The deliveries this dispatcher's workers have seen acknowledged. */
  public long acknowledged() {
    return acknowledged.get();
  }

  /** The attempts its senders failed. */
  public long failures() {
    return failures.get();
  }

  /** The rounds the database failed. */
  public long storeErrors() {
    return storeErrors.get();
  }

  /** Stops the workers after their current round and waits for them. */
  @Override
  public synchronized void close() {
    running = false;
    boolean interrupted = false;
    for (Thread t : workers) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Dispatcher[" + name + ", " + workers.size() + " workers]";
  }
}
