package org.creditgov.rules.sync;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What missed the day (当日同步, REP-3): for the changes that took effect on or before {@code day},
 * per target and department, how many there were and which were not acknowledged on the day they
 * took effect (acknowledged later, or not at all yet).
 *
 * @param day the day reported on
 * @param lines one line per (target, department) that had changes, by target then department
 */
public record SameDayReport(LocalDate day, ImmutableList<Line> lines) {

  /**
   * One target and department.
   *
   * @param target the target
   * @param department the department
   * @param changes the changes due by the day
   * @param missed the deliveries not acknowledged on the day their change took effect, by change id
   */
  public record Line(SyncTarget target, String department, int changes, ImmutableList<Delivery> missed) {}

  /** Checks for nulls. */
  public SameDayReport {
    requireNonNull(day, "day");
    requireNonNull(lines, "lines");
  }

  /** The report of {@code store}'s deliveries for {@code day}. */
  public static SameDayReport of(SyncStore store, LocalDate day) {
    Map<String, List<Delivery>> due = new TreeMap<>();
    Map<String, Line> keys = new TreeMap<>();
    for (Delivery d : store.deliveries()) {
      if (d.change().on().isAfter(day)) {
        continue;
      }
      String key = d.target().code() + '\u0000' + d.change().department();
      due.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
      keys.putIfAbsent(key, new Line(d.target(), d.change().department(), 0, ImmutableList.of()));
    }
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (Map.Entry<String, List<Delivery>> e : due.entrySet()) {
      Line k = java.util.Objects.requireNonNull(keys.get(e.getKey()), "a key per due change");
      ImmutableList<Delivery> missed = e.getValue().stream().filter(d -> !d.sameDay()).collect(ImmutableList.toImmutableList());
      lines.add(new Line(k.target(), k.department(), e.getValue().size(), missed));
    }
    return new SameDayReport(day, lines.build());
  }

  /** Every delivery that missed its day, over all lines. */
  public ImmutableList<Delivery> missed() {
    return lines.stream().flatMap(l -> l.missed().stream()).collect(ImmutableList.toImmutableList());
  }

  /** The number of changes missed per target code. */
  public ImmutableSortedMap<String, Integer> missedByTarget() {
    Map<String, Integer> m = new TreeMap<>();
    lines.forEach(l -> m.merge(l.target().code(), l.missed().size(), Integer::sum));
    return ImmutableSortedMap.copyOf(m);
  }
}
