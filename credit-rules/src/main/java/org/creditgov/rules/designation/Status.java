package org.creditgov.rules.designation;

import org.creditgov.core.Bilingual;

/**
 * Where a designation stands on a date ({@link Designation#statusOn}); {@link
 * Designation#statusOnLastStep()} is the status on the date of its last step. Only {@link #LISTED}
 * puts a subject on the published list. The names are those a clerk reads in messages.
 */
public enum Status implements Bilingual {
  /** The date is before the proposal: there was no procedure yet. */
  NOT_PROPOSED("尚未启动认定", "not yet proposed"),
  /** Proposed; the prior notice has not been served. */
  PROPOSED("已启动认定、尚未列入", "proposed, not listed"),
  /** The prior notice was served; the objection window runs or has passed, and no objection is open. */
  NOTIFIED("已预先告知、尚未列入", "notified, not listed"),
  /** An objection is open: no decision may be made (DES-4). */
  OBJECTION_PENDING("异议处理中、尚未列入", "objection pending, not listed"),
  /** On the list: published and shared (DES-6). */
  LISTED("列入名单", "listed"),
  /** The listing period has ended: off the list, with no event needed (DES-6). */
  EXPIRED("列入期限届满", "expired"),
  /** Removed before the end of its period: repaired, revoked through a remedy, or corrected (DES-6). */
  REMOVED("已移出（信用修复、撤销或纠错）", "removed (repaired, revoked or corrected)"),
  /** The procedure ended without listing: the objection was upheld or the proposal withdrawn. */
  DROPPED("认定已终止、未列入", "dropped, never listed");

  private final String nameZh;
  private final String nameEn;

  Status(String nameZh, String nameEn) {
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

  /** Whether the subject is on the published list in this status. */
  public boolean isListed() {
    return this == LISTED;
  }

  /** Whether no further step can change the outcome, other than revocation or correction of an expired listing. */
  public boolean isClosed() {
    return this == REMOVED || this == DROPPED;
  }
}
