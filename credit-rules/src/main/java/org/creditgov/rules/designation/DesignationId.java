package org.creditgov.rules.designation;

import org.creditgov.rules.procedure.CaseIds;
import org.jspecify.annotations.Nullable;

/**
 * The identity of one designation procedure: chosen by the department (its case number, say), at
 * most 64 visible characters without whitespace. It is printed in logs and messages, so it must not
 * contain personal data (no names, no identity numbers). Equal by value.
 */
public final class DesignationId implements Comparable<DesignationId> {

  private final String value;

  private DesignationId(String value) {
    this.value = value;
  }

  /**
   * The id of the given text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank, longer than 64 characters or contains
   *     whitespace or control characters
   */
  public static DesignationId of(String value) {
    CaseIds.check(value, "a designation id");
    return new DesignationId(value);
  }

  /** The id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(DesignationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DesignationId && ((DesignationId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
