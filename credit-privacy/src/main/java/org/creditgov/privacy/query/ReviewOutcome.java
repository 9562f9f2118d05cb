package org.creditgov.privacy.query;

import org.creditgov.core.Bilingual;

/** What a reviewer found of a flagged query (SEC-1). */
public enum ReviewOutcome implements Bilingual {
  /** The query served its purpose and founding. */
  JUSTIFIED("查询正当", "justified"),
  /** The query was not justified: a matter for discipline (the log keeps the finding). */
  UNJUSTIFIED("查询不当", "not justified");

  private final String nameZh;
  private final String nameEn;

  ReviewOutcome(String nameZh, String nameEn) {
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
