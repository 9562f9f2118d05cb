package org.creditgov.core.subject;

import org.creditgov.core.Bilingual;

/**
 * The kinds of credit subject (信用主体). Catalog items name the subject types they apply to in the
 * two categories of CAT-3: 法人和非法人组织 (organisations, keyed by unified social credit code) and
 * 自然人 (natural persons, keyed by an identity document).
 */
public enum SubjectType implements Bilingual {
  /** 法人: a legal person. */
  LEGAL_PERSON("法人", "legal person", true),
  /** 非法人组织: an unincorporated organisation. */
  UNINCORPORATED_ORGANISATION("非法人组织", "unincorporated organisation", true),
  /** 个体工商户: an individual business, registered with a unified social credit code. */
  INDIVIDUAL_BUSINESS("个体工商户", "individual business", true),
  /** 自然人: a natural person. */
  NATURAL_PERSON("自然人", "natural person", false);

  private final String nameZh;
  private final String nameEn;
  private final boolean organisation;

  SubjectType(String nameZh, String nameEn, boolean organisation) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.organisation = organisation;
  }

  /** Whether the subject is keyed by a unified social credit code (法人和非法人组织 in CAT-3's terms). */
  public boolean isOrganisation() {
    return organisation;
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
