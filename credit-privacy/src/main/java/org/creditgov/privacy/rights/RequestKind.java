package org.creditgov.privacy.rights;

import org.creditgov.core.Bilingual;

/** What a person's request about a record becomes (PRI-1, DES-4). */
public enum RequestKind implements Bilingual {
  /** 更正 (PIPL Art. 46): the department corrects or completes the information. */
  CORRECTION("更正申请", "correction request"),
  /** 异议 (国办发〔2020〕49号 (八)): a listing or penalty record is objected to and verified. */
  OBJECTION("异议申请", "objection");

  private final String nameZh;
  private final String nameEn;

  RequestKind(String nameZh, String nameEn) {
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
