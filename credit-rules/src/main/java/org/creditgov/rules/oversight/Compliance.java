package org.creditgov.rules.oversight;

/**
 * How one kind of working-day deadline was kept in one department and period (OPS-2).
 *
 * @param onTime steps taken on or before their deadline
 * @param overdue steps taken after it (accepted, recorded and flagged)
 * @param workingDaysLate the working days late of the overdue steps, added up
 * @param maxWorkingDaysLate the most working days late of one step (0 when none was late)
 * @param notComputable steps whose deadline the working-day calendar could not count
 */
public record Compliance(long onTime, long overdue, long workingDaysLate, long maxWorkingDaysLate, long notComputable) {

  /** No step. */
  public static final Compliance NONE = new Compliance(0, 0, 0, 0, 0);

  /**
   * Figures; see the record components.
   *
   * @throws IllegalArgumentException if a count is negative, or the maximum exceeds the sum or is
   *     positive with no overdue step
   */
  public Compliance {
    if (onTime < 0 || overdue < 0 || workingDaysLate < 0 || maxWorkingDaysLate < 0 || notComputable < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
    if (maxWorkingDaysLate > workingDaysLate || (overdue == 0 && workingDaysLate > 0)) {
      throw new IllegalArgumentException("working days late belong to overdue steps, the most of one to their sum");
    }
  }

  /** Every step counted: on time, overdue and not computable. */
  public long steps() {
    return onTime + overdue + notComputable;
  }
}
