package org.creditgov.core.catalog;

import org.creditgov.core.Bilingual;

/**
 * How sensitive the content of a field is (CAT-3), deciding what disclosure must do with it
 * (CAT-6): personal data is masked before publication (脱敏, PRI-3); commercial and state secrets
 * are never disclosed.
 */
public enum Sensitivity implements Bilingual {
  /** Public information, such as an organisation's name and credit code. */
  PUBLIC("公开信息", "public"),
  /** Personal information (个人信息): masked before disclosure. */
  PERSONAL("个人信息", "personal"),
  /** Sensitive personal information (敏感个人信息): masked before disclosure. */
  SENSITIVE_PERSONAL("敏感个人信息", "sensitive personal"),
  /** A commercial secret (商业秘密): never disclosed. */
  COMMERCIAL_SECRET("商业秘密", "commercial secret"),
  /** A state secret (国家秘密): never disclosed. */
  STATE_SECRET("国家秘密", "state secret");

  private final String nameZh;
  private final String nameEn;

  Sensitivity(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Whether the field holds personal information and must be masked before disclosure (PRI-3). */
  public boolean isPersonal() {
    return this == PERSONAL || this == SENSITIVE_PERSONAL;
  }

  /** Whether the field is a secret that disclosure never exposes (CAT-6). */
  public boolean isSecret() {
    return this == COMMERCIAL_SECRET || this == STATE_SECRET;
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
