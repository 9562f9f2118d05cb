package org.creditgov.core.identity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.creditgov.core.identity.InvalidIdentifierException.Problem;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;

/**
 * Every problem of an input that failed the fast pass, in the order a clerk fixes them: made only
 * for an invalid input (so the valid path allocates nothing). It reads the trimmed, normalised text
 * as one unit per position: the UTF-16 units when their number is a length the identifier has
 * (a surrogate pair then takes two positions and is reported once, at its first), otherwise the
 * characters as a person counts them (code points). When neither count is a length the
 * identifier has, the problems are {@link Reason#LENGTH} and each character outside the alphabet.
 */
final class Diagnosis {

  /** Marks the second unit of a surrogate pair: no character of its own. */
  static final int PAIR_TAIL = -1;
  /** At most this many problems are listed for an input of a wrong length (a pasted page, say). */
  private static final int MAX_PROBLEMS = 50;

  final IdentifierType type;
  /** One unit per position of an input of a valid length; empty when the length is wrong (no valid length is 0). */
  final int[] units;
  private final List<Problem> problems = new ArrayList<>();

  private Diagnosis(IdentifierType type, int[] units) {
    this.type = type;
    this.units = units;
  }

  /** The units of {@code text} (trimmed and normalised), or a diagnosis of a wrong length. */
  static Diagnosis of(IdentifierType type, String text, IntPredicate inAlphabet, int... lengths) {
    int start = IdentifierText.trimmedStart(text);
    int end = IdentifierText.trimmedEnd(text, start);
    String s = IdentifierText.canonical(text, start, end);
    if (isOneOf(s.length(), lengths)) {
      int[] units = new int[s.length()];
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        units[i] = pair ? s.codePointAt(i) : c;
        if (pair) {
          units[++i] = PAIR_TAIL;
        }
      }
      return new Diagnosis(type, units);
    }
    int[] codePoints = s.codePoints().toArray();
    if (isOneOf(codePoints.length, lengths)) {
      return new Diagnosis(type, codePoints);
    }
    Diagnosis d = new Diagnosis(type, new int[0]);
    d.problems.add(Problem.length(type, codePoints.length));
    for (int i = 0; i < codePoints.length && d.problems.size() < MAX_PROBLEMS; i++) {
      if (!inAlphabet.test(codePoints[i])) {
        d.at(Reason.ALPHABET, i + 1);
      }
    }
    return d;
  }

  private static boolean isOneOf(int n, int[] lengths) {
    for (int l : lengths) {
      if (n == l) {
        return true;
      }
    }
    return false;
  }

  boolean lengthIsValid() {
    return units.length > 0;
  }

  void at(Reason reason, int position) {
    problems.add(Problem.at(type, reason, position));
  }

  void field(Reason reason, int first, int last) {
    problems.add(Problem.field(type, reason, first, last));
  }

  /** Whether the units {@code [from, to)} are all ASCII digits. */
  boolean digits(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(units[i])) {
        return false;
      }
    }
    return true;
  }

  /** The number the digit units {@code [from, from + count)} spell. */
  int number(int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (units[i] - '0');
    }
    return n;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  ImmutableList<Problem> problems() {
    if (problems.isEmpty()) {
      throw new IllegalStateException("the fast pass and the diagnosis of a " + type.nameEn() + " disagree");
    }
    return ImmutableList.copyOf(problems);
  }

  /** The problems, possibly none (the input is valid). */
  ImmutableList<Problem> problemsOrNone() {
    return ImmutableList.copyOf(problems);
  }

  InvalidIdentifierException exception() {
    return new InvalidIdentifierException(type, problems());
  }
}
