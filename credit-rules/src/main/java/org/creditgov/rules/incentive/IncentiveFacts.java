package org.creditgov.rules.incentive;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.Term;

/**
 * The typed names of the facts the incentive eligibility check's findings carry (INC-1), to read
 * back what the check found: {@code finding.fact(IncentiveFacts.DECIDED_ON)} is the decision date
 * of the unrepaired record as a {@link LocalDate}. Which finding carries which fact is in the
 * Javadoc of each {@link IncentiveFinding}. No fact holds personal data.
 */
public final class IncentiveFacts {

  /** The incentive, by its code and names. */
  public static final FactKey<Term> INCENTIVE = FactKey.term("incentive");
  /** The incentive code a query names, when no incentive of it is on the list in force. */
  public static final FactKey<String> INCENTIVE_CODE = FactKey.code("incentiveCode");
  /** The titles of the incentive-list versions in force. */
  public static final FactKey<List<Term>> LISTS = FactKey.terms("lists");
  /** Where the incentive would be granted. */
  public static final FactKey<Term> JURISDICTION = FactKey.term("jurisdiction");
  /** The date of the decision. */
  public static final FactKey<LocalDate> DATE = FactKey.date("date");
  /** The subject's type. */
  public static final FactKey<Term> SUBJECT_TYPE = FactKey.term("subjectType");
  /** The subject types the incentive is for. */
  public static final FactKey<List<Term>> ELIGIBLE_TYPES = FactKey.terms("eligibleTypes");
  /** The id of a listing (designation) in force. */
  public static final FactKey<String> LISTING = FactKey.code("listing");
  /** The list (list type) of that listing. */
  public static final FactKey<Term> LIST_TYPE = FactKey.term("listType");
  /** The first day the subject is off the list (exclusive end of the listing period). */
  public static final FactKey<LocalDate> LISTED_UNTIL = FactKey.date("listedUntil");
  /** The catalog item of an unrepaired serious dishonesty record. */
  public static final FactKey<String> ITEM = FactKey.code("item");
  /** The decision date of that record. */
  public static final FactKey<LocalDate> DECIDED_ON = FactKey.date("decidedOn");
  /** How many credit commitments were not kept. */
  public static final FactKey<Long> UNKEPT = FactKey.count("unkept");

  private IncentiveFacts() {}
}
