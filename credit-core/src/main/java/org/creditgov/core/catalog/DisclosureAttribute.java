package org.creditgov.core.catalog;

import org.creditgov.core.Bilingual;

/** The disclosure attribute of a catalog item (公开属性, CAT-3, CAT-6). */
public enum DisclosureAttribute implements Bilingual {
  /** 社会公开: published to the public for the item's publication period. */
  PUBLIC("社会公开", "public"),
  /** 依申请公开: disclosed only on request, to whoever the law entitles. */
  ON_REQUEST("依申请公开", "on request"),
  /** 不予公开: never published. */
  NONE("不予公开", "not disclosed");

  private final String nameZh;
  private final String nameEn;

  DisclosureAttribute(String nameZh, String nameEn) {
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
