package org.creditgov.rules.repair;

import org.creditgov.core.Bilingual;

/**
 * The kinds of dishonesty information a repair regime may make repairable (REP-1; NDRC Order 36
 * Art. 4, SAMR Order 107): a regime lists the kinds it covers as data.
 */
public enum InformationKind implements Bilingual {
  /** 严重失信主体名单信息. */
  SEVERE_LIST("严重失信主体名单信息", "severe dishonesty list information"),
  /** 行政处罚信息. */
  ADMINISTRATIVE_PENALTY("行政处罚信息", "administrative penalty information"),
  /** 经营异常名录信息. */
  ABNORMAL_LIST("经营异常名录信息", "abnormal operation list information"),
  /** 抽查检查不合格信息 (SAMR Order 107 adds it). */
  NEGATIVE_SPOT_CHECK("抽查检查不合格信息", "negative spot-check results"),
  /** 其他失信信息. */
  OTHER("其他失信信息", "other dishonesty information");

  private final String nameZh;
  private final String nameEn;

  InformationKind(String nameZh, String nameEn) {
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
