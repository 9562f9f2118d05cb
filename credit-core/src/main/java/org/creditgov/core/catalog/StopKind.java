package org.creditgov.core.catalog;

import org.creditgov.core.Bilingual;

/**
 * What stopped for a record before its window ended (REP-3): its publication on the credit
 * website or its sharing with other departments. An approved repair stops both on the same day;
 * publication ended early on request stops only publication.
 */
public enum StopKind implements Bilingual {
  /** 停止公示: the record is no longer published (the disclosure view withholds it). */
  PUBLICATION("停止公示", "publication stopped"),
  /** 停止共享: the record is no longer shared through the sharing platform. */
  SHARING("停止共享", "sharing stopped");

  private final String nameZh;
  private final String nameEn;

  StopKind(String nameZh, String nameEn) {
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
