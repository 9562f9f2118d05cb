package org.creditgov.rules.designation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which information credit repair approved, as the rules that must respect it ask (SPI; REP-3,
 * REP-5): the removal of a listing as repaired, the sanction checker and the credit check. An
 * approval is the repair decision's document ({@link DocumentRef.Kind#REPAIR_APPROVAL}, its number
 * and its date: the first day the information counts as repaired). credit-rules' repair ledger
 * ({@code org.creditgov.rules.repair.RepairLedger}) answers it from the repair events; {@link
 * #none()} knows no approval, so that a listing is never removed as repaired without one.
 */
public interface RepairApprovals {

  /** The approval of the repair of listing {@code id}, if one was approved. */
  Optional<DocumentRef> approvalOfListing(DesignationId id);

  /** The approval of the repair of the information decided by document {@code documentNumber}, if one was approved. */
  Optional<DocumentRef> approvalOfRecord(String documentNumber);

  /** The approval of listing {@code id} in effect on {@code date}, if any. */
  default Optional<DocumentRef> listingRepairedBy(DesignationId id, LocalDate date) {
    return approvalOfListing(id).filter(d -> !date.isBefore(d.issuedOn()));
  }

  /** The approval of the information of {@code documentNumber} in effect on {@code date}, if any. */
  default Optional<DocumentRef> recordRepairedBy(String documentNumber, LocalDate date) {
    return approvalOfRecord(documentNumber).filter(d -> !date.isBefore(d.issuedOn()));
  }

  /** No approval at all. */
  static RepairApprovals none() {
    return NONE;
  }

  /** The one instance of {@link #none()}. */
  RepairApprovals NONE = new RepairApprovals() {
    @Override
    public Optional<DocumentRef> approvalOfListing(DesignationId id) {
      return Optional.empty();
    }

    @Override
    public Optional<DocumentRef> approvalOfRecord(String documentNumber) {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "RepairApprovals.none()";
    }
  };
}
