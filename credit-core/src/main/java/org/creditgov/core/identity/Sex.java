package org.creditgov.core.identity;

import org.creditgov.core.Bilingual;

/** Sex as GB 11643-1999 encodes it in the sequence code: odd for male, even for female. Named in zh-CN and en for messages. */
public enum Sex implements Bilingual {
  /** 男: an odd sequence code. */
  MALE("男", "male"),
  /** 女: an even sequence code. */
  FEMALE("女", "female");

  private final String nameZh;
  private final String nameEn;

  Sex(String nameZh, String nameEn) {
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
