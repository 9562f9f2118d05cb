package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableSet;

/**
 * A format a field's value must have beyond its {@link FieldType} (CAT-3), reusing the library's
 * identifier types. Each format applies to some field types only; a catalog pairing a format with
 * another type is refused when it is loaded.
 */
public enum FieldFormat {
  /** A unified social credit code (GB 32100-2015), as {@code UnifiedSocialCreditCode.isValid}. */
  USCC(FieldType.TEXT),
  /** A resident identity number (GB 11643-1999), judged by the registry's clock. */
  RESIDENT_ID(FieldType.TEXT),
  /** A foreign permanent resident ID number (2017 or 2023 edition). */
  FOREIGN_PERMANENT_RESIDENT_ID(FieldType.TEXT),
  /** A resident identity number or a foreign permanent resident ID number. */
  PERSON_ID(FieldType.TEXT),
  /** An administrative division code (GB/T 2260) of a known province. */
  DIVISION_CODE(FieldType.TEXT),
  /** An amount of money in yuan: not negative, at most two decimal places. */
  AMOUNT(FieldType.DECIMAL, FieldType.INTEGER);

  private final ImmutableSet<FieldType> types;

  FieldFormat(FieldType first, FieldType... rest) {
    this.types = ImmutableSet.<FieldType>builder().add(first).add(rest).build();
  }

  /** The field types this format applies to. */
  public ImmutableSet<FieldType> appliesTo() {
    return types;
  }
}
