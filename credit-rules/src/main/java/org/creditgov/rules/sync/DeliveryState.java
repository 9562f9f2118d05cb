package org.creditgov.rules.sync;

import org.creditgov.core.Bilingual;

/** Where the delivery of one change to one target stands (REP-3). */
public enum DeliveryState implements Bilingual {
  /** 待推送: not yet sent. */
  PENDING("待推送", "pending"),
  /** 已推送: sent, not yet acknowledged. */
  SENT("已推送", "sent"),
  /** 已确认: acknowledged by the target. */
  ACKNOWLEDGED("已确认", "acknowledged");

  private final String nameZh;
  private final String nameEn;

  DeliveryState(String nameZh, String nameEn) {
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
