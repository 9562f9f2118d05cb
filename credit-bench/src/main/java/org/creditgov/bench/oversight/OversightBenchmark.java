package org.creditgov.bench.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.creditgov.bench.designation.BenchData;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.oversight.OversightCollector;
import org.creditgov.rules.oversight.OversightReport;
import org.creditgov.rules.oversight.ReportingPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Oversight figures (OPS-2) over 1,000,000 designation events, one thread, milliseconds per
 * report: the {@link OversightCollector} by quarter, against a hand-written loop in the same run
 * that counts the same kinds of event per department and quarter into a map of arrays (no
 * deadline compliance, no removal reasons, no report values). The target is under 2 s for
 * 1 M events.
 *
 * <p>Data: 10,000 histories made through the designation service ({@link BenchData}: 52,500 events),
 * each event copied 19 times more into 20 departments and years 2023 to 2042 (1,050,000 events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OversightBenchmark {

  static final int COPIES = 20;

  private DesignationEvent[] events;

  @Setup
  public void setUp() {
    List<DesignationEvent> base = new ArrayList<>();
    new BenchData().create(10_000).forEach(base::addAll);
    List<DesignationEvent> all = new ArrayList<>(base.size() * COPIES);
    for (int k = 0; k < COPIES; k++) {
      for (DesignationEvent e : base) {
        all.add(copy(e, "测试县第" + k + "局", k));
      }
    }
    events = all.toArray(new DesignationEvent[0]);
  }

  /** The event, by another department, {@code years} later. */
  static DesignationEvent copy(DesignationEvent e, String department, int years) {
    Actor a = Actor.of(department, e.actor().officerId(), e.actor().jurisdiction());
    LocalDate on = e.on().plusYears(years);
    if (e instanceof DesignationEvent.Proposed p) {
      return DesignationEvent.Proposed.builder().from(p).actor(a).on(on).build();
    } else if (e instanceof DesignationEvent.NoticeServed n) {
      return DesignationEvent.NoticeServed.builder().from(n).actor(a).on(on).build();
    } else if (e instanceof DesignationEvent.ObjectionFiled f) {
      return DesignationEvent.ObjectionFiled.builder().from(f).actor(a).on(on).build();
    } else if (e instanceof DesignationEvent.ObjectionAnswered o) {
      return DesignationEvent.ObjectionAnswered.builder().from(o).actor(a).on(on).build();
    } else if (e instanceof DesignationEvent.Listed l) {
      return DesignationEvent.Listed.builder().from(l).actor(a).on(on).build();
    } else if (e instanceof DesignationEvent.Removed r) {
      return DesignationEvent.Removed.builder().from(r).actor(a).on(on).build();
    }
    throw new IllegalStateException("the benchmark data hold no " + e.getClass().getSimpleName());
  }

  /** The library: every event into a collector by quarter, then the report. */
  @Benchmark
  public OversightReport figures() {
    OversightCollector c = OversightCollector.by(ReportingPeriod.QUARTER);
    for (DesignationEvent e : events) {
      c.add(e);
    }
    return c.report();
  }

  /** Baseline: the kinds of event counted per department and quarter into a map of arrays. */
  @Benchmark
  public Map<String, long[]> handWrittenLoop() {
    Map<String, long[]> rows = new HashMap<>();
    for (DesignationEvent e : events) {
      LocalDate on = e.on();
      String key = e.actor().department() + '|' + on.getYear() + 'Q' + ((on.getMonthValue() - 1) / 3 + 1);
      long[] row = rows.computeIfAbsent(key, k -> new long[6]);
      if (e instanceof DesignationEvent.Proposed) {
        row[0]++;
      } else if (e instanceof DesignationEvent.NoticeServed) {
        row[1]++;
      } else if (e instanceof DesignationEvent.ObjectionFiled) {
        row[2]++;
      } else if (e instanceof DesignationEvent.ObjectionAnswered) {
        row[3]++;
      } else if (e instanceof DesignationEvent.Listed) {
        row[4]++;
      } else {
        row[5]++;
      }
    }
    return rows;
  }
}
