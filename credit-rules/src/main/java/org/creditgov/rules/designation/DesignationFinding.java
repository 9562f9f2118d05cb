package org.creditgov.rules.designation;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the designation procedure, codes {@code designation.NAME}, each with the
 * requirement it serves and the facts it carries (read them back with {@link DesignationFacts}).
 * Errors refuse a command; warnings are attached to an accepted command and kept for oversight
 * figures (OPS-2). Texts: {@code messages.properties} (English) and {@code messages_zh.properties}
 * beside this class, written for a county clerk. No fact carries personal data.
 */
public enum DesignationFinding implements FindingType {
  // DES-1: lawful lists only
  /**
   * The list type's basis is below the level DES-1 requires. Facts: {@code listType} (term),
   * {@code basis} (text: the citation), {@code level} (term), {@code required} (text in both languages).
   */
  LIST_TYPE_BASIS_BELOW_LEVEL(RequirementId.DES_1, Severity.ERROR),
  /**
   * A local list type rests on a local regulation of a jurisdiction it does not belong to. Facts:
   * {@code listType} (term), {@code basis} (text), {@code basisJurisdiction}, {@code listJurisdiction} (terms).
   */
  LIST_TYPE_BASIS_OF_OTHER_JURISDICTION(RequirementId.DES_1, Severity.ERROR),
  /** The list type's basis is not in force on the step's date. Facts: {@code listType} (term), {@code basis} (text), {@code date}. */
  LIST_TYPE_BASIS_NOT_IN_FORCE(RequirementId.P_1, Severity.ERROR),
  /**
   * The department's jurisdiction lies outside the local list type's jurisdiction. Facts: {@code
   * listType}, {@code departmentJurisdiction}, {@code listJurisdiction} (terms).
   */
  OUTSIDE_LIST_JURISDICTION(RequirementId.DES_1, Severity.ERROR),
  /**
   * No list type of the code is in force anywhere on the date. Facts: {@code listTypeCode} (code),
   * {@code jurisdiction} (term), {@code date}.
   */
  LIST_TYPE_NOT_IN_FORCE(RequirementId.DES_1, Severity.ERROR),
  // DES-2: national uniform criteria
  /**
   * A local list type alters a criterion of the national list type it applies. Facts: {@code
   * listType}, {@code nationalListType}, {@code criterion} (terms).
   */
  LIST_TYPE_ALTERS_CRITERIA(RequirementId.DES_2, Severity.ERROR),
  /**
   * The national list type a local one applies is not in force. Facts: {@code listType} (term),
   * {@code nationalListTypeCode} (code), {@code date}.
   */
  NATIONAL_LIST_TYPE_NOT_IN_FORCE(RequirementId.DES_2, Severity.ERROR),
  /**
   * The proposal names another criteria version than the list type applies. Facts: {@code
   * listType} (term), {@code proposedCriteriaVersion}, {@code criteriaVersion} (codes).
   */
  CRITERIA_VERSION_MISMATCH(RequirementId.DES_2, Severity.ERROR),
  // P-1: a designation rests on a legally effective document and stated grounds
  /** The proposal cites no legally effective ruling. No facts. */
  PROPOSAL_WITHOUT_EFFECTIVE_RULING(RequirementId.P_1, Severity.ERROR),
  /** The proposal states no grounds. No facts. */
  PROPOSAL_WITHOUT_GROUNDS(RequirementId.P_1, Severity.ERROR),
  // SAN-4: minors
  /** The subject is a minor on the date and the list type excludes minors. Facts: {@code listType} (term), {@code date}. */
  MINOR_EXCLUDED(RequirementId.SAN_4, Severity.ERROR),
  /**
   * Whether the subject is a minor cannot be checked: the subject directory no longer holds the
   * person's details (masked or erased). Facts: {@code listType} (term), {@code date}.
   */
  SUBJECT_DETAILS_UNAVAILABLE(RequirementId.SAN_4, Severity.ERROR),
  // DES-3: prior notice
  /** The notice states no grounds. No facts. */
  NOTICE_WITHOUT_GROUNDS(RequirementId.DES_3, Severity.ERROR),
  /** The notice states no basis. No facts. */
  NOTICE_WITHOUT_BASIS(RequirementId.DES_3, Severity.ERROR),
  /** The notice states no rights. No facts. */
  NOTICE_WITHOUT_RIGHTS(RequirementId.DES_3, Severity.ERROR),
  /** The notice has no service date. No facts. */
  NOTICE_WITHOUT_SERVICE_DATE(RequirementId.DES_3, Severity.ERROR),
  /** A decision without a served notice. No facts. */
  NOTICE_NOT_SERVED(RequirementId.DES_3, Severity.ERROR),
  /** The notice was served after its deadline (recorded, flagged). Facts: {@code noticeDeadline}, {@code workingDaysLate}. */
  NOTICE_SERVED_LATE(RequirementId.DES_3, Severity.WARNING),
  /**
   * The notice was served after its deadline, and the working days late cannot be counted
   * (recorded, flagged). Facts: {@code noticeDeadline}, {@code servedOn}.
   */
  NOTICE_SERVED_LATE_UNCOUNTED(RequirementId.DES_3, Severity.WARNING),
  /**
   * The notice deadline could not be computed: the calendar does not cover it (recorded,
   * flagged). Facts: {@code workingDays}, {@code countedFrom}.
   */
  NOTICE_DEADLINE_UNKNOWN(RequirementId.DES_3, Severity.WARNING),
  // DES-4: objection
  /** A decision before the objection window has passed, without a written waiver. Facts: {@code objectionDeadline}. */
  OBJECTION_WINDOW_NOT_PASSED(RequirementId.DES_4, Severity.ERROR),
  /** A decision while an objection is open. Facts: {@code objectionFiledOn}. */
  OBJECTION_OPEN(RequirementId.DES_4, Severity.ERROR),
  /** An objection filed after the objection window closed. Facts: {@code objectionDeadline}. */
  OBJECTION_WINDOW_CLOSED(RequirementId.DES_4, Severity.ERROR),
  /** An objection filed, or a second waiver recorded, after the subject waived the window in writing. Facts: {@code waivedOn}. */
  OBJECTION_RIGHT_WAIVED(RequirementId.DES_4, Severity.ERROR),
  /** A waiver without a written waiver document. No facts. */
  WAIVER_NOT_IN_WRITING(RequirementId.DES_4, Severity.ERROR),
  /** An answer when no objection is open. No facts. */
  NO_OPEN_OBJECTION(RequirementId.DES_4, Severity.ERROR),
  /** An answer without a written reply. No facts. */
  OBJECTION_REPLY_MISSING(RequirementId.DES_4, Severity.ERROR),
  /** The objection was answered after its deadline (recorded as overdue, flagged). Facts: {@code answerDeadline}, {@code workingDaysLate}. */
  OBJECTION_ANSWER_OVERDUE(RequirementId.DES_4, Severity.WARNING),
  /**
   * The objection was answered after its deadline, and the working days late cannot be counted
   * (recorded, flagged). Facts: {@code answerDeadline}, {@code answeredOn}.
   */
  OBJECTION_ANSWER_OVERDUE_UNCOUNTED(RequirementId.DES_4, Severity.WARNING),
  /**
   * A decision needs the objection deadline, and the calendar does not cover it. Facts: {@code
   * workingDays}, {@code countedFrom}.
   */
  OBJECTION_DEADLINE_NOT_COMPUTABLE(RequirementId.DES_4, Severity.ERROR),
  /**
   * A decision needs the objection deadline, and it could only be estimated: the days counted lie
   * beyond the official holiday notices loaded, so the estimate lacks that year's adjusted working
   * days. The decision is held for review until the year's notice is loaded. Facts: {@code
   * objectionDeadline} (the estimate), {@code officialUntil}.
   */
  OBJECTION_DEADLINE_PROVISIONAL(RequirementId.DES_4, Severity.REVIEW),
  /**
   * An objection deadline used only to flag could not be computed (recorded, flagged). Facts:
   * {@code workingDays}, {@code countedFrom}.
   */
  OBJECTION_DEADLINE_UNKNOWN(RequirementId.DES_4, Severity.WARNING),
  // DES-5: decision document
  /** The decision has no document number. No facts. */
  DECISION_WITHOUT_DOCUMENT_NUMBER(RequirementId.DES_5, Severity.ERROR),
  /** The decision has no date. No facts. */
  DECISION_WITHOUT_DATE(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no grounds. No facts. */
  DECISION_WITHOUT_GROUNDS(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no basis. No facts. */
  DECISION_WITHOUT_BASIS(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no sanction-measure notice. No facts. */
  DECISION_WITHOUT_SANCTION_MEASURE_NOTICE(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no removal conditions. No facts. */
  DECISION_WITHOUT_REMOVAL_CONDITIONS(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no removal procedure. No facts. */
  DECISION_WITHOUT_REMOVAL_PROCEDURE(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no remedies. No facts. */
  DECISION_WITHOUT_REMEDIES(RequirementId.DES_5, Severity.ERROR),
  /** The decision states no listing period. No facts. */
  DECISION_WITHOUT_LISTING_PERIOD(RequirementId.DES_5, Severity.ERROR),
  /** The decision omits a removal condition of the list type. Facts: {@code removalCondition} (text). */
  REMOVAL_CONDITION_NOT_STATED(RequirementId.DES_5, Severity.ERROR),
  // DES-6: period and removal
  /** The list type has no removal conditions. Facts: {@code listType} (term). */
  LIST_TYPE_WITHOUT_REMOVAL_CONDITIONS(RequirementId.DES_6, Severity.ERROR),
  /**
   * The decision's listing period is outside the list type's range. Facts: {@code period}, {@code
   * minimumPeriod}, {@code maximumPeriod}.
   */
  LISTING_PERIOD_OUT_OF_RANGE(RequirementId.DES_6, Severity.ERROR),
  /** A removal of a designation that is not listed on the removal date. Facts: {@code status} (term), {@code date}. */
  NOT_LISTED(RequirementId.DES_6, Severity.ERROR),
  /** Expiry recorded before the listing period has ended. Facts: {@code lastDayListed}. */
  EXPIRY_NOT_REACHED(RequirementId.DES_6, Severity.ERROR),
  /** A removal without the document it rests on. Facts: {@code reason}, {@code document} (terms). */
  REMOVAL_DOCUMENT_MISSING(RequirementId.DES_6, Severity.ERROR),
  /** A removal as repaired without a repair approved on or before its date (REP-3). Facts: {@code date}. */
  REPAIR_NOT_APPROVED(RequirementId.REP_3, Severity.ERROR),
  // DES-7: every step kept, in order
  /** No designation has the id. Facts: {@code designation} (code). */
  DESIGNATION_NOT_FOUND(RequirementId.DES_7, Severity.ERROR),
  /** The step is not allowed in the designation's status. Facts: {@code step}, {@code status} (terms). */
  STEP_NOT_ALLOWED(RequirementId.DES_7, Severity.ERROR),
  /** The step's date is after today. Facts: {@code date}, {@code today}. */
  DATE_IN_FUTURE(RequirementId.DES_7, Severity.ERROR),
  /** The step's date is before the previous step's. Facts: {@code date}, {@code previousStepDate}. */
  DATE_BEFORE_PREVIOUS_STEP(RequirementId.DES_7, Severity.ERROR);

  private final RequirementId requirement;
  private final Severity severity;

  DesignationFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  /** {@code designation}. */
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
