package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.subject.SubjectRef;

/**
 * A change of list membership, sent through the {@link DesignationOutbox} so that publication,
 * sharing and credit repair react at once (DES-6, REP-3). It names the subject by its {@link
 * SubjectRef} only: a consumer that needs the details asks the {@link SubjectDirectory}.
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
 */
public record ListingChange(
    DesignationId designationId,
    long version,
    String listTypeCode,
    SubjectRef subject,
    Kind kind,
    LocalDate effectiveOn,
    Optional<LocalDate> lastDayListed,
    Optional<RemovalReason> reason) {

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
  }
}
