package org.creditgov.rules.repair;

import org.creditgov.core.Bilingual;

/** Where a repair case stands (REP-2). */
public enum RepairStatus implements Bilingual {
  /** 已申请: applied for, awaiting acceptance. */
  APPLIED("已申请", "applied for"),
  /** 已受理: accepted; the authority decides. */
  ACCEPTED("已受理", "accepted"),
  /** 不予受理: not accepted (final). */
  NOT_ACCEPTED("不予受理", "not accepted"),
  /** 准予修复: approved (final): the effects of REP-3 and REP-5 follow. */
  APPROVED("准予修复", "approved"),
  /** 不予修复: refused (final). */
  REFUSED("不予修复", "refused"),
  /** 已撤回: withdrawn by the applicant (final). */
  WITHDRAWN("已撤回", "withdrawn");

  private final String nameZh;
  private final String nameEn;

  RepairStatus(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Whether no further step is possible. */
  public boolean isFinal() {
    return this != APPLIED && this != ACCEPTED;
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
