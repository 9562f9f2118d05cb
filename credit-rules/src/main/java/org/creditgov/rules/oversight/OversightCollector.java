package org.creditgov.rules.oversight;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.repair.RepairEvent;

/**
 * Counts designation events and repair steps into oversight figures (OPS-2): each goes to the
 * department of its actor and the reporting period of its date. A proposal, a listing, an
 * objection filed, waived or answered (upheld or not), a withdrawal and a removal (by reason) are
 * counted from the designation events; a served notice and an objection answer count towards the
 * compliance with their deadlines by the timeliness their events recorded; repair steps ({@link
 * RepairStep}) count as applications, acceptances, rejections, approvals and refusals, and those
 * with a deadline towards its compliance.
 *
 * <pre>{@code
 * OversightCollector c = OversightCollector.by(ReportingPeriod.QUARTER);
 * store.ids().forEach(id -> c.addAll(store.load(id)));
 * repairSteps.forEach(c::add);
 * OversightReport report = c.report();
 * }</pre>
 *
 * <p>Not thread-safe: collect on one thread, or one collector per thread and {@link #merge}.
 */
public final class OversightCollector {

  private final ReportingPeriod period;
  private final Map<Key, Counts> rows = new HashMap<>();
  private Key lastKey;
  private Counts last;

  private OversightCollector(ReportingPeriod period) {
    this.period = period;
    this.lastKey = new Key("", LocalDate.MIN);
    this.last = new Counts();
  }

  /**
   * A collector of figures by {@code period}.
   *
   * @throws NullPointerException if {@code period} is null
   */
  public static OversightCollector by(ReportingPeriod period) {
    return new OversightCollector(requireNonNull(period, "period"));
  }

  private record Key(String department, LocalDate from) {}

  /** The mutable counters of one row. */
  private static final class Counts {
    long proposals;
    long listings;
    long objectionsFiled;
    long objectionsWaived;
    long objectionsAnswered;
    long objectionsUpheld;
    long withdrawals;
    long repairApplications;
    long repairsAccepted;
    long repairsRejected;
    long repairsApproved;
    long repairsRefused;
    final long[] removals = new long[RemovalReason.values().length];
    /** Per deadline kind: on time, overdue, working days late, most late, not computable. */
    final long[][] deadlines = new long[DeadlineKind.values().length][5];

    void deadline(DeadlineKind kind, Timeliness t, OptionalInt late) {
      long[] d = deadlines[kind.ordinal()];
      switch (t) {
        case ON_TIME -> d[0]++;
        case OVERDUE -> {
          d[1]++;
          int days = late.orElse(0);
          d[2] += days;
          d[3] = Math.max(d[3], days);
        }
        case NOT_COMPUTABLE -> d[4]++;
      }
    }

    void add(Counts o) {
      proposals += o.proposals;
      listings += o.listings;
      objectionsFiled += o.objectionsFiled;
      objectionsWaived += o.objectionsWaived;
      objectionsAnswered += o.objectionsAnswered;
      objectionsUpheld += o.objectionsUpheld;
      withdrawals += o.withdrawals;
      repairApplications += o.repairApplications;
      repairsAccepted += o.repairsAccepted;
      repairsRejected += o.repairsRejected;
      repairsApproved += o.repairsApproved;
      repairsRefused += o.repairsRefused;
      for (int i = 0; i < removals.length; i++) {
        removals[i] += o.removals[i];
      }
      for (int k = 0; k < deadlines.length; k++) {
        for (int i = 0; i < 5; i++) {
          deadlines[k][i] = i == 3 ? Math.max(deadlines[k][i], o.deadlines[k][i]) : deadlines[k][i] + o.deadlines[k][i];
        }
      }
    }
  }

  private Counts row(String department, LocalDate on) {
    LocalDate from = period.startOf(on);
    if (from.equals(lastKey.from()) && department.equals(lastKey.department())) {
      return last; // runs of one department and period are common: spare the lookup
    }
    Key k = new Key(department, from);
    Counts c = rows.computeIfAbsent(k, x -> new Counts());
    lastKey = k;
    last = c;
    return c;
  }

