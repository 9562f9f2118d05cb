package org.creditgov.core.identity;

import org.creditgov.core.identity.InvalidIdentifierException.Reason;

/**
 * A validation outcome packed in an {@code int}, so that {@code isValid} and {@code tryParse}
 * decide without allocating: {@link #OK} or a reason and a 1-based position (0 when none).
 */
final class Failure {

  static final int OK = 0;

  private Failure() {}

  static int of(Reason reason, int position) {
    return ((reason.ordinal() + 1) << 24) | position;
  }

  static Reason reason(int failure) {
    return Reason.values()[(failure >>> 24) - 1];
  }

  static int position(int failure) {
    return failure & 0xFFFFFF;
  }

  /**
   * The exception for a trimmed text {@code text[start, end)} whose UTF-16 length is none of
   * {@code lengths}. Counted in characters (code points), as a person counts them: if that count is
   * one of {@code lengths}, the fault is a character outside the Basic Multilingual Plane (an emoji,
   * say), reported as {@link Reason#ALPHABET} at its position; otherwise it is {@link Reason#LENGTH}.
   */
  static InvalidIdentifierException lengthException(IdentifierType type, String text, int start, int end, int... lengths) {
    int characters = text.codePointCount(start, end);
    for (int valid : lengths) {
      if (characters == valid) {
        int position = 1;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i)), position++) {
          if (Character.isSupplementaryCodePoint(text.codePointAt(i))) {
            break;
          }
        }
        return toException(type, of(Reason.ALPHABET, position), characters);
      }
    }
    return toException(type, of(Reason.LENGTH, 0), characters);
  }

  static InvalidIdentifierException toException(IdentifierType type, int failure, int length) {
    return new InvalidIdentifierException(type, reason(failure), position(failure), length);
  }
}
