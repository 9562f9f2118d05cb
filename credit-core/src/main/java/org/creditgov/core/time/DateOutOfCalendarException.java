package org.creditgov.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date outside the years a {@link WorkingDayCalendar} has data for. Raised instead of guessing:
 * the State Council publishes each year's holidays late in the previous year, so a date in an
 * unpublished year cannot be counted until the caller loads that year's data or chooses a {@link
 * WorkingDayCalendar.Fallback} explicitly.
 */
public final class DateOutOfCalendarException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  /** The stable reason code of this error. */
  public static final String REASON = "DATE_OUT_OF_CALENDAR";

  private final LocalDate date;
  private final LocalDate coveredFrom;
  private final LocalDate coveredUntil;

  DateOutOfCalendarException(LocalDate date, LocalDate coveredFrom, LocalDate coveredUntil) {
    super(
        "["
            + REASON
            + "] "
            + date
            + " is outside the working-day calendar, which covers "
            + coveredFrom
            + " to "
            + coveredUntil
            + "; load that year's holiday notice or choose a fallback / "
            + date
            + " 超出工作日历覆盖范围（"
            + coveredFrom
            + " 至 "
            + coveredUntil
            + "），请加载该年度的节假日安排或明确选择替代规则");
    this.date = date;
    this.coveredFrom = coveredFrom;
    this.coveredUntil = coveredUntil;
  }

  /** The date that could not be judged. */
  public LocalDate date() {
    return date;
  }

  /** The first day the calendar covers. */
  public LocalDate coveredFrom() {
    return coveredFrom;
  }

  /** The last day the calendar covers. */
  public LocalDate coveredUntil() {
    return coveredUntil;
  }
}
