package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;

/**
 * The kind of body that implements a measure. Only {@link #PUBLIC_BODY} implements the measures of
 * public bodies; the others take measures of their own accord, and no department may compel them
 * to sanction a subject (SAN-5; seed §二.8).
 */
public enum BodyKind implements Bilingual {
  /** 公共管理机构: a state organ or an organisation authorised to manage public affairs. */
  PUBLIC_BODY("公共管理机构", "public body"),
  /** 金融机构. */
  FINANCIAL_INSTITUTION("金融机构", "financial institution"),
  /** 信用服务机构. */
  CREDIT_SERVICE_AGENCY("信用服务机构", "credit-service agency"),
  /** 行业协会（商会）. */
  TRADE_ASSOCIATION("行业协会（商会）", "trade association or chamber of commerce"),
  /** 新闻媒体. */
  NEWS_MEDIA("新闻媒体", "news media");

  /** Whether the body is a public body. */
  public boolean isPublic() {
    return this == PUBLIC_BODY;
  }

  private final String nameZh;
  private final String nameEn;

  BodyKind(String nameZh, String nameEn) {
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
