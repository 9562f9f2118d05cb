package org.creditgov.core.legal;

import org.creditgov.core.Bilingual;

/**
 * The level of a legal instrument, highest first (REQUIREMENTS.md LB-1). Each kind of act names
 * the lowest level that may found it (LB-2): a catalog item needs {@link #CENTRAL_POLICY_DOCUMENT}
 * or above (a local supplement also {@link #LOCAL_REGULATION}, CAT-2), a severe list {@link
 * #CENTRAL_POLICY_DOCUMENT} or above (DES-1), a sanction measure {@link #LOCAL_REGULATION} or
 * above (SAN-2).
 */
public enum InstrumentLevel implements Bilingual {
  /** 法律: a law of the National People's Congress or its Standing Committee. */
  LAW("法律", "law", false),
  /** 行政法规: an administrative regulation of the State Council. */
  ADMINISTRATIVE_REGULATION("行政法规", "administrative regulation", false),
  /** 党中央、国务院政策文件: a policy document of the Party Central Committee or the State Council. */
  CENTRAL_POLICY_DOCUMENT("党中央、国务院政策文件", "central policy document", false),
  /** 地方性法规: a local regulation of a local people's congress. */
  LOCAL_REGULATION("地方性法规", "local regulation", true),
  /** 部门规章: a rule of a State Council department. */
  DEPARTMENT_RULE("部门规章", "department rule", false),
  /** 地方政府规章: a rule of a local people's government. */
  LOCAL_GOVERNMENT_RULE("地方政府规章", "local government rule", true),
  /** 规范性文件: a normative document. */
  NORMATIVE_DOCUMENT("规范性文件", "normative document", false);

  private final String nameZh;
  private final String nameEn;
  private final boolean local;

  InstrumentLevel(String nameZh, String nameEn, boolean local) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.local = local;
  }

  /** Whether this level is {@code minimum} or higher (LB-2). */
  public boolean isAtLeast(InstrumentLevel minimum) {
    return ordinal() <= minimum.ordinal();
  }

  /** Whether instruments of this level are made by a local body and so belong to a jurisdiction. */
  public boolean isLocal() {
    return local;
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
