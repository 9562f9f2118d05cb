package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairStatus;

/**
 * A repair case as the store's projection holds it (REP-2): updated in every append's
 * transaction. The subject by reference only.
 *
 * @param id the case
 * @param version its version
 * @param status where it stands
 * @param department the department applied to
 * @param subject the subject
 * @param appliedOn the application date
 * @param acceptedOn the day it was accepted
 * @param dueOn the last day of the step awaited: the feedback while applied for, the decision
 *     while accepted (when the regime sets a limit and the calendar counts it); empty when final
 * @param closedOn the day it reached a final status
 */
public record RepairRow(RepairId id, long version, RepairStatus status, String department, SubjectRef subject,
    LocalDate appliedOn, Optional<LocalDate> acceptedOn, Optional<LocalDate> dueOn, Optional<LocalDate> closedOn) {

  /** Checks for nulls. */
  public RepairRow {
    requireNonNull(id, "id");
    requireNonNull(status, "status");
    requireNonNull(department, "department");
    requireNonNull(subject, "subject");
    requireNonNull(appliedOn, "appliedOn");
    requireNonNull(acceptedOn, "acceptedOn");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(closedOn, "closedOn");
  }
}