  /**
   * Counts one designation event.
   *
   * @throws NullPointerException if {@code event} is null
   * @return this collector
   */
  @CanIgnoreReturnValue
  public OversightCollector add(DesignationEvent event) {
    requireNonNull(event, "event");
    Counts c = row(event.actor().department(), event.on());
    if (event instanceof DesignationEvent.Proposed) {
      c.proposals++;
    } else if (event instanceof DesignationEvent.NoticeServed n) {
      c.deadline(DeadlineKind.NOTICE, n.timeliness(), n.workingDaysLate());
    } else if (event instanceof DesignationEvent.ObjectionFiled) {
      c.objectionsFiled++;
    } else if (event instanceof DesignationEvent.ObjectionWaived) {
      c.objectionsWaived++;
    } else if (event instanceof DesignationEvent.ObjectionAnswered a) {
      c.objectionsAnswered++;
      if (a.upheld()) {
        c.objectionsUpheld++;
      }
      c.deadline(DeadlineKind.OBJECTION_ANSWER, a.timeliness(), a.workingDaysLate());
    } else if (event instanceof DesignationEvent.Withdrawn) {
      c.withdrawals++;
    } else if (event instanceof DesignationEvent.Listed) {
      c.listings++;
    } else if (event instanceof DesignationEvent.Removed r) {
      c.removals[r.reason().ordinal()]++;
    }
    return this;
  }

  /**
   * Counts every event of {@code events}.
   *
   * @throws NullPointerException if {@code events} or an event is null
   * @return this collector
   */
  @CanIgnoreReturnValue
  public OversightCollector addAll(Iterable<? extends DesignationEvent> events) {
    for (DesignationEvent e : requireNonNull(events, "events")) {
      add(e);
    }
    return this;
  }

  /**
   * Counts one repair step.
   *
   * @throws NullPointerException if {@code step} is null
   * @return this collector
   */
  @CanIgnoreReturnValue
  public OversightCollector add(RepairStep step) {
    requireNonNull(step, "step");
    Counts c = row(step.department(), step.on());
    switch (step.kind()) {
      case APPLIED -> c.repairApplications++;
      case ACCEPTED -> c.repairsAccepted++;
      case REJECTED -> c.repairsRejected++;
      case APPROVED -> c.repairsApproved++;
      case REFUSED -> c.repairsRefused++;
    }
    if (step.kind().deadline().isPresent()) {
      c.deadline(step.kind().deadline().get(), step.timeliness().orElseThrow(), step.workingDaysLate());
    }
    return this;
  }

  /**
   * Adds the counts of {@code other}, which must count by the same period.
   *
   * @throws IllegalArgumentException if {@code other} counts by another period
   * @return this collector
   */
  /**
   * Counts the repair step {@code event} records ({@link RepairStep#of(RepairEvent)}); a withdrawal
   * is not counted.
   *
   * @throws NullPointerException if {@code event} is null
   * @return this collector
   */
  @CanIgnoreReturnValue
  public OversightCollector add(RepairEvent event) {
    RepairStep.of(event).ifPresent(this::add);
    return this;
  }

  @CanIgnoreReturnValue
  public OversightCollector merge(OversightCollector other) {
    if (requireNonNull(other, "other").period != period) {
      throw new IllegalArgumentException("collectors of " + period + " and " + other.period + " do not merge");
    }
    other.rows.forEach((k, c) -> rows.computeIfAbsent(k, x -> new Counts()).add(c));
    return this;
  }

  /** The figures counted so far, by department then period. */
  public OversightReport report() {
    List<Map.Entry<Key, Counts>> entries = new ArrayList<>(rows.entrySet());
    entries.sort(Comparator.comparing((Map.Entry<Key, Counts> e) -> e.getKey().department())
        .thenComparing(e -> e.getKey().from()));
    ImmutableList.Builder<Figures> figures = ImmutableList.builderWithExpectedSize(entries.size());
    for (Map.Entry<Key, Counts> e : entries) {
      Counts c = e.getValue();
      EnumMap<RemovalReason, Long> removals = new EnumMap<>(RemovalReason.class);
      for (RemovalReason r : RemovalReason.values()) {
        removals.put(r, c.removals[r.ordinal()]);
      }
      EnumMap<DeadlineKind, Compliance> deadlines = new EnumMap<>(DeadlineKind.class);
      for (DeadlineKind k : DeadlineKind.values()) {
        long[] d = c.deadlines[k.ordinal()];
        deadlines.put(k, new Compliance(d[0], d[1], d[2], d[3], d[4]));
      }
      LocalDate from = e.getKey().from();
      figures.add(new Figures(e.getKey().department(), from, period.lastDayFrom(from), c.proposals, c.listings,
          c.objectionsFiled, c.objectionsWaived, c.objectionsAnswered, c.objectionsUpheld, c.withdrawals,
          c.repairApplications, c.repairsAccepted, c.repairsRejected, c.repairsApproved, c.repairsRefused,
          ImmutableMap.copyOf(removals), ImmutableMap.copyOf(deadlines)));
    }
    return new OversightReport(period, figures.build());
  }

  @Override
  public String toString() {
    return "OversightCollector[" + period + ", " + rows.size() + " rows]";
  }
}
