package org.creditgov.rules.designation;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;

/**
 * A deadline in working days (DES-3, DES-4): the last day a step is in time, or, when the
 * working-day calendar does not cover the days to count, the typed fact that it cannot be
 * computed. It is never guessed.
 */
public sealed interface Deadline {

  /** The last day in time (inclusive), if it could be computed. */
  Optional<LocalDate> lastDay();

  /**
   * The deadline {@code workingDays} working days after {@code from} (the start day not counted),
   * on {@code calendar}.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  static Deadline compute(WorkingDayCalendar calendar, LocalDate from, int workingDays) {
    try {
      return new Due(calendar.plusWorkingDays(from, workingDays));
    } catch (DateOutOfCalendarException e) {
      return new NotComputable(from, workingDays, e.coveredFrom(), e.coveredUntil());
    }
  }

  /**
   * A computed deadline.
   *
   * @param day the last day on which the step is in time (inclusive)
   */
  record Due(LocalDate day) implements Deadline {
    /** Never empty: {@link #day()}. */
    @Override
    public Optional<LocalDate> lastDay() {
      return Optional.of(day);
    }
  }

  /**
   * A deadline the calendar cannot count: load the missing year's holiday notice with {@link
   * WorkingDayCalendar#extendedWith}, or choose a fallback knowingly.
   *
   * @param from the day counted from
   * @param workingDays the working days to count
   * @param firstDayCovered the first day the calendar covers
   * @param lastDayCovered the last day the calendar covers (inclusive)
   */
  record NotComputable(LocalDate from, int workingDays, LocalDate firstDayCovered, LocalDate lastDayCovered)
      implements Deadline {
    /** Always empty. */
    @Override
    public Optional<LocalDate> lastDay() {
      return Optional.empty();
    }
  }
}
