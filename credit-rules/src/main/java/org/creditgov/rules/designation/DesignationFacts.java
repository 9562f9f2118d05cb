package org.creditgov.rules.designation;

import java.time.LocalDate;
import java.time.Period;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.Term;

/**
 * The typed names of the facts designation findings carry (DES-1 … DES-7), to read back what a
 * check found or computed without parsing a message: {@code
 * finding.fact(DesignationFacts.OBJECTION_DEADLINE)} is the last day of the objection window as a
 * {@link LocalDate}. Each {@link DesignationFinding} constant names the facts it carries. Facts never
 * hold personal data.
 */
public final class DesignationFacts {

  /** The list type concerned: its code, Chinese and English names. */
  public static final FactKey<Term> LIST_TYPE = FactKey.term("listType");
  /** The code of a list type that could not be found. */
  public static final FactKey<String> LIST_TYPE_CODE = FactKey.code("listTypeCode");
  /** The national list type a local one applies. */
  public static final FactKey<Term> NATIONAL_LIST_TYPE = FactKey.term("nationalListType");
  /** The code of the national list type a local one applies, when it is not in force. */
  public static final FactKey<String> NATIONAL_LIST_TYPE_CODE = FactKey.code("nationalListTypeCode");
  /** A list type's founding instrument, as cited in a Chinese document (《title》article（number）). */
  public static final FactKey<String> BASIS = FactKey.text("basis");
  /** The level of an instrument (a term of {@link org.creditgov.core.legal.InstrumentLevel}). */
  public static final FactKey<Term> LEVEL = FactKey.term("level");
  /** The jurisdiction whose local regulation founds a list type. */
  public static final FactKey<Term> BASIS_JURISDICTION = FactKey.term("basisJurisdiction");
  /** The jurisdiction of a local list type. */
  public static final FactKey<Term> LIST_JURISDICTION = FactKey.term("listJurisdiction");
  /** The jurisdiction of the department that acts. */
  public static final FactKey<Term> DEPARTMENT_JURISDICTION = FactKey.term("departmentJurisdiction");
  /** The jurisdiction list types were resolved for. */
  public static final FactKey<Term> JURISDICTION = FactKey.term("jurisdiction");
  /** The attribute of the national criteria a local list type alters (field, category, basis …). */
  public static final FactKey<Term> CRITERION = FactKey.term("criterion");
  /** The criteria version a proposal applies. */
  public static final FactKey<String> PROPOSED_CRITERIA_VERSION = FactKey.code("proposedCriteriaVersion");
  /** The criteria version the list type applies. */
  public static final FactKey<String> CRITERIA_VERSION = FactKey.code("criteriaVersion");
  /** The date a step is dated, or the date a check is made on. */
  public static final FactKey<LocalDate> DATE = FactKey.date("date");
  /** Today, by the service's clock. */
  public static final FactKey<LocalDate> TODAY = FactKey.date("today");
  /** The date of the previous step. */
  public static final FactKey<LocalDate> PREVIOUS_STEP_DATE = FactKey.date("previousStepDate");
  /** The last day on which the prior notice is served in time (DES-3). */
  public static final FactKey<LocalDate> NOTICE_DEADLINE = FactKey.date("noticeDeadline");
  /** The last day of the objection window (DES-4). */
  public static final FactKey<LocalDate> OBJECTION_DEADLINE = FactKey.date("objectionDeadline");
  /**
   * The last day the working-day calendar's official holiday notices covered when a deadline was
   * estimated beyond them (DES-4).
   */
  public static final FactKey<LocalDate> OFFICIAL_UNTIL = FactKey.date("officialUntil");
  /** The last day on which an objection is answered in time (DES-4). */
  public static final FactKey<LocalDate> ANSWER_DEADLINE = FactKey.date("answerDeadline");
  /** Working days a step was taken after its deadline. */
  public static final FactKey<Integer> WORKING_DAYS_LATE = FactKey.workingDays("workingDaysLate");
  /** The working days of a window that could not be counted. */
  public static final FactKey<Integer> WORKING_DAYS = FactKey.workingDays("workingDays");
  /** The day a window is counted from (not itself counted). */
  public static final FactKey<LocalDate> COUNTED_FROM = FactKey.date("countedFrom");
  /** The date the notice was served. */
  public static final FactKey<LocalDate> SERVED_ON = FactKey.date("servedOn");
  /** The date an objection was filed. */
  public static final FactKey<LocalDate> OBJECTION_FILED_ON = FactKey.date("objectionFiledOn");
  /** The date an objection was answered. */
  public static final FactKey<LocalDate> ANSWERED_ON = FactKey.date("answeredOn");
  /** The date the subject waived the objection window in writing. */
  public static final FactKey<LocalDate> WAIVED_ON = FactKey.date("waivedOn");
  /** The last day a subject is listed (inclusive; Civil Code Arts. 201–202). */
  public static final FactKey<LocalDate> LAST_DAY_LISTED = FactKey.date("lastDayListed");
  /** The listing period a decision states. */
  public static final FactKey<Period> PERIOD = FactKey.period("period");
  /** The shortest listing period the list type allows. */
  public static final FactKey<Period> MINIMUM_PERIOD = FactKey.period("minimumPeriod");
  /** The longest listing period the list type allows. */
  public static final FactKey<Period> MAXIMUM_PERIOD = FactKey.period("maximumPeriod");
  /** A removal condition of the list type, as its founding rule words it. */
  public static final FactKey<String> REMOVAL_CONDITION = FactKey.text("removalCondition");
  /** The status of a designation (a term of {@link Status}). */
  public static final FactKey<Term> STATUS = FactKey.term("status");
  /**
   * The step a command asks for: {@code SERVE_NOTICE}, {@code WAIVE_OBJECTION}, {@code
   * FILE_OBJECTION}, {@code ANSWER_OBJECTION}, {@code WITHDRAW}, {@code DECIDE}, {@code REMOVE},
   * {@code RECORD_EXPIRY}, with their names.
   */
  public static final FactKey<Term> STEP = FactKey.term("step");
  /** Why a subject leaves the list (a term of {@link RemovalReason}). */
  public static final FactKey<Term> REASON = FactKey.term("reason");
  /** The kind of document required (a term of {@link DocumentRef.Kind}). */
  public static final FactKey<Term> DOCUMENT = FactKey.term("document");
  /** A designation's id. */
  public static final FactKey<String> DESIGNATION = FactKey.code("designation");

  /** What DES-1 requires of a list's basis ({@code required}): a text in both languages. */
  static final String REQUIRED = "required";

  private DesignationFacts() {}
}
