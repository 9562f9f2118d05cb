package org.creditgov.privacy.archfixture;

import org.creditgov.rules.archfixture.RulesUsingPrivacy;

/** Violates "privacy never depends on rules". */
public final class PrivacyUsingRules {
  private PrivacyUsingRules() {}

  /** Uses rules. */
  public static long use() {
    return RulesUsingPrivacy.use();
  }
}
