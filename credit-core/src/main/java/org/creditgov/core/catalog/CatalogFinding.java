package org.creditgov.core.catalog;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the record check ({@link ResolvedCatalog#check(CreditRecord)}), each with its
 * requirement and severity. Messages are in {@code org/creditgov/core/catalog/messages*.properties};
 * their arguments are codes, field names, types, dates and counts, never field values.
 */
public enum CatalogFinding implements FindingType {
  /** No national basic catalog is in force on the record's submission date. */
  NO_CATALOG_IN_FORCE(RequirementId.CAT_4, Severity.ERROR),
  /** The record's submission date is outside the period the resolved catalog holds for. */
  OUTSIDE_RESOLVED_PERIOD(RequirementId.CAT_4, Severity.ERROR),
  /** The item is not in the catalog in force: no collection beyond the catalog. */
  ITEM_NOT_IN_CATALOG(RequirementId.CAT_1, Severity.ERROR),
  /** The item does not apply to the subject's type. */
  SUBJECT_TYPE_NOT_ALLOWED(RequirementId.CAT_3, Severity.ERROR),
  /** A required field is missing or blank. */
  FIELD_MISSING(RequirementId.CAT_5, Severity.ERROR),
  /** A field's value has the wrong type. */
  FIELD_WRONG_TYPE(RequirementId.CAT_3, Severity.ERROR),
  /** A field's value fails its format. */
  FIELD_FORMAT_INVALID(RequirementId.CAT_3, Severity.ERROR),
  /** A text value is longer than the field allows. */
  FIELD_TOO_LONG(RequirementId.CAT_3, Severity.ERROR),
  /** The record holds a field the item does not define: collection beyond the catalog. */
  FIELD_NOT_IN_CATALOG(RequirementId.CAT_1, Severity.ERROR),
  /** A dishonesty-information record has no severity class. */
  SEVERITY_CLASS_MISSING(RequirementId.CAT_3, Severity.ERROR),
  /** The record's severity class is not one the item allows. */
  SEVERITY_CLASS_NOT_ALLOWED(RequirementId.CAT_3, Severity.ERROR),
  /** The record has a severity class, but its item is not dishonesty information. */
  SEVERITY_CLASS_NOT_APPLICABLE(RequirementId.CAT_3, Severity.WARNING),
  /** The record was submitted before the decision it rests on. */
  SUBMISSION_BEFORE_DECISION(RequirementId.CAT_5, Severity.ERROR),
  /** The record was submitted after the item's update deadline. */
  SUBMISSION_LATE(RequirementId.CAT_5, Severity.WARNING),
  /** The deadline cannot be computed: the working-day calendar does not cover the dates. */
  DEADLINE_NOT_COMPUTABLE(RequirementId.CAT_5, Severity.REVIEW),
  /** The publication window of a public record. */
  PUBLICATION_WINDOW(RequirementId.CAT_6, Severity.INFO),
  /** A public record published with no automatic end. */
  PUBLICATION_WITHOUT_END(RequirementId.CAT_6, Severity.INFO),
  /** Information of this class is not published by default under the regime in force. */
  NOT_PUBLISHED_BY_DEFAULT(RequirementId.CAT_6, Severity.INFO),
  /** No publication regime of the item's series applies to the decision date: a person must decide. */
  NO_PUBLICATION_REGIME(RequirementId.CAT_6, Severity.REVIEW),
  /** The regime in force sets no period for the record's class: a person must decide. */
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
