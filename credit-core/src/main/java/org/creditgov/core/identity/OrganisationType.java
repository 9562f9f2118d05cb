package org.creditgov.core.identity;

import org.creditgov.core.Bilingual;

/**
 * The organisation-type code, the first two characters of a unified social credit code
 * (authority code and type code; GB 32100-2015). Codes not confirmed in policy-facts.md §5a decode
 * as {@link #UNKNOWN}.
 */
public enum OrganisationType implements Bilingual {
  /** 11: 机关. */
  ORGAN("11", "机关", "state organ"),
  /** 12: 事业单位. */
  PUBLIC_INSTITUTION("12", "事业单位", "public institution"),
  /** 13: 中央编办直接管理机构编制的群众团体. */
  MASS_ORGANISATION("13", "群众团体", "mass organisation"),
  /** 19: 其他 (under establishment authorities). */
  OTHER_ESTABLISHMENT("19", "其他（机构编制）", "other (establishment)"),
  /** 51: 社会团体. */
  SOCIAL_ORGANISATION("51", "社会团体", "social organisation"),
  /** 52: 民办非企业单位. */
  PRIVATE_NON_ENTERPRISE_UNIT("52", "民办非企业单位", "private non-enterprise unit"),
  /** 53: 基金会. */
  FOUNDATION("53", "基金会", "foundation"),
  /** 59: 其他 (under civil affairs). */
  OTHER_CIVIL_AFFAIRS("59", "其他（民政）", "other (civil affairs)"),
  /** 91: 企业. */
  ENTERPRISE("91", "企业", "enterprise"),
  /** 92: 个体工商户. */
  INDIVIDUAL_BUSINESS("92", "个体工商户", "individual business"),
  /** 93: 农民专业合作社. */
  FARMERS_COOPERATIVE("93", "农民专业合作社", "farmers' specialised cooperative"),
  /** Y1: 其他. */
  OTHER("Y1", "其他", "other"),
  /** A type code this library does not know. */
  UNKNOWN("??", "未知", "unknown");

  private final String code;
  private final String nameZh;
  private final String nameEn;

  OrganisationType(String code, String nameZh, String nameEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  static OrganisationType of(char authority, char type) {
    for (OrganisationType t : values()) {
      if (t.code.charAt(0) == authority && t.code.charAt(1) == type && t != UNKNOWN) {
        return t;
      }
    }
    return UNKNOWN;
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
