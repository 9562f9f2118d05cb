package org.creditgov.privacy.consent;

import org.creditgov.core.Bilingual;

/**
 * Where a recorded consent stands at one instant (PRI-2, PRI-4), as {@link
 * StoredConsent#status(java.time.Instant)} computes it: the one computation every path that asks
 * "is this authorised" uses.
 */
public enum ConsentStatus implements Bilingual {
  /** Its validity has not begun. */
  NOT_YET_VALID("尚未生效", "not yet valid"),
  /** It authorises. */
  ACTIVE("有效", "active"),
  /** Its validity has ended (at its end instant, not one millisecond later). */
  EXPIRED("已过期", "expired"),
  /** The person withdrew it; the withdrawal took effect at its instant. */
  WITHDRAWN("已撤回", "withdrawn"),
  /** Every use it allowed has been made. */
  USED_UP("授权次数已用完", "used up");

  private final String nameZh;
  private final String nameEn;

  ConsentStatus(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Whether a consent of this status authorises. */
  public boolean authorises() {
    return this == ACTIVE;
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
