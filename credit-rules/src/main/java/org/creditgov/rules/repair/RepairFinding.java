package org.creditgov.rules.repair;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of credit repair, codes {@code repair.NAME}, each with the requirement it serves and
 * the facts it carries. Errors refuse an application or a step; warnings are attached to an
 * accepted step and kept for oversight figures (OPS-2). Texts: {@code messages.properties}
 * (English) and {@code messages_zh.properties} beside this class, for a county clerk. No fact
 * carries personal data.
 */
public enum RepairFinding implements FindingType {
  /** The kind of information is not repairable under the regime. Facts: {@code kind}, {@code regime} (terms). */
  KIND_NOT_REPAIRABLE(RequirementId.REP_1, Severity.ERROR),
  /** The information is declared not repairable. Facts: {@code information}, {@code regime} (terms). */
  INFORMATION_NOT_REPAIRABLE(RequirementId.REP_1, Severity.ERROR),
  /**
   * No publication period for the class can be found (no publication regime of the series in force
   * on the date, or none for the class). Facts: {@code severityClass} (term), {@code regime} (term),
   * {@code date}.
   */
  PERIODS_UNDETERMINED(RequirementId.REP_4, Severity.ERROR),
  /**
   * The minimum publication period has not passed. Facts: {@code minimum} (period), {@code
   * earliestDate} (the first day an application may be made), {@code regime} (term).
   */
  MINIMUM_PERIOD_NOT_PASSED(RequirementId.REP_4, Severity.ERROR),
  /** A condition the regime requires is not met. Facts: {@code condition} (term), {@code regime} (term). */
  CONDITION_NOT_MET(RequirementId.REP_2, Severity.ERROR),
  /**
   * The maximum publication period has already passed: publication ended by itself (recorded,
   * flagged). Facts: {@code lastDay} (the last day published), {@code regime} (term).
   */
  PUBLICATION_ALREADY_ENDED(RequirementId.REP_4, Severity.WARNING);

  private final RequirementId requirement;
  private final Severity severity;

  RepairFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "repair";
  }

  @Override
  public RequirementId requirement() {
    return requirement;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.rules.repair.messages", locale);
  }
}
