package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;

/**
 * What a sanction request rests on: a specific fact of dishonest conduct, membership of a list, or
 * a credit score. A score is not a fact of conduct (SAN-2), and no individual may be sanctioned
 * because of one (SAN-6).
 */
public enum Trigger implements Bilingual {
  /** A specific fact of dishonest conduct (失信行为事实). */
  CONDUCT_FACT("失信行为事实", "a fact of dishonest conduct"),
  /** Membership of a list, such as a severe-dishonesty list (名单). */
  LIST_MEMBERSHIP("名单", "a list membership"),
  /** A credit score or evaluation (信用分). */
  CREDIT_SCORE("信用分", "a credit score");

  private final String nameZh;
  private final String nameEn;

  Trigger(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The name in Simplified Chinese. */
  @Override
  public String nameZh() {
    return nameZh;
  }

  /** The name in English. */
  @Override
  public String nameEn() {
    return nameEn;
  }
}
