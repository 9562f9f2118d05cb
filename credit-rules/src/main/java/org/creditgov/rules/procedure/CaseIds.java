package org.creditgov.rules.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;

/** The one rule for the ids of procedure cases (designations, repairs): 1 to 64 characters, no whitespace or control characters. */
public final class CaseIds {

  private CaseIds() {}

  /**
   * {@code value}, checked; {@code what} names the id in the message ("a designation id").
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it breaks the rule
   */
  @CanIgnoreReturnValue
  public static String check(String value, String what) {
    requireNonNull(value, "value");
    checkArgument(!value.isEmpty() && value.length() <= 64, "%s has 1 to 64 characters, has %s", what, value.length());
    for (int i = 0; i < value.length(); ) { // a loop, not a stream: ids are read back with every event
      int c = value.codePointAt(i);
      checkArgument(!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c),
          "%s contains no whitespace or control characters", what);
      i += Character.charCount(c);
    }
    return value;
  }
}
