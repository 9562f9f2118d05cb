package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;

/**
 * The departmental workflows a measure or an incentive applies in, and that call {@code
 * org.creditgov.rules.CreditCheck} (OPS-1; seed §二.9, §三.(三)).
 */
public enum BusinessContext implements Bilingual {
  /** 行政许可: licensing and approval. */
  LICENSING("行政许可", "licensing"),
  /** 政府采购: government procurement. */
  PROCUREMENT("政府采购", "government procurement"),
  /** 招标投标: tendering and bidding. */
  TENDERING("招标投标", "tendering"),
  /** 财政性资金安排、融资: public funding and financing. */
  FUNDING("财政性资金安排与融资", "funding"),
  /** 日常检查、专项检查: routine and special inspections. */
  INSPECTION("日常检查", "inspection"),
  /** 担任法定代表人、负责人: appointing a legal representative or person in charge. */
  LEGAL_REPRESENTATIVE_APPOINTMENT("担任法定代表人、负责人", "appointing a legal representative");

  private final String nameZh;
  private final String nameEn;

  BusinessContext(String nameZh, String nameEn) {
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
