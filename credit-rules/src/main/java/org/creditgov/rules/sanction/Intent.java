package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;

/**
 * Whether dishonest conduct was intentional (主观故意). Conduct that was not intentional is treated
 * leniently (宽容审慎, SAN-4), and conduct whose intent is not established waits for a person to
 * assess it.
 */
public enum Intent implements Bilingual {
  /** The conduct was intentional. */
  INTENTIONAL("主观故意", "intentional"),
  /** The conduct was not intentional (非主观故意). */
  NOT_INTENTIONAL("非主观故意", "not intentional"),
  /** Not established by the record. */
  UNKNOWN("是否故意未查明", "intent not established");

  private final String nameZh;
  private final String nameEn;

  Intent(String nameZh, String nameEn) {
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
