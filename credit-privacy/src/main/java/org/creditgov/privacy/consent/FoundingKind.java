package org.creditgov.privacy.consent;

import org.creditgov.core.Bilingual;

/**
 * What a use of personal credit information rests on (PIPL Art. 13, PRI-4): the person's consent,
 * or the performance of a statutory duty or obligation, which needs no consent but a legal basis.
 */
public enum FoundingKind implements Bilingual {
  /** 取得个人的同意 (PIPL Art. 13(1)): the person consented. */
  CONSENT("个人同意", "the person's consent"),
  /** 为履行法定职责或者法定义务所必需 (PIPL Art. 13(3)): a statutory duty, with its legal basis. */
  STATUTORY_DUTY("履行法定职责或法定义务", "a statutory duty or obligation");

  private final String nameZh;
  private final String nameEn;

  FoundingKind(String nameZh, String nameEn) {
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
