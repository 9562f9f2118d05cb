package org.creditgov.core.catalog;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the record check ({@link ResolvedCatalog#check(CreditRecord)}), codes {@code
 * catalog.NAME}, each with its requirement and severity. Their facts ({@link CatalogFacts}) name
 * items and fields by their names and labels, types, formats, classes and subject types by their
 * Chinese and English names, and dates and periods as dates and periods — never a field's value,
 * which may be personal data. Texts, written for a county clerk, are in {@code
 * org/creditgov/core/catalog/messages*.properties}. When no catalog is in force the registry answers
 * with the spine's one finding, {@code ruleset.NOT_IN_FORCE}.
 */
public enum CatalogFinding implements FindingType {
  /**
   * The record's submission date is outside the period the resolved catalog holds for. Facts:
   * {@code submitted} (date), {@code period} (text: the period, in both languages).
   */
  OUTSIDE_RESOLVED_PERIOD(RequirementId.CAT_4, Severity.ERROR),
  /**
   * The item is not in the catalog in force: no collection beyond the catalog. Facts: {@code item}
   * (code), {@code jurisdiction} (term), {@code date} (date).
   */
  ITEM_NOT_IN_CATALOG(RequirementId.CAT_1, Severity.ERROR),
  /**
   * The item does not apply to the subject's type. Facts: {@code item} (term), {@code subjectType}
   * (term), {@code allowed} (terms: the types it applies to).
   */
  SUBJECT_TYPE_NOT_ALLOWED(RequirementId.CAT_3, Severity.ERROR),
  /** A required field is missing or blank. Facts: {@code item}, {@code field} (terms). */
  FIELD_MISSING(RequirementId.CAT_5, Severity.ERROR),
  /**
   * A field's value has the wrong type. Facts: {@code item}, {@code field}, {@code expected} (the
   * field's type), {@code found} (the kind of value given) (terms).
   */
  FIELD_WRONG_TYPE(RequirementId.CAT_3, Severity.ERROR),
  /** A field's value fails its format. Facts: {@code item}, {@code field}, {@code format} (terms). */
  FIELD_FORMAT_INVALID(RequirementId.CAT_3, Severity.ERROR),
  /**
   * A text value is longer than the field allows. Facts: {@code item}, {@code field} (terms),
   * {@code length}, {@code maxLength} (counts of characters).
   */
  FIELD_TOO_LONG(RequirementId.CAT_3, Severity.ERROR),
  /**
   * The record holds a field the item does not define: collection beyond the catalog. Facts:
   * {@code item} (term), {@code field} (code: the name the record gives).
   */
  FIELD_NOT_IN_CATALOG(RequirementId.CAT_1, Severity.ERROR),
  /**
   * A dishonesty-information record has no severity class. Facts: {@code item} (term), {@code
   * allowed} (terms: the classes the item allows).
   */
  SEVERITY_CLASS_MISSING(RequirementId.CAT_3, Severity.ERROR),
  /**
   * The record's severity class is not one the item allows. Facts: {@code item} (term), {@code
   * allowed} (terms), {@code severityClass} (term).
   */
  SEVERITY_CLASS_NOT_ALLOWED(RequirementId.CAT_3, Severity.ERROR),
  /**
   * The record has a severity class, but its item is not dishonesty information. Facts: {@code
   * item}, {@code severityClass} (terms).
   */
  SEVERITY_CLASS_NOT_APPLICABLE(RequirementId.CAT_3, Severity.WARNING),
  /** The record was submitted before the decision it rests on. Facts: {@code decided}, {@code submitted} (dates). */
  SUBMISSION_BEFORE_DECISION(RequirementId.CAT_5, Severity.ERROR),
  /**
   * The record was submitted after the item's update deadline. Facts: {@code item} (term), {@code
   * deadlineDays} (working days), {@code lastDayToSubmit}, {@code submitted} (dates), {@code taken}
   * (working days from the decision to the submission).
   */
  SUBMISSION_LATE(RequirementId.CAT_5, Severity.WARNING),
  /**
   * The deadline cannot be computed: the working-day calendar does not cover the dates. Facts:
   * {@code item} (term), {@code deadlineDays} (working days), {@code decided}, {@code calendarFrom},
   * {@code calendarLastDay} (dates).
   */
  DEADLINE_NOT_COMPUTABLE(RequirementId.CAT_5, Severity.REVIEW),
  /**
   * The publication window of a public record with a minimum period. Facts: {@code item} (term),
   * {@code start}, {@code lastDayOfMinimum}, {@code lastDayPublished} (dates, the last two
   * inclusive), {@code rule} (term: the regime, or the item's own period).
   */
  PUBLICATION_WINDOW(RequirementId.CAT_6, Severity.INFO),
  /**
   * The publication window of a public record without a minimum period (an early end may be asked
   * for at any time). Facts: {@code item} (term), {@code start}, {@code lastDayPublished} (dates),
   * {@code rule} (term).
   */
  PUBLICATION_WINDOW_NO_MINIMUM(RequirementId.CAT_6, Severity.INFO),
  /** A public record published with no automatic end. Facts: {@code item} (term), {@code start} (date). */
  PUBLICATION_WITHOUT_END(RequirementId.CAT_6, Severity.INFO),
  /**
   * Information of this class is not published by default under the regime in force. Facts: {@code
   * item}, {@code severityClass}, {@code regime} (terms), {@code maximum} (period).
   */
  NOT_PUBLISHED_BY_DEFAULT(RequirementId.CAT_6, Severity.INFO),
  /**
   * No publication regime of the item's series applies to the decision date: a person must decide.
   * Facts: {@code item} (term), {@code series} (text), {@code decided} (date).
   */
  NO_PUBLICATION_REGIME(RequirementId.CAT_6, Severity.REVIEW),
  /**
   * The regime in force sets no period for the record's class: a person must decide. Facts: {@code
   * item}, {@code regime}, {@code severityClass} (terms).
   */
  NO_PERIOD_FOR_CLASS(RequirementId.CAT_6, Severity.REVIEW);

  private final RequirementId requirement;
  private final Severity severity;

  CatalogFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "catalog";
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
    return ResourceBundle.getBundle("org.creditgov.core.catalog.messages", locale);
  }
}
