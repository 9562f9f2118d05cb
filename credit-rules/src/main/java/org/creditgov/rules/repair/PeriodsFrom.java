package org.creditgov.rules.repair;

import org.creditgov.core.Bilingual;

/**
 * The transition rule of a repair regime (REP-4): by which date the publication periods of a case
 * are chosen. The regime itself (its conditions, time limits and notice) is always the one in
 * force on the application date; the periods (minimum before repair, maximum) come from the
 * publication regime in force on the date this says. Data, because the transitional rule of the
 * regimes is UNCONFIRMED (policy-facts §3).
 */
public enum PeriodsFrom implements Bilingual {
  /** The periods of the publication regime in force on the finding document's date (实体从旧). */
  DECISION_DATE("按认定文书日期适用公示期限", "periods of the regime in force on the decision date"),
  /** The periods of the publication regime in force on the application date (从新). */
  APPLICATION_DATE("按申请日期适用公示期限", "periods of the regime in force on the application date");

  private final String nameZh;
  private final String nameEn;

  PeriodsFrom(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public String nameZh() {
    return nameZh;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }
}
