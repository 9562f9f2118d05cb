package org.creditgov.core.identity;

import org.creditgov.core.identity.InvalidIdentifierException.Reason;

/**
 * The outcome of the fast validation pass packed in an {@code int}, so that {@code isValid} and
 * {@code tryParse} decide without allocating: {@link #OK} or the first failure found. Only whether
 * it is {@link #OK} is used to decide; an exception lists its problems from a {@link Diagnosis},
 * made only for an invalid input.
 */
final class Failure {

  static final int OK = 0;

  private Failure() {}

  static int of(Reason reason, int position) {
    return ((reason.ordinal() + 1) << 24) | position;
  }
}
