package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.Status;

/**
 * A designation as the store's projection holds it (DES-6): kept up to date in the transaction of
 * every append, from the replayed designation, so the queries a vendor needs read one row instead
 * of replaying a history. The subject by reference only.
 *
 * @param id the designation
 * @param version its version
 * @param listTypeCode the list's code
 * @param subject the subject, by reference
 * @param department the department that proposed it (认定部门)
 * @param status the status on the date of its last step ({@code Designation.statusOnLastStep()}):
 *     a listing expires with no event, so ask {@link #isListedOn} for a date
 * @param proposedOn the date of the proposal
 * @param listedFrom the first day on the list, once decided
 * @param lastDayListed the last day on the list, inclusive: the period's end or the day before an
 *     early removal
 * @param decisionNumber the number of the decision document, once decided
 */
public record DesignationRow(DesignationId id, long version, String listTypeCode, SubjectRef subject, String department,
    Status status, LocalDate proposedOn, Optional<LocalDate> listedFrom, Optional<LocalDate> lastDayListed,
    Optional<String> decisionNumber) {

  /** Checks for nulls. */
  public DesignationRow {
    requireNonNull(id, "id");
    requireNonNull(listTypeCode, "listTypeCode");
    requireNonNull(subject, "subject");
    requireNonNull(department, "department");
    requireNonNull(status, "status");
    requireNonNull(proposedOn, "proposedOn");
    requireNonNull(listedFrom, "listedFrom");
    requireNonNull(lastDayListed, "lastDayListed");
    requireNonNull(decisionNumber, "decisionNumber");
  }

  /** Whether the subject is on the published list on {@code date} (DES-6), as {@code Designation.isListedOn}. */
  public boolean isListedOn(LocalDate date) {
    return listedFrom.isPresent() && !date.isBefore(listedFrom.get()) && lastDayListed.isPresent()
        && !date.isAfter(lastDayListed.get());
  }
}
