package org.creditgov.core.identity;

import org.creditgov.core.Bilingual;

/**
 * The registration-authority code, the first character of a unified social credit code
 * (GB 32100-2015). Only the codes confirmed in policy-facts.md §5a are named; any other character
 * of the code alphabet decodes as {@link #UNKNOWN} and is not rejected, since the standard's full
 * table is not at hand.
 */
public enum RegistrationAuthority implements Bilingual {
  /** 1: 机构编制 (establishment authorities). */
  ESTABLISHMENT('1', "机构编制", "establishment authority"),
  /** 5: 民政 (civil affairs). */
  CIVIL_AFFAIRS('5', "民政", "civil affairs"),
  /** 9: 工商 (market regulation). */
  MARKET_REGULATION('9', "工商（市场监管）", "market regulation"),
  /** Y: 其他 (other authorities). */
  OTHER('Y', "其他", "other"),
  /** A code this library does not know; the code itself is in {@link UnifiedSocialCreditCode#value()}. */
  UNKNOWN('?', "未知", "unknown");

  private final char code;
  private final String nameZh;
  private final String nameEn;

  RegistrationAuthority(char code, String nameZh, String nameEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The decoded authority of a code character; {@link #UNKNOWN} when it is not one named here. */
  static RegistrationAuthority of(char code) {
    for (RegistrationAuthority a : values()) {
      if (a.code == code && a != UNKNOWN) {
        return a;
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
