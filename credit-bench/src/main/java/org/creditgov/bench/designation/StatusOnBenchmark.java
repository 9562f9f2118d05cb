package org.creditgov.bench.designation;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.Status;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Designation#statusOn} for one designation (proposed, notified, one objection answered,
 * listed), sampled ({@code Mode.SampleTime}) so that JMH reports the median (p0.50) per call. The
 * date cycles through 64 dates spread over the whole history, so every branch is taken.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatusOnBenchmark {

  private Designation designation;
  private final LocalDate[] dates = new LocalDate[64];
  private int next;

  @Setup
  public void setUp() {
    BenchData data = new BenchData();
    designation = Designation.replay(data.create(2).get(1), WorkingDayCalendar.china(), data.listTypes);
    for (int i = 0; i < dates.length; i++) {
      dates[i] = BenchData.START.minusDays(10).plusDays(i * 25L);
    }
  }

  /** One call of {@code statusOn}. */
  @Benchmark
  public Status statusOn() {
    int i = next;
    next = (i + 1) & 63;
    return designation.statusOn(dates[i]);
  }
}
