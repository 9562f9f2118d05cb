package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.rules.designation.DesignationId;

/**
 * The dishonesty information a repair is applied for (REP-1, REP-3): its kind and class, where and
 * in which sector series it was decided, the catalog item and the finding document (number and
 * date) its record rests on — by which the publication state, the sanctions founded on it and the
 * sync messages find it — the designation, for severe-list information, and the characteristics a
 * regime may declare not repairable. No personal data.
 *
 * @param kind the kind
 * @param severityClass the class
 * @param jurisdiction where it was decided
 * @param series the sector series or {@link RepairCase#NATIONAL}
 * @param itemCode the catalog item of its record
 * @param documentNumber the number of the finding document
 * @param decisionDate the date of the finding document
 * @param designation the designation, for severe-list information
 * @param characteristics codes of its characteristics (such as {@code licence-revoked})
 */
public record RepairedInformation(InformationKind kind, SeverityClass severityClass, Jurisdiction jurisdiction,
    String series, String itemCode, String documentNumber, LocalDate decisionDate, Optional<DesignationId> designation,
    Set<String> characteristics) {

  /**
   * @throws IllegalArgumentException if severe-list information names no designation, or the item
   *     code or document number is blank
   * @throws NullPointerException if an argument is null
   */
  public RepairedInformation {
    requireNonNull(kind, "kind");
    requireNonNull(severityClass, "severityClass");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(series, "series");
    requireNonNull(decisionDate, "decisionDate");
    if (requireNonNull(itemCode, "itemCode").isBlank() || requireNonNull(documentNumber, "documentNumber").isBlank()) {
      throw new IllegalArgumentException("the item code and the document number are mandatory");
    }
    if (kind == InformationKind.SEVERE_LIST && requireNonNull(designation, "designation").isEmpty()) {
      throw new IllegalArgumentException("severe-list information names its designation");
    }
    requireNonNull(designation, "designation");
    characteristics = ImmutableSet.copyOf(characteristics);
  }

  /** The key the publication state and sanctions find the information by: item code and document number. */
  public String recordKey() {
    return itemCode + '\u0000' + documentNumber;
  }
}
