package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Set;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;

/**
 * The facts of a repair case that decide which regime governs it and whether it may be repaired
 * (REP-1, REP-2, REP-4): where and in which sector's series, the kind and class of the information,
 * the date of the finding document the periods count from, the application date, the conditions
 * the applicant shows it meets, and the characteristics of the information a regime may declare
 * not repairable (codes such as {@code licence-revoked}). No personal data.
 *
 * @param jurisdiction where the information was decided
 * @param series the sector series (such as {@code market-regulation}) or {@code national}
 * @param kind the kind of information
 * @param severityClass its class
 * @param decisionDate the date of the finding document
 * @param applicationDate the date of the application
 * @param conditionsMet the conditions the applicant shows it meets (the minimum period is computed, not stated)
 * @param characteristics the codes of the information's characteristics
 */
public record RepairCase(Jurisdiction jurisdiction, String series, InformationKind kind, SeverityClass severityClass,
    LocalDate decisionDate, LocalDate applicationDate, Set<RepairCondition> conditionsMet, Set<String> characteristics) {

  /** The national series. */
  public static final String NATIONAL = "national";

  /**
   * @throws IllegalArgumentException if the application is dated before the decision
   * @throws NullPointerException if an argument is null
   */
  public RepairCase {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(series, "series");
    requireNonNull(kind, "kind");
    requireNonNull(severityClass, "severityClass");
    if (requireNonNull(applicationDate, "applicationDate").isBefore(requireNonNull(decisionDate, "decisionDate"))) {
      throw new IllegalArgumentException("an application cannot precede the decision it concerns");
    }
    conditionsMet = ImmutableSet.copyOf(conditionsMet);
    characteristics = ImmutableSet.copyOf(characteristics);
  }
}
