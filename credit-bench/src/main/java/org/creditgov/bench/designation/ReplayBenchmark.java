package org.creditgov.bench.designation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.RemovalReason;
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
 * Replay throughput, in events per second on one thread: {@link Designation#replay} over 10,000
 * stored histories (52,500 events), against a hand-written loop over the same events in the same
 * run that folds only what a minimal projection needs (status and listing dates), without checks.
 * The target is at least 1,000,000 events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {

  static final int DESIGNATIONS = 10_000;
  /** 10,000 × 5 events (proposed, notified, objection filed and answered, listed), plus one removal per four. */
  static final int EVENTS = DESIGNATIONS * 5 + DESIGNATIONS / 4;

  private ImmutableList<DesignationEvent>[] histories;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.china();
  private ListTypeRegistry listTypes;

  @Setup
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
  public void setUp() {
    BenchData data = new BenchData();
    listTypes = data.listTypes;
    List<ImmutableList<DesignationEvent>> created = data.create(DESIGNATIONS);
    histories = created.toArray(new ImmutableList[0]);
    int events = created.stream().mapToInt(List::size).sum();
    if (events != EVENTS) {
      throw new IllegalStateException("expected " + EVENTS + " events, made " + events);
    }
  }

  /**
   * The library: replay each history into a {@link Designation}, resolving the list type each
   * proposal names by code and version in the registry.
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void replay(Blackhole bh) {
    for (ImmutableList<DesignationEvent> h : histories) {
      bh.consume(Designation.replay(h, calendar, listTypes));
    }
  }

  /** The baseline: a plain loop over the same events, folding status and listing dates only. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void handWrittenLoop(Blackhole bh) {
    for (ImmutableList<DesignationEvent> h : histories) {
      int status = 0;
      LocalDate listedFrom = null;
      LocalDate lastDay = null;
      LocalDate removedOn = null;
      for (int i = 0, n = h.size(); i < n; i++) {
        DesignationEvent e = h.get(i);
        if (e instanceof DesignationEvent.Proposed) {
          status = 1;
        } else if (e instanceof DesignationEvent.NoticeServed) {
          status = 2;
        } else if (e instanceof DesignationEvent.ObjectionFiled) {
          status = 3;
        } else if (e instanceof DesignationEvent.ObjectionAnswered) {
          status = ((DesignationEvent.ObjectionAnswered) e).upheld() ? 7 : 2;
        } else if (e instanceof DesignationEvent.Listed) {
          DecisionDocument d = ((DesignationEvent.Listed) e).decision();
          listedFrom = e.on();
          lastDay = listedFrom.plus(d.listingPeriod().get());
          status = 4;
        } else if (e instanceof DesignationEvent.Removed) {
          if (((DesignationEvent.Removed) e).reason() != RemovalReason.EXPIRED) {
            removedOn = e.on();
            status = 6;
          }
        } else {
          status = 7;
        }
      }
      bh.consume(status);
      bh.consume(listedFrom);
      bh.consume(lastDay);
      bh.consume(removedOn);
    }
  }
}
