package org.creditgov.rules.designation;

import org.creditgov.core.Bilingual;

/**
 * Whether a step with a working-day deadline was taken in time, as recorded in its event for
 * oversight figures (OPS-2).
 */
public enum Timeliness implements Bilingual {
  /** On or before the deadline. */
  ON_TIME("按期", "on time"),
  /** After the deadline: accepted, flagged, and counted. */
  OVERDUE("超期", "overdue"),
  /** The deadline could not be computed because the working-day calendar does not cover it; flagged. */
  NOT_COMPUTABLE("期限无法计算", "deadline not computable");

  private final String nameZh;
  private final String nameEn;

  Timeliness(String nameZh, String nameEn) {
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
