package org.creditgov.core.verdict;

import org.creditgov.core.Bilingual;

/** How a finding weighs on a verdict, heaviest first. */
public enum Severity implements Bilingual {
  /** The act is refused. */
  ERROR("不予办理", "refuses"),
  /** The act may not simply proceed: a person must record an assessment first (as SAN-4 requires). */
  REVIEW("须人工审核", "needs review"),
  /** The act may proceed; the finding is flagged (for oversight, OPS-2). */
  WARNING("提示", "warning"),
  /** For information only. */
  INFO("告知", "for information");

  private final String nameZh;
  private final String nameEn;

  Severity(String nameZh, String nameEn) {
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
