package org.creditgov.core.catalog;

import org.creditgov.core.Bilingual;

/**
 * The class of a piece of dishonesty information (失信信息), which decides its publication period
 * under the regime in force (国办发〔2025〕22号 and NDRC Order 36 from 2026-04-01; earlier regimes map
 * onto the same classes). Shared with credit repair, whose eligibility follows the same periods.
 */
public enum SeverityClass implements Bilingual {
  /** 轻微: minor. */
  MINOR("轻微", "minor"),
  /** 一般: general. */
  GENERAL("一般", "general"),
  /** 严重: serious. */
  SERIOUS("严重", "serious");

  private final String nameZh;
  private final String nameEn;

  SeverityClass(String nameZh, String nameEn) {
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
