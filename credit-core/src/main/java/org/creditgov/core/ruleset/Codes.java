package org.creditgov.core.ruleset;

/**
 * The one rule for the codes and ids of reference data (rule-set ids, catalog items, measures,
 * incentives, list types, regimes, purposes): 1 to 64 ASCII letters, digits, {@code _}, {@code -} or
 * {@code .}, starting with a letter or digit. The JSON Schemas state the same rule.
 */
public final class Codes {

  /** The rule, in English, for messages. */
  public static final String RULE =
      "1 to 64 letters, digits, '_', '-' or '.', starting with a letter or digit";

  /** The rule as a regular expression, as the JSON Schemas write it. */
  public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";

  private Codes() {}

  /** Whether {@code s} is a valid code. */
  public static boolean isValid(String s) {
    if (s.isEmpty() || s.length() > 64 || !isAsciiLetterOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
