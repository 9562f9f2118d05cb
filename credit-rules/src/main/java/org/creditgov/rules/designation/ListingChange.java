package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.subject.SubjectRef;

/**
 * A change of list membership, the designation procedure's outbox message (DES-6, REP-3):
 * {@link DesignationStore#append} stores it with the event that causes it, in one atomic step, and
 * a relay delivers it to publication, sharing and credit repair ({@code
 * org.creditgov.rules.sync.Change#of(ListingChange)} turns it into the change each connected
 * system receives). It names the subject by its {@link SubjectRef} only: a consumer that needs the
 * details asks the {@link SubjectDirectory}.
 *
 * <p>A {@link Kind#LISTED} change states {@code lastDayListed}: consumers stop publishing after that
 * day by themselves; no expiry message is needed, though one is sent when an expiry is recorded.
 *
 * @param designationId the designation
 * @param version the designation's version after the change
 * @param listTypeCode the list's code
 * @param subject the subject, by reference
 * @param kind listed or removed
 * @param effectiveOn the first day the change applies: the decision date, or the first day off the list
 * @param lastDayListed for a listing, the last day of the listing period (inclusive)
 * @param reason for a removal, why
 * @param department the department that took the step (认定部门)
 * @param documentNumber the number of the document of the step: the decision for a listing, the
 *     first document of a removal; empty if it has none
 */
public record ListingChange(
    DesignationId designationId,
    long version,
    String listTypeCode,
    SubjectRef subject,
    Kind kind,
    LocalDate effectiveOn,
    Optional<LocalDate> lastDayListed,
    Optional<RemovalReason> reason,
    String department,
    String documentNumber) {

  /** Whether the subject joined or left the list. */
  public enum Kind {
    /** Listed by a decision. */
    LISTED,
    /** Left the list: removed early, or its expiry recorded. */
    REMOVED
  }

  /** Checks for nulls. */
  public ListingChange {
    requireNonNull(designationId, "designationId");
    requireNonNull(listTypeCode, "listTypeCode");
    requireNonNull(subject, "subject");
    requireNonNull(kind, "kind");
    requireNonNull(effectiveOn, "effectiveOn");
    requireNonNull(lastDayListed, "lastDayListed");
    requireNonNull(reason, "reason");
    requireNonNull(department, "department");
    requireNonNull(documentNumber, "documentNumber");
  }

  /**
   * The change's id, unique across every procedure's outbox and the key by which deliveries are
   * idempotent: {@code designation:<id>:<version>:<kind>}, such as {@code designation:D-1:5:LISTED}.
   */
  public String changeId() {
    return source() + ':' + version + ':' + kind.name();
  }

  /** The case it comes from, such as {@code designation:D-1}. */
  public String source() {
    return "designation:" + designationId.value();
  }
}
