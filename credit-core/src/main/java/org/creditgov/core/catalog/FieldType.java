package org.creditgov.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.creditgov.core.Bilingual;
import org.creditgov.core.text.Term;

/**
 * The type of a field's value in a {@link CreditRecord} (CAT-3), with the Java type a value must
 * have: a value of another type is a finding ({@link CatalogFinding#FIELD_WRONG_TYPE}).
 */
public enum FieldType implements Bilingual {
  /** Text: a {@link String}. */
  TEXT("文本", "text"),
  /** A whole number: an {@link Integer} or {@link Long}. */
  INTEGER("整数", "whole number"),
  /** A decimal number, such as an amount of money: a {@link BigDecimal}, {@link Integer} or {@link Long}. */
  DECIMAL("数值（可含小数）", "number (decimals allowed)"),
  /** A date: a {@link LocalDate}. */
  DATE("日期", "date"),
  /** Yes or no: a {@link Boolean}. */
  BOOLEAN("是或否", "yes or no");

  private final String nameZh;
  private final String nameEn;

  FieldType(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Whether {@code value} has a Java type this field type accepts. */
  public boolean accepts(Object value) {
    switch (this) {
      case TEXT:
        return value instanceof String;
      case INTEGER:
        return value instanceof Integer || value instanceof Long;
      case DECIMAL:
        return value instanceof BigDecimal || value instanceof Integer || value instanceof Long;
      case DATE:
        return value instanceof LocalDate;
      case BOOLEAN:
        return value instanceof Boolean;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * What kind of value {@code value} is, for a message that says what a record holds instead of
   * what it should: 文本, 整数, 日期 … (its code is the Java type's simple name, for machines).
   */
  public static Term kindOf(Object value) {
    String code = value.getClass().getSimpleName();
    if (value instanceof String) {
      return Term.of(code, TEXT);
    } else if (value instanceof Integer || value instanceof Long) {
      return Term.of(code, INTEGER);
    } else if (value instanceof BigDecimal) {
      return Term.of(code, "带小数的数值", "decimal number");
    } else if (value instanceof Double || value instanceof Float) {
      return Term.of(code, "浮点数（金额等应使用精确的小数）", "floating-point number (amounts need exact decimals)");
    } else if (value instanceof LocalDate) {
      return Term.of(code, DATE);
    } else if (value instanceof Boolean) {
      return Term.of(code, BOOLEAN);
    }
    return Term.of(code, "其他类型的值", "a value of another type");
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
