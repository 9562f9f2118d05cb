package org.creditgov.privacy.consent;

import org.creditgov.core.Bilingual;

/**
 * A separate consent (单独同意, PRI-4) the person gave beside the general one, for what PIPL
 * requires it for: sensitive personal information (Art. 29) and provision to another processor
 * (Art. 23).
 */
public enum SeparateConsent implements Bilingual {
  /** 处理敏感个人信息的单独同意 (PIPL Art. 29). */
  SENSITIVE_PERSONAL_INFORMATION("处理敏感个人信息的单独同意", "separate consent to sensitive personal information"),
  /** 向其他个人信息处理者提供的单独同意 (PIPL Art. 23). */
  PROVISION_TO_OTHER_PROCESSOR("向其他处理者提供的单独同意", "separate consent to provision to another processor");

  private final String nameZh;
  private final String nameEn;

  SeparateConsent(String nameZh, String nameEn) {
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
