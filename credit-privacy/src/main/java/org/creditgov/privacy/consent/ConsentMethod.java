package org.creditgov.privacy.consent;

import org.creditgov.core.Bilingual;

/**
 * How a consent was given (PRI-2): in writing (a signed form), or electronically (a confirmed
 * online form). A purpose may require written consent, as a credit query does (征信业管理条例 Art. 18).
 */
public enum ConsentMethod implements Bilingual {
  /** 书面: a written, signed authorisation. */
  WRITTEN("书面授权", "written"),
  /** 电子: an electronic authorisation (an online form the person confirmed). */
  ELECTRONIC("电子授权", "electronic");

  private final String nameZh;
  private final String nameEn;

  ConsentMethod(String nameZh, String nameEn) {
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
