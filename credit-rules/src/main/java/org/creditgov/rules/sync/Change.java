package org.creditgov.rules.sync;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.designation.ListingChange;

/**
 * One change to send to every connected system the same day (REP-3): its id (unique: the
 * idempotency key with the target), what changed, the subject by reference, the record it
 * concerns (catalog item and document number), the department responsible, the day it took effect
 * (the day it must reach every target) and the case it comes from. No personal data.
 *
 * @param changeId the change's id, such as {@code repair:R-1:3:PUBLICATION_STOPPED}
 * @param kind what changed
 * @param subject the subject
 * @param itemCode the catalog item of the record
 * @param documentNumber the document number of the record
 * @param department the department responsible
 * @param on the day it took effect
 * @param source the case it comes from, such as {@code repair:R-1}
 */
public record Change(String changeId, ChangeKind kind, SubjectRef subject, String itemCode, String documentNumber,
    String department, LocalDate on, String source) {

  /** Checks for nulls and blanks. */
  public Change {
    if (requireNonNull(changeId, "changeId").isBlank()) {
      throw new IllegalArgumentException("a change has an id");
    }
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(itemCode, "itemCode");
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(department, "department");
    requireNonNull(on, "on");
    requireNonNull(source, "source");
  }

  /**
   * The change a listing or a removal sends to every connected system (REP-3, DES-6): the kind
   * {@link ChangeKind#LISTED} or {@link ChangeKind#REMOVED}, the list type's code as the item, the
   * decision's (or the removal's) document number, the department that took the step, the day it
   * took effect, and the designation's change id, so relaying it twice delivers it once.
   */
  public static Change of(ListingChange change) {
    ChangeKind kind = switch (change.kind()) {
      case LISTED -> ChangeKind.LISTED;
      case REMOVED -> ChangeKind.REMOVED;
    };
    return new Change(change.changeId(), kind, change.subject(), change.listTypeCode(), change.documentNumber(),
        change.department(), change.effectiveOn(), change.source());
  }
}
