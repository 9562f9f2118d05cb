package org.creditgov.rules.repair;

import org.creditgov.rules.procedure.CaseIds;
import org.jspecify.annotations.Nullable;

/** The id of one repair case (信用修复申请), as a department numbers it: 1 to 64 characters, no whitespace. */
public final class RepairId implements Comparable<RepairId> {

  private final String value;

  private RepairId(String value) {
    this.value = value;
  }

  /**
   * The id of the given text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank, longer than 64 characters or contains whitespace
   *     or control characters
   */
  public static RepairId of(String value) {
    CaseIds.check(value, "a repair id");
    return new RepairId(value);
  }

  /** The id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RepairId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RepairId other && value.equals(other.value);
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
