package org.creditgov.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The type of a field's value in a {@link CreditRecord} (CAT-3), with the Java type a value must
 * have: a value of another type is a finding ({@link CatalogFinding#FIELD_WRONG_TYPE}).
 */
public enum FieldType {
  /** Text: a {@link String}. */
  TEXT,
  /** A whole number: an {@link Integer} or {@link Long}. */
  INTEGER,
  /** A decimal number, such as an amount of money: a {@link BigDecimal}, {@link Integer} or {@link Long}. */
  DECIMAL,
  /** A date: a {@link LocalDate}. */
  DATE,
  /** Yes or no: a {@link Boolean}. */
  BOOLEAN;

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
}
