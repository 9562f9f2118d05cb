package org.creditgov.bench.repair;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Repair replay throughput (REP-2, REP-3), in events per second on one thread: {@link
 * Repair#replay} over 10,000 stored histories (applied, accepted or not, decided or withdrawn),
 * against a hand-written loop over the same events in the same run that folds only the status and
 * the closing date, without checks. The target is at least 1,000,000 events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RepairReplayBenchmark {

  static final int HISTORIES = 10_000;

  private ImmutableList<RepairEvent>[] histories;
  /** The events of all histories; @OperationsPerInvocation needs a constant, so the benchmark checks it. */
  static final int EVENTS = 28_746;

  @Setup
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
  public void setUp() {
    List<ImmutableList<RepairEvent>> made = BenchRepairs.histories(HISTORIES);
    histories = made.toArray(new ImmutableList[0]);
    int events = made.stream().mapToInt(List::size).sum();
    if (events != EVENTS) {
      throw new IllegalStateException("expected " + EVENTS + " events, made " + events);
    }
  }

  /** The library: replay each history into a {@link Repair}. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public int replay(Blackhole bh) {
    int approved = 0;
    for (ImmutableList<RepairEvent> h : histories) {
      Repair r = Repair.replay(h);
      approved += r.status() == RepairStatus.APPROVED ? 1 : 0;
      bh.consume(r);
    }
    return approved;
  }

  /** The baseline: a plain loop over the same events, folding the status and the closing date only. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public int handWrittenLoop(Blackhole bh) {
    int approved = 0;
    for (ImmutableList<RepairEvent> h : histories) {
      RepairStatus status = null;
      LocalDate closed = null;
      for (int i = 0, n = h.size(); i < n; i++) {
        RepairEvent e = h.get(i);
        if (e instanceof RepairEvent.Applied) {
          status = RepairStatus.APPLIED;
        } else if (e instanceof RepairEvent.Accepted) {
          status = RepairStatus.ACCEPTED;
        } else if (e instanceof RepairEvent.NotAccepted) {
          status = RepairStatus.NOT_ACCEPTED;
          closed = e.on();
        } else if (e instanceof RepairEvent.Decided d) {
          status = d.decision().approves() ? RepairStatus.APPROVED : RepairStatus.REFUSED;
          closed = e.on();
        } else {
          status = RepairStatus.WITHDRAWN;
          closed = e.on();
        }
      }
      approved += status == RepairStatus.APPROVED ? 1 : 0;
      bh.consume(status);
      bh.consume(closed);
    }
    return approved;
  }
}
