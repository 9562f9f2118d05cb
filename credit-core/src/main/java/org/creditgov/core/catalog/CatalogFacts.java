package org.creditgov.core.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.Term;

/**
 * The typed keys of the facts the record check's findings carry ({@link CatalogFinding}), for
 * reading back what the check found or computed: {@code finding.fact(CatalogFacts.LAST_DAY_PUBLISHED)}
 * is the last day a record is published, as a {@link LocalDate}. Each finding type's Javadoc says
 * which facts it carries.
 */
public final class CatalogFacts {

  /** The catalog item: its code and names. */
  public static final FactKey<Term> ITEM = FactKey.term("item");
  /** The code of an item the catalog does not list (it has no names). */
  public static final FactKey<String> ITEM_CODE = FactKey.code("item");
  /** The field: its name as the code, its labels as names. */
  public static final FactKey<Term> FIELD = FactKey.term("field");
  /** The name of a field the item does not define. */
  public static final FactKey<String> FIELD_NAME = FactKey.code("field");
  /** The type the field's value must have. */
  public static final FactKey<Term> EXPECTED_TYPE = FactKey.term("expected");
  /** The kind of value the record holds instead (its code the Java type's simple name). */
  public static final FactKey<Term> FOUND_TYPE = FactKey.term("found");
  /** The format the value fails. */
  public static final FactKey<Term> FORMAT = FactKey.term("format");
  /** The length of a text, in characters. */
  public static final FactKey<Long> LENGTH = FactKey.count("length");
  /** The longest text a field allows, in characters. */
  public static final FactKey<Long> MAX_LENGTH = FactKey.count("maxLength");
  /** The subject's type. */
  public static final FactKey<Term> SUBJECT_TYPE = FactKey.term("subjectType");
  /** The subject types the item applies to. */
  public static final FactKey<List<Term>> ALLOWED_SUBJECT_TYPES = FactKey.terms("allowed");
  /** The record's severity class. */
  public static final FactKey<Term> SEVERITY_CLASS = FactKey.term("severityClass");
  /** The severity classes the item allows. */
  public static final FactKey<List<Term>> ALLOWED_CLASSES = FactKey.terms("allowed");
  /** The date of the decision the record rests on. */
  public static final FactKey<LocalDate> DECIDED = FactKey.date("decided");
  /** The date the record was submitted. */
  public static final FactKey<LocalDate> SUBMITTED = FactKey.date("submitted");
  /** The update deadline, in working days after the decision (CAT-5). */
  public static final FactKey<Integer> DEADLINE_WORKING_DAYS = FactKey.workingDays("deadlineDays");
  /** The last day of the update deadline (inclusive). */
  public static final FactKey<LocalDate> LAST_DAY_TO_SUBMIT = FactKey.date("lastDayToSubmit");
  /** The working days from the decision to the submission. */
  public static final FactKey<Integer> WORKING_DAYS_TAKEN = FactKey.workingDays("taken");
  /** The first day the working-day calendar covers. */
  public static final FactKey<LocalDate> CALENDAR_FROM = FactKey.date("calendarFrom");
  /** The last day the working-day calendar covers. */
  public static final FactKey<LocalDate> CALENDAR_LAST_DAY = FactKey.date("calendarLastDay");
  /** The first day of publication: the decision date. */
  public static final FactKey<LocalDate> PUBLICATION_START = FactKey.date("start");
  /** The last day of the minimum publication period (inclusive): an early end may take effect after it. */
  public static final FactKey<LocalDate> LAST_DAY_OF_MINIMUM = FactKey.date("lastDayOfMinimum");
  /** The last day the record is published by itself (inclusive). */
  public static final FactKey<LocalDate> LAST_DAY_PUBLISHED = FactKey.date("lastDayPublished");
  /** The longest publication period of the class under the regime. */
  public static final FactKey<Period> MAXIMUM = FactKey.period("maximum");
  /** The rule the period comes from: the regime (its id and titles), or the item's own period. */
  public static final FactKey<Term> RULE = FactKey.term("rule");
  /** The regime in force (its id and titles). */
  public static final FactKey<Term> REGIME = FactKey.term("regime");
  /** The regime series an item names, in order. */
  public static final FactKey<String> SERIES = FactKey.text("series");
  /** The jurisdiction the catalog was resolved for. */
  public static final FactKey<Term> JURISDICTION = FactKey.term("jurisdiction");
  /** The date the catalog was asked for. */
  public static final FactKey<LocalDate> DATE = FactKey.date("date");

  private CatalogFacts() {}
}
