package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.rules.designation.Timeliness;

/**
 * Whether a repair step with a working-day time limit was taken in time (REP-2, OPS-2), as its
 * event records it for oversight figures: on time, overdue (with the working days late, where the
 * calendar can count them) or not computable; the last day in time; and whether that last day is
 * provisional (counted beyond the official calendar, held for review).
 *
 * @param timeliness on time, overdue or not computable
 * @param lastDay the last day in time, if computed
 * @param workingDaysLate the working days late of an overdue step, if countable
 * @param provisional whether the last day rests on a provisional calendar answer
 */
public record StepTiming(Timeliness timeliness, Optional<LocalDate> lastDay, OptionalInt workingDaysLate, boolean provisional) {

  /** Checks for nulls. */
  public StepTiming {
    requireNonNull(timeliness, "timeliness");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(workingDaysLate, "workingDaysLate");
  }
}
