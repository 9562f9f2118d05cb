package org.creditgov.core.archfixture;

import org.creditgov.bench.archfixture.BenchFixture;
import org.creditgov.examples.archfixture.ExamplePrints;
import org.creditgov.privacy.archfixture.PrivacyUsingTestkit;
import org.creditgov.rules.archfixture.RulesUsingPrivacy;
import org.creditgov.testkit.Seeds;

/** Violates "core depends on none of rules, privacy, testkit, examples, bench", once each. */
public final class CoreUsingTheModulesAboveIt {
  private CoreUsingTheModulesAboveIt() {}

  /** Uses every module core must not know. */
  public static long use() {
    ExamplePrints.main(new String[0]);
    return Seeds.random(1).nextLong() + RulesUsingPrivacy.use() + PrivacyUsingTestkit.seed() + BenchFixture.value();
  }
}
