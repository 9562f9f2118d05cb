package org.creditgov.privacy.rights;

import org.creditgov.core.Bilingual;

/** How the officer who queried is shown to the person (PIPL Art. 44): named, pseudonymised, or not at all. */
public enum OfficerVisibility implements Bilingual {
  /** The officer's account as logged. */
  NAMED("显示经办人账号", "the officer's account"),
  /** A keyed pseudonym of the account: the same officer shows the same, without being named. */
  PSEUDONYMISED("显示经办人化名", "a pseudonym of the officer"),
  /** The department only. */
  HIDDEN("仅显示部门", "the department only");

  private final String nameZh;
  private final String nameEn;

  OfficerVisibility(String nameZh, String nameEn) {
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
