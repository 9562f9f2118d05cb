package org.creditgov.core.catalog;

import org.creditgov.core.Bilingual;

/** Why a record stopped being published before its window ended (REP-3, CAT-6). */
public enum StopReason implements Bilingual {
  /** 信用修复: the repair was approved; publication stops that day (REP-3). */
  REPAIRED("信用修复", "credit repair"),
  /** 提前终止公示: publication was ended early, on request, after the minimum period. */
  ENDED_EARLY("提前终止公示", "publication ended early"),
  /** 撤销: the decision the record rests on was revoked, changed or declared invalid. */
  DECISION_REVOKED("决定被撤销或变更", "decision revoked or changed");

  private final String nameZh;
  private final String nameEn;

  StopReason(String nameZh, String nameEn) {
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
