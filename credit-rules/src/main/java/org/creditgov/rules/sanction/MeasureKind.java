package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;

/**
 * The three kinds of measure of the national basic list of dishonesty sanction measures
 * (全国失信惩戒措施基础清单). The Chinese names are this library's rendering: the exact category names
 * of the list are UNCONFIRMED in reference/policy-facts.md §2.
 *
 * <p>A {@link #RIGHTS_REDUCING} measure must cite law, administrative regulation, central policy
 * document or local regulation directly (SAN-2); a {@link #MANAGEMENT} measure cites its basis at
 * any level (P-1); a {@link #MARKET_AUTONOMOUS} measure is the own choice of an organisation other
 * than a public body, which no public body may compel (SAN-5).
 */
public enum MeasureKind implements Bilingual {
  /** 由公共管理机构依法依规实施的减损权益或增加义务的措施: reduces rights or adds duties (SAN-2). */
  RIGHTS_REDUCING(
      "由公共管理机构依法依规实施的减损权益或增加义务的措施",
      "a measure by public bodies that reduces rights or adds duties"),
  /** 由公共管理机构根据履职需要实施的相关管理措施: a management measure. */
  MANAGEMENT("由公共管理机构根据履职需要实施的相关管理措施", "a management measure by public bodies"),
  /** 由公共管理机构以外的组织自主实施的措施: taken by other organisations of their own accord (SAN-5). */
  MARKET_AUTONOMOUS(
      "由公共管理机构以外的组织自主实施的措施",
      "a measure organisations other than public bodies take of their own accord");

  /** Whether measures of this kind are implemented by public bodies. */
  public boolean isPublic() {
    return this != MARKET_AUTONOMOUS;
  }

  private final String nameZh;
  private final String nameEn;

  MeasureKind(String nameZh, String nameEn) {
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
