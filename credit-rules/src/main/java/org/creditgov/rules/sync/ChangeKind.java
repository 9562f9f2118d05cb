package org.creditgov.rules.sync;

import org.creditgov.core.Bilingual;

/** What changed (REP-3, DES-6). */
public enum ChangeKind implements Bilingual {
  /** 列入名单. */
  LISTED("列入名单", "listed"),
  /** 移出名单. */
  REMOVED("移出名单", "removed from the list"),
  /** 信用修复. */
  REPAIRED("信用修复", "repaired"),
  /** 停止公示. */
  PUBLICATION_STOPPED("停止公示", "publication stopped"),
  /** 停止共享. */
  SHARING_STOPPED("停止共享", "sharing stopped");

  private final String nameZh;
  private final String nameEn;

  ChangeKind(String nameZh, String nameEn) {
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
