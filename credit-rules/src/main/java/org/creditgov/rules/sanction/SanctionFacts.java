package org.creditgov.rules.sanction;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.Term;

/**
 * The typed names of the facts the sanction check's findings carry (SAN-1 … SAN-6), to read back
 * what the check found or computed: {@code finding.fact(SanctionFacts.MAXIMUM)} is the measure's
 * maximum duration as a {@link Period}, not text to parse. Which finding carries which fact is in
 * the Javadoc of each {@link SanctionFinding}. No fact holds personal data.
 */
public final class SanctionFacts {

  /** The measure, by its code and names. */
  public static final FactKey<Term> MEASURE = FactKey.term("measure");
  /** The measure code a request names, when no measure of it is on the list in force. */
  public static final FactKey<String> MEASURE_CODE = FactKey.code("measureCode");
  /** The titles of the list versions in force (national first). */
  public static final FactKey<List<Term>> LISTS = FactKey.terms("lists");
  /** Where the measure would be applied. */
  public static final FactKey<Term> JURISDICTION = FactKey.term("jurisdiction");
  /** The decision date of the request. */
  public static final FactKey<LocalDate> DATE = FactKey.date("date");
  /** The subject's type. */
  public static final FactKey<Term> SUBJECT_TYPE = FactKey.term("subjectType");
  /** The subject types the measure applies to. */
  public static final FactKey<List<Term>> COVERED_TYPES = FactKey.terms("coveredTypes");
  /** The kind of the implementing body. */
  public static final FactKey<Term> BODY_KIND = FactKey.term("bodyKind");
  /** The list (list type) a listing is on. */
  public static final FactKey<Term> LIST_TYPE = FactKey.term("listType");
  /** The position of a conduct fact in the request, from 1. */
  public static final FactKey<Long> FACT_NUMBER = FactKey.count("factNumber");
  /** The date of a conduct fact. */
  public static final FactKey<LocalDate> FACT_DATE = FactKey.date("factDate");
  /** The measure's own legal bases as a decision cites them. */
  public static final FactKey<String> CITATIONS = FactKey.text("citations");
  /** The basis the request cites that is not in force. */
  public static final FactKey<String> CITATION = FactKey.text("citation");
  /** The id of the listing (designation) the request rests on. */
  public static final FactKey<String> LISTING = FactKey.code("listing");
  /** The listing's status on the decision date. */
  public static final FactKey<Term> STATUS = FactKey.term("status");
  /** The first day the subject is off the list (exclusive end of the listing), where it has left or will leave it. */
  public static final FactKey<LocalDate> LISTED_UNTIL = FactKey.date("listedUntil");
  /** The fields (领域) of the conduct facts. */
  public static final FactKey<List<Term>> CONDUCT_FIELDS = FactKey.terms("conductFields");
  /** The fields the measure applies to. */
  public static final FactKey<List<Term>> MEASURE_FIELDS = FactKey.terms("measureFields");
  /** The worst severity class of the conduct the measure answers. */
  public static final FactKey<Term> CONDUCT_CLASS = FactKey.term("conductClass");
  /** The least severity class the measure may answer. */
  public static final FactKey<Term> MINIMUM_CLASS = FactKey.term("minimumClass");
  /** The duration the request proposes. */
  public static final FactKey<Period> PROPOSED = FactKey.period("proposed");
  /** The measure's maximum duration. */
  public static final FactKey<Period> MAXIMUM = FactKey.period("maximum");
  /** The last day (inclusive) of the proposed duration counted from the decision date (Civil Code Arts. 201–202). */
  public static final FactKey<LocalDate> PROPOSED_LAST_DAY = FactKey.date("proposedLastDay");
  /** The last day (inclusive) of the maximum duration counted from the decision date. */
  public static final FactKey<LocalDate> MAXIMUM_LAST_DAY = FactKey.date("maximumLastDay");
  /** The date a leniency assessment was recorded. */
  public static final FactKey<LocalDate> ASSESSED_ON = FactKey.date("assessedOn");
  /** The number of the repair decision that lifted the sanctions founded on the information (REP-5). */
  public static final FactKey<String> DOCUMENT = FactKey.code("document");
  /** The day the repair took effect (REP-5). */
  public static final FactKey<LocalDate> REPAIRED_ON = FactKey.date("repairedOn");

  private SanctionFacts() {}
}
