package org.creditgov.rules.designation;

/**
 * Where a designation stands on a date ({@link Designation#statusOn}) or after its last event
 * ({@link Designation#status()}). Only {@link #LISTED} puts a subject on the published list.
 */
public enum Status {
  /** The date is before the proposal: there was no procedure yet. */
  NOT_PROPOSED,
  /** Proposed; the prior notice has not been served. */
  PROPOSED,
  /** The prior notice was served; the objection window runs or has passed, and no objection is open. */
  NOTIFIED,
  /** An objection is open: no decision may be made (DES-4). */
  OBJECTION_PENDING,
  /** On the list: published and shared (DES-6). */
  LISTED,
  /** The listing period has ended: off the list, with no event needed (DES-6). */
  EXPIRED,
  /** Removed before the end of its period: repaired, revoked through a remedy, or corrected (DES-6). */
  REMOVED,
  /** The procedure ended without listing: the objection was upheld or the proposal withdrawn. */
  DROPPED;

  /** Whether the subject is on the published list in this status. */
  public boolean isListed() {
    return this == LISTED;
  }

  /** Whether no further step can change the outcome, other than revocation or correction of an expired listing. */
  public boolean isClosed() {
    return this == REMOVED || this == DROPPED;
  }
}
