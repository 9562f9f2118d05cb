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

  static InvalidIdentifierException toException(IdentifierType type, int failure, int length) {
    return new InvalidIdentifierException(type, reason(failure), position(failure), length);
  }
}
