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
  PUBLICATION_ALREADY_ENDED(RequirementId.REP_4, Severity.WARNING),
  // the procedure (REP-2)
  /** A case of the id already exists. Facts: {@code repairId} (code). */
  ALREADY_APPLIED(RequirementId.REP_2, Severity.ERROR),
  /** No case of the id exists. Facts: {@code repairId} (code). */
  UNKNOWN_REPAIR(RequirementId.REP_2, Severity.ERROR),
  /** The case's status does not allow the step. Facts: {@code step} (text), {@code status} (term). */
  STEP_NOT_ALLOWED(RequirementId.REP_2, Severity.ERROR),
  /** The step is dated before the case's previous step. Facts: {@code date}, {@code previous} (dates). */
  DATE_BEFORE_PREVIOUS_STEP(RequirementId.REP_2, Severity.ERROR),
  /** The step is dated after today. Facts: {@code date}, {@code today} (dates). */
  DATE_IN_FUTURE(RequirementId.REP_2, Severity.ERROR),
  /** The step states no grounds. No facts. */
  GROUNDS_MISSING(RequirementId.REP_2, Severity.ERROR),
  /** The decision cites no legal basis. No facts. */
  BASIS_MISSING(RequirementId.REP_2, Severity.ERROR),
  /** A refusal states no remedies. No facts. */
  REMEDIES_MISSING(RequirementId.REP_2, Severity.ERROR),
  /** The decision has no document number. No facts. */
  DOCUMENT_NUMBER_MISSING(RequirementId.REP_3, Severity.ERROR),
  /**
   * The step was taken after its time limit (accepted, recorded, flagged). Facts: {@code step}
   * (text), {@code lastDay} (date), {@code workingDaysLate} (working days).
   */
  STEP_OVERDUE(RequirementId.REP_2, Severity.WARNING),
  /**
   * The step was taken after its time limit; the working days late cannot be counted (flagged).
   * Facts: {@code step} (text), {@code lastDay}, {@code date} (dates).
   */
  STEP_OVERDUE_UNCOUNTED(RequirementId.REP_2, Severity.WARNING),
  /**
   * The time limit's last day was counted beyond the official holiday calendar: provisional, held
   * for review. Facts: {@code step} (text), {@code lastDay} (date).
   */
  DEADLINE_PROVISIONAL(RequirementId.REP_2, Severity.WARNING),
  /**
   * The time limit could not be counted: the calendar does not cover it (flagged). Facts: {@code
   * step} (text), {@code workingDays} (working days), {@code countedFrom} (date).
   */
  DEADLINE_NOT_COMPUTABLE(RequirementId.REP_2, Severity.WARNING),
  /**
   * The decision was extended for a complex case but the regime sets no extension length: the
   * time limit is counted without it (flagged). Facts: {@code regime} (term).
   */
  EXTENSION_UNDETERMINED(RequirementId.REP_2, Severity.WARNING),
  /**
   * A penalty or listing decision was delivered without the credit-repair notice the regime in
   * force requires (两书同达, REP-6; flagged). Facts: {@code decisionDate} (date), {@code regime} (term).
   */
  NOTICE_NOT_DELIVERED(RequirementId.REP_6, Severity.WARNING);

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
