package org.creditgov.core.verdict;

import org.creditgov.core.Bilingual;

/** What a verdict decides, from the heaviest severity among its findings. */
public enum Outcome implements Bilingual {
  /** No finding refuses or holds the act: it may proceed (warnings may be attached). */
  ALLOWED("可以办理", "allowed"),
  /** A finding of {@link Severity#REVIEW}: the act waits for a recorded human assessment. */
  NEEDS_REVIEW("须经人工审核后办理", "needs review"),
  /** A finding of {@link Severity#ERROR}: the act is refused. */
  REFUSED("不予办理", "refused");

  private final String nameZh;
  private final String nameEn;

  Outcome(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The name in Simplified Chinese, as a clerk reads it. */
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
