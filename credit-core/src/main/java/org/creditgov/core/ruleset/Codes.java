package org.creditgov.core.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ProblemType;
import org.creditgov.core.text.Fact;
import org.jspecify.annotations.Nullable;

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

  /**
   * The problems of codes used twice in one list (items, categories, fields, measures …): each
   * repeat is a problem of {@code type} at its pointer, with the facts {@code code} (the code) and
   * {@code first} (the pointer of its first use). A null code (an entry too broken to read) is
   * skipped.
   *
   * @param codes the codes, in document order
   * @param pointer the pointer of the code at each index
   */
  public static List<DataProblem> duplicates(
      ProblemType type, String source, List<? extends @Nullable String> codes, IntFunction<String> pointer) {
    List<DataProblem> problems = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (code == null) {
        continue;
      }
      Integer seen = first.putIfAbsent(code, i);
      if (seen != null) {
        problems.add(DataProblem.of(type, source, pointer.apply(i), Fact.code("code", code),
            Fact.code("first", pointer.apply(seen))));
      }
    }
    return problems;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
