package org.creditgov.rules.designation;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the designation procedure, each with the requirement it serves. Errors refuse a
 * command; warnings are attached to an accepted command and kept for oversight figures (OPS-2).
 * Messages: {@code messages.properties} (English) and {@code messages_zh.properties} beside this
 * class. No message argument carries personal data.
 */
public enum DesignationFinding implements FindingType {
  // DES-1: lawful lists only
  /** The list type's basis is below a central policy document. */
  LIST_TYPE_BASIS_BELOW_LEVEL(RequirementId.DES_1, Severity.ERROR),
  /** The list type's basis is not in force on the step's date. */
  LIST_TYPE_BASIS_NOT_IN_FORCE(RequirementId.P_1, Severity.ERROR),
  /** The department's jurisdiction lies outside the local list type's jurisdiction. */
  OUTSIDE_LIST_JURISDICTION(RequirementId.DES_1, Severity.ERROR),
  // DES-2: national uniform criteria
  /** A local list type alters an attribute of the national criteria. */
  LIST_TYPE_ALTERS_CRITERIA(RequirementId.DES_2, Severity.ERROR),
  /** The proposal names another criteria version than the list type applies. */
  CRITERIA_VERSION_MISMATCH(RequirementId.DES_2, Severity.ERROR),
  // P-1: a designation rests on a legally effective document and stated grounds
  /** The proposal cites no legally effective ruling. */
  PROPOSAL_WITHOUT_EFFECTIVE_RULING(RequirementId.P_1, Severity.ERROR),
  /** The proposal states no grounds. */
  PROPOSAL_WITHOUT_GROUNDS(RequirementId.P_1, Severity.ERROR),
  // SAN-4: minors
  /** The subject is a minor and the list type excludes minors. */
  MINOR_EXCLUDED(RequirementId.SAN_4, Severity.ERROR),
  // DES-3: prior notice
  /** The notice states no grounds. */
  NOTICE_WITHOUT_GROUNDS(RequirementId.DES_3, Severity.ERROR),
  /** The notice states no basis. */
  NOTICE_WITHOUT_BASIS(RequirementId.DES_3, Severity.ERROR),
  /** The notice states no rights. */
  NOTICE_WITHOUT_RIGHTS(RequirementId.DES_3, Severity.ERROR),
  /** The notice has no service date. */
  NOTICE_WITHOUT_SERVICE_DATE(RequirementId.DES_3, Severity.ERROR),
  /** A decision without a served notice. */
  NOTICE_NOT_SERVED(RequirementId.DES_3, Severity.ERROR),
  /** The notice was served after the notice window (recorded, flagged). */
  NOTICE_SERVED_LATE(RequirementId.DES_3, Severity.WARNING),
  /** The notice was served after its deadline, and the working days late cannot be counted (recorded, flagged). */
  NOTICE_SERVED_LATE_UNCOUNTED(RequirementId.DES_3, Severity.WARNING),
  /** The notice deadline could not be computed: the calendar does not cover it (recorded, flagged). */
  NOTICE_DEADLINE_UNKNOWN(RequirementId.DES_3, Severity.WARNING),
  // DES-4: objection
  /** A decision before the objection window has passed, without a written waiver. */
  OBJECTION_WINDOW_NOT_PASSED(RequirementId.DES_4, Severity.ERROR),
  /** A decision while an objection is open. */
  OBJECTION_OPEN(RequirementId.DES_4, Severity.ERROR),
  /** An objection filed after the objection window closed. */
  OBJECTION_WINDOW_CLOSED(RequirementId.DES_4, Severity.ERROR),
  /** An objection filed after the subject waived the window in writing. */
  OBJECTION_RIGHT_WAIVED(RequirementId.DES_4, Severity.ERROR),
  /** A waiver without a written waiver document. */
  WAIVER_NOT_IN_WRITING(RequirementId.DES_4, Severity.ERROR),
  /** An answer when no objection is open. */
  NO_OPEN_OBJECTION(RequirementId.DES_4, Severity.ERROR),
  /** An answer without a written reply. */
  OBJECTION_REPLY_MISSING(RequirementId.DES_4, Severity.ERROR),
  /** The objection was answered after its deadline (recorded as overdue, flagged). */
  OBJECTION_ANSWER_OVERDUE(RequirementId.DES_4, Severity.WARNING),
  /** The objection was answered after its deadline, and the working days late cannot be counted (recorded, flagged). */
  OBJECTION_ANSWER_OVERDUE_UNCOUNTED(RequirementId.DES_4, Severity.WARNING),
  /** A decision needs the objection deadline, and the calendar does not cover it. */
  OBJECTION_DEADLINE_NOT_COMPUTABLE(RequirementId.DES_4, Severity.ERROR),
  /** An objection deadline used only to flag could not be computed (recorded, flagged). */
  OBJECTION_DEADLINE_UNKNOWN(RequirementId.DES_4, Severity.WARNING),
  // DES-5: decision document
  /** The decision has no document number. */
  DECISION_WITHOUT_DOCUMENT_NUMBER(RequirementId.DES_5, Severity.ERROR),
  /** The decision has no date. */
  DECISION_WITHOUT_DATE(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no grounds. */
  DECISION_WITHOUT_GROUNDS(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no basis. */
  DECISION_WITHOUT_BASIS(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no sanction-measure notice. */
  DECISION_WITHOUT_SANCTION_MEASURE_NOTICE(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no removal conditions. */
  DECISION_WITHOUT_REMOVAL_CONDITIONS(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no removal procedure. */
  DECISION_WITHOUT_REMOVAL_PROCEDURE(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no remedies. */
  DECISION_WITHOUT_REMEDIES(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no listing period. */
  DECISION_WITHOUT_LISTING_PERIOD(RequirementId.DES_5, Severity.ERROR),
  /** The decision omits a removal condition of the list type. */
  REMOVAL_CONDITION_NOT_STATED(RequirementId.DES_5, Severity.ERROR),
  // DES-6: period and removal
  /** The list type has no removal conditions. */
  LIST_TYPE_WITHOUT_REMOVAL_CONDITIONS(RequirementId.DES_6, Severity.ERROR),
  /** The decision's listing period is outside the list type's range. */
  LISTING_PERIOD_OUT_OF_RANGE(RequirementId.DES_6, Severity.ERROR),
  /** A removal of a designation that is not listed on the removal date. */
  NOT_LISTED(RequirementId.DES_6, Severity.ERROR),
  /** Expiry recorded before the listing period has ended. */
  EXPIRY_NOT_REACHED(RequirementId.DES_6, Severity.ERROR),
  /** A removal without the document it rests on. */
  REMOVAL_DOCUMENT_MISSING(RequirementId.DES_6, Severity.ERROR),
  // DES-7: every step kept, in order
  /** No designation has the id. */
  DESIGNATION_NOT_FOUND(RequirementId.DES_7, Severity.ERROR),
  /** The step is not allowed in the designation's status. */
  STEP_NOT_ALLOWED(RequirementId.DES_7, Severity.ERROR),
  /** The step's date is after today. */
  DATE_IN_FUTURE(RequirementId.DES_7, Severity.ERROR),
  /** The step's date is before the previous step's. */
  DATE_BEFORE_PREVIOUS_STEP(RequirementId.DES_7, Severity.ERROR);

  private final RequirementId requirement;
  private final Severity severity;

  DesignationFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "designation";
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
    return ResourceBundle.getBundle("org.creditgov.rules.designation.messages", locale);
  }
}
