package org.creditgov.rules.designation;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;

/**
 * A deadline in working days: the date it falls on, or, when the working-day calendar does not
 * cover the days to count, the typed fact that it cannot be computed. It is never guessed.
 */
public sealed interface Deadline {

  /** The deadline's date, if it could be computed. */
  Optional<LocalDate> date();

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
   * A computed deadline: the last day on which the step is in time.
   *
   * @param on the last day in time
   */
  record Due(LocalDate on) implements Deadline {
    /** Never empty: {@link #on()}. */
    @Override
    public Optional<LocalDate> date() {
      return Optional.of(on);
    }
  }

  /**
   * A deadline the calendar cannot count: load the missing year's holiday notice with {@link
   * WorkingDayCalendar#extendedWith}, or choose a fallback knowingly.
   *
   * @param from the day counted from
   * @param workingDays the working days to count
   * @param coveredFrom the first day the calendar covers
   * @param coveredUntil the last day the calendar covers
   */
  record NotComputable(LocalDate from, int workingDays, LocalDate coveredFrom, LocalDate coveredUntil)
      implements Deadline {
    /** Always empty. */
    @Override
    public Optional<LocalDate> date() {
      return Optional.empty();
    }
  }
}
