package org.creditgov.rules.archfixture;

import org.creditgov.privacy.archfixture.PrivacyUsingTestkit;

/** Violates "rules never depends on privacy". */
public final class RulesUsingPrivacy {
  private RulesUsingPrivacy() {}

  /** Uses privacy. */
  public static long use() {
    return PrivacyUsingTestkit.seed();
  }
}
