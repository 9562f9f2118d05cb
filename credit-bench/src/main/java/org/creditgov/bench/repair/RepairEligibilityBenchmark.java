package org.creditgov.bench.repair;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.PublicationWindow;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.rules.repair.GoverningRules;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairEligibility;
import org.creditgov.rules.repair.RepairFinding;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimes;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Repair eligibility with its deadlines (REP-2, REP-4), in cases per second on one thread: {@link
 * RepairRegimes#eligibility} over 4,096 cases applied for across the regime changes (the regime in
 * force and its publication periods resolved, every finding with its legal bases and facts, the
 * feedback deadline counted in working days), against a hand-written loop in the same run that
 * takes each case's rules looked up in advance and decides the same conditions, minimum period,
 * publication end (a warning) and deadline, counting without findings. The target is at least 1,000,000 cases
 * per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RepairEligibilityBenchmark {

  static final int CASES = 4096;

  private final WorkingDayCalendar calendar = WorkingDayCalendar.china();
  private RepairRegimes regimes;
  private RepairCase[] cases;
  private GoverningRules[] rules;

  @Setup
  public void setUp() {
    regimes = BundledRepairRegimes.registry();
    List<RepairCase> made = BenchRepairs.cases(CASES);
    cases = made.toArray(new RepairCase[0]);
    rules = new GoverningRules[CASES];
    for (int i = 0; i < CASES; i++) {
      rules[i] = regimes.rules(cases[i]).orElseThrow(() -> new IllegalStateException("no regime for a bench case"));
    }
  }

  /** The library: the eligibility of each case; answers the allowed cases plus the sum of their feedback deadlines' day numbers. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long eligibility() {
    long sum = 0;
    for (RepairCase c : cases) {
      RepairEligibility e = regimes.eligibility(c, calendar);
      for (Finding f : e.verdict().findings()) {
        if (f.type() == RepairFinding.PUBLICATION_ALREADY_ENDED) {
          sum++; // a warning, counted apart, as the baseline does
        }
      }
      if (e.isAllowed()) {
        sum += 1L << 32;
        if (e.feedbackDue().isPresent()) {
          sum += e.feedbackDue().get().value().toEpochDay();
        }
      }
    }
    return sum;
  }

  /** The baseline: the same decision by hand over rules looked up in advance, without findings. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long handWritten() {
    long sum = 0;
    for (int i = 0; i < CASES; i++) {
      RepairCase c = cases[i];
      GoverningRules g = rules[i];
      RepairRegime regime = g.regime();
      boolean ok = regime.repairable().contains(c.kind());
      for (RepairCondition k : regime.conditions()) {
        if (k != RepairCondition.MINIMUM_PERIOD_PASSED && !c.conditionsMet().contains(k)) {
          ok = false;
        }
      }
      Optional<PublicationWindow> window = g.window(c.decisionDate());
      if (window.isEmpty()) {
        ok = false;
      } else {
        PublicationWindow w = window.get();
        boolean waived = c.severityClass() == SeverityClass.MINOR && regime.minorRepairableOnFulfilment()
            && c.conditionsMet().contains(RepairCondition.OBLIGATIONS_FULFILLED);
        if (regime.conditions().contains(RepairCondition.MINIMUM_PERIOD_PASSED) && !waived
            && w.lastDayOfMinimum().isPresent() && !c.applicationDate().isAfter(w.lastDayOfMinimum().get())) {
          ok = false;
        }
        if (w.lastDayPublished().isPresent() && c.applicationDate().isAfter(w.lastDayPublished().get())) {
          sum++; // publication already ended: a warning, the case stays allowed (counted apart)
        }
      }
      if (ok) {
        sum += 1L << 32;
        if (regime.timeLimits().feedbackWorkingDays().isPresent()) {
          try {
            LocalDate due = calendar.deadline(c.applicationDate(), regime.timeLimits().feedbackWorkingDays().getAsInt()).value();
            sum += due.toEpochDay();
          } catch (DateOutOfCalendarException e) {
            // no deadline where the calendar ends, as the library
          }
        }
      }
    }
    return sum;
  }
}
