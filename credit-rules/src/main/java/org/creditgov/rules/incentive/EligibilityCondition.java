package org.creditgov.rules.incentive;

import org.creditgov.core.Bilingual;

/**
 * A condition a trustworthy subject meets to receive an incentive (INC-1; seed §二.9). Which
 * conditions an incentive requires is data of its {@link IncentiveList}; the conditions themselves
 * are this library's reading of "trustworthy" (守信), labelled as such in the bundled list.
 */
public enum EligibilityCondition implements Bilingual {
  /** No listing on a severe-dishonesty list is in force on the date. */
  NO_LISTING_IN_FORCE("无有效的严重失信主体名单列入记录", "no listing in force"),
  /** No serious (严重) dishonesty information that has not been repaired. */
  NO_UNREPAIRED_SERIOUS_DISHONESTY("无未修复的严重失信信息", "no unrepaired serious dishonesty information"),
  /** Every credit commitment (信用承诺) was kept. */
  COMMITMENTS_KEPT("信用承诺均已履行", "commitments kept");

  private final String nameZh;
  private final String nameEn;

  EligibilityCondition(String nameZh, String nameEn) {
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
