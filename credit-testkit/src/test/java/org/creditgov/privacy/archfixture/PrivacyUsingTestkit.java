package org.creditgov.privacy.archfixture;

import org.creditgov.testkit.Seeds;

/** Violates "nothing but the testkit depends on the testkit". */
public final class PrivacyUsingTestkit {
  private PrivacyUsingTestkit() {}

  /** Uses the testkit. */
  public static long seed() {
    return Seeds.random(1).nextLong(); // a call: a constant would be inlined, leaving no dependency
  }
}
