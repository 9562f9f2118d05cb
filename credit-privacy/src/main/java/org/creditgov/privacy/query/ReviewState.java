package org.creditgov.privacy.query;

import org.creditgov.core.Bilingual;

/** Where a registered query stands in review (SEC-1): not flagged, flagged and awaiting review, or reviewed. */
public enum ReviewState implements Bilingual {
  /** No flag: no review is needed. */
  NOT_FLAGGED("无需审查", "not flagged"),
  /** Flagged, awaiting a reviewer. */
  FLAGGED("待审查", "awaiting review"),
  /** Reviewed, with an outcome. */
  REVIEWED("已审查", "reviewed");

  private final String nameZh;
  private final String nameEn;

  ReviewState(String nameZh, String nameEn) {
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
