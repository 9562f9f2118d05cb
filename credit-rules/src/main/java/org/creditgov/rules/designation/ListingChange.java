package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A change of list membership, sent through the {@link DesignationOutbox} so that publication,
 * sharing and credit repair react at once (DES-6, REP-3). It carries no personal data: consumers
 * look the designation up by id.
 *
 * <p>A {@link Kind#LISTED} change states {@code listedUntil}: consumers stop publishing after that
 * day by themselves; no expiry message is needed, though one is sent when an expiry is recorded.
 *
 * @param designationId the designation
 * @param version the designation's version after the change
 * @param listTypeCode the list's code
 * @param kind listed or removed
 * @param effectiveOn the first day the change applies: the decision date, or the first day off the list
 * @param listedUntil for a listing, the last day of the listing period
 * @param reason for a removal, why
 */
public record ListingChange(
    DesignationId designationId,
    long version,
    String listTypeCode,
    Kind kind,
    LocalDate effectiveOn,
    Optional<LocalDate> listedUntil,
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
    requireNonNull(kind, "kind");
    requireNonNull(effectiveOn, "effectiveOn");
    requireNonNull(listedUntil, "listedUntil");
    requireNonNull(reason, "reason");
  }
}
