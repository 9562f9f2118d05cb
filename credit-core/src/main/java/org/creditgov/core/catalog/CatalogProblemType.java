package org.creditgov.core.catalog;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ProblemType;
import org.creditgov.core.text.Fact;

/**
 * The kinds of problem particular to catalog data and publication regimes (codes {@code
 * catalog.NAME}); the kinds every format shares (a missing key, a malformed date, a duplicate code,
 * a legal basis below the level CAT-2 requires, overlapping versions …) are {@link
 * org.creditgov.core.data.DataProblemType}s. Each kind serves a requirement, which its problems
 * carry. Texts, written for the data officer who fixes the file, are in {@code
 * org/creditgov/core/catalog/messages*.properties}.
 */
public enum CatalogProblemType implements ProblemType {
  /** Two categories of a catalog have the same code. Facts: {@code code} (code), {@code first} (code: the pointer of the first). */
  DUPLICATE_CATEGORY_CODE(RequirementId.CAT_3),
  /** An item names a category its catalog does not declare. Facts: {@code item}, {@code category} (codes). */
  UNKNOWN_CATEGORY(RequirementId.CAT_3),
  /** Two fields of an item have the same name. Facts: {@code code} (code: the name), {@code first} (code: the pointer of the first). */
  DUPLICATE_FIELD_NAME(RequirementId.CAT_3),
  /** A field name breaks the rule for field names. Facts: {@code value} (code). */
  INVALID_FIELD_NAME(RequirementId.CAT_3),
  /** A field format is given for a type it does not apply to. Facts: {@code format}, {@code type} (terms), {@code types} (terms: those it applies to). */
  FORMAT_NOT_FOR_TYPE(RequirementId.CAT_3),
  /** A maximum length is given for a field that is not text. Facts: {@code type} (term). */
  MAX_LENGTH_NOT_FOR_TYPE(RequirementId.CAT_3),
  /** Conditional sharing names no recipient or a blank one, or another kind of sharing names some. Facts: {@code kind} (term), {@code recipients} (count). */
  SHARING_RECIPIENTS(RequirementId.CAT_3),
  /** A publication rule does not fit its kind or its item. Facts: {@code detail} (text in both languages: what is wrong and how to fix it). */
  PUBLICATION_RULE_INVALID(RequirementId.CAT_6),
  /** An item's publication rule names a regime series no regime defines. Facts: {@code item} (term), {@code series} (code), {@code known} (text: the series known). */
  UNKNOWN_REGIME_SERIES(RequirementId.CAT_6),
  /** A regime gives two periods for one severity class. Facts: {@code severityClass} (term). */
  DUPLICATE_SEVERITY_CLASS(RequirementId.REP_4),
  /** A minimum publication period is longer than the maximum. Facts: {@code minimum}, {@code maximum} (periods). */
  MINIMUM_ABOVE_MAXIMUM(RequirementId.CAT_6),
  /** A publication period is zero or negative. Facts: {@code period} (period). */
  PERIOD_NOT_POSITIVE(RequirementId.CAT_6),
  /** A regime version has no series. */
  REGIME_WITHOUT_SERIES(RequirementId.REP_4);

  private final RequirementId requirement;

  CatalogProblemType(RequirementId requirement) {
    this.requirement = requirement;
  }

  @Override
  public String namespace() {
    return "catalog";
  }

  /** The requirement the rule serves; a problem of this kind serves it unless made to serve another. */
  public RequirementId requirement() {
    return requirement;
  }

  /** A problem of this kind at {@code pointer} in {@code source}, serving {@link #requirement()}. */
  public DataProblem at(String source, String pointer, Fact... facts) {
    return DataProblem.of(this, source, pointer, facts).serving(requirement);
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.core.catalog.messages", locale);
  }
}
