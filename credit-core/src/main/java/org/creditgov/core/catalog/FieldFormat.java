package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableSet;
import org.creditgov.core.Bilingual;

/**
 * A format a field's value must have beyond its {@link FieldType} (CAT-3), reusing the library's
 * identifier types. Each format applies to some field types only; a catalog pairing a format with
 * another type is refused when it is loaded.
 */
public enum FieldFormat implements Bilingual {
  /** A unified social credit code (GB 32100-2015), as {@code UnifiedSocialCreditCode.isValid}. */
  USCC("统一社会信用代码", "unified social credit code", FieldType.TEXT),
  /** A resident identity number (GB 11643-1999), judged by the registry's clock. */
  RESIDENT_ID("公民身份号码", "resident identity number", FieldType.TEXT),
  /** A foreign permanent resident ID number (2017 or 2023 edition). */
  FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证号码", "foreign permanent resident ID number", FieldType.TEXT),
  /** A resident identity number or a foreign permanent resident ID number. */
  PERSON_ID("公民身份号码或外国人永久居留身份证号码", "resident identity or foreign permanent resident ID number", FieldType.TEXT),
  /** An administrative division code (GB/T 2260) of a known province. */
  DIVISION_CODE("行政区划代码", "administrative division code", FieldType.TEXT),
  /** An amount of money in yuan: not negative, at most two decimal places. */
  AMOUNT("金额（不为负数，最多两位小数）", "amount of money (not negative, at most two decimal places)",
      FieldType.DECIMAL, FieldType.INTEGER);

  private final String nameZh;
  private final String nameEn;
  private final ImmutableSet<FieldType> types;

  FieldFormat(String nameZh, String nameEn, FieldType first, FieldType... rest) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.types = ImmutableSet.<FieldType>builder().add(first).add(rest).build();
  }

  /** The field types this format applies to. */
  public ImmutableSet<FieldType> appliesTo() {
    return types;
  }

  /** The name in Simplified Chinese. */
  @Override
  public String nameZh() {
    return nameZh;
  }

  /** The name in English. */
  @Override
  public String nameEn() {
    return nameEn;
  }
}
