package org.creditgov.rules.designation;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.time.CalendarAnswer;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;

/**
 * A deadline in working days (DES-3, DES-4): the last day a step is in time ({@link Due}, counted
 * on the official holiday notices); a provisional estimate ({@link Provisional}, counted where no
 * notice is loaded by the calendar's chosen fallback, which a decision it gates is held for review
 * on, never silently allowed); or, when the calendar cannot count the days at all, the typed fact
 * that it cannot be computed ({@link NotComputable}). It is never guessed.
 */
public sealed interface Deadline {

  /** The last day in time (inclusive), if it could be computed; a provisional one is an estimate. */
  Optional<LocalDate> lastDay();

  /**
   * The deadline {@code workingDays} working days after {@code from} (the start day not counted),
   * on {@code calendar}: {@link Due} when every day counted is covered by official notices, {@link
   * Provisional} when the calendar has a {@link WorkingDayCalendar.Fallback} and counted days beyond
   * its official data by it, {@link NotComputable} otherwise.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  static Deadline compute(WorkingDayCalendar calendar, LocalDate from, int workingDays) {
    try {
      if (calendar.fallback() == WorkingDayCalendar.Fallback.NONE) {
        return new Due(calendar.plusWorkingDays(from, workingDays));
      }
      CalendarAnswer<LocalDate> answer = calendar.deadline(from, workingDays);
      return answer.isOfficial() ? new Due(answer.value()) : new Provisional(answer.value(), answer);
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
   * A deadline estimated where no official holiday notice covers the days counted (after the last
   * year whose notice is loaded): counted by the calendar's fallback, the statutory holidays or
   * weekdays only, without the adjusted working days a notice would add. A decision it gates is held
   * for review; loading the year's notice makes it {@link Due}.
   *
   * @param day the estimated last day in time (inclusive)
   * @param answer the calendar's answer, with its basis and the last day its official data covered
   */
  record Provisional(LocalDate day, CalendarAnswer<LocalDate> answer) implements Deadline {
    /** The estimate: {@link #day()}. */
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
