package org.creditgov.core.identity;

/** How strictly a unified social credit code is validated. */
public enum ValidationLevel {
  /** GB 32100-2015: length, alphabet, structure and the check character. */
  STANDARD,
  /**
   * {@link #STANDARD}, and the embedded 9-character organisation code (GB 11714) must pass its own
   * check. Optional because codes issued to some subjects (individual businesses above all) carry
   * subject identifiers that were never GB 11714 organisation codes.
   */
  STRICT
}
