package org.creditgov.core.identity;

import org.creditgov.core.Bilingual;

/** The kinds of identifier this package validates, named in zh-CN and en for messages. */
public enum IdentifierType implements Bilingual {
  /** 统一社会信用代码 (GB 32100-2015), the public code of organisations and individual businesses. */
  UNIFIED_SOCIAL_CREDIT_CODE("统一社会信用代码", "unified social credit code"),
  /** 公民身份号码 (GB 11643-1999), including the residence permits of Hong Kong, Macau and Taiwan residents. */
  RESIDENT_ID_NUMBER("公民身份号码", "resident identity number"),
  /** 外国人永久居留身份证号码, the 2017 and 2023 editions. */
  FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证号码", "foreign permanent resident ID number");

  private final String nameZh;
  private final String nameEn;

  IdentifierType(String nameZh, String nameEn) {
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
