package org.creditgov.privacy.query;

import org.creditgov.core.Bilingual;

/**
 * Why a query is held for review after it was registered (SEC-1: 查询使用登记和审查): the query
 * itself is answered, the flag puts it before a reviewer.
 */
public enum ReviewFlag implements Bilingual {
  /** The officer made more queries that day than the configured number. */
  OVER_DAILY_LIMIT("当日查询次数超过限额", "more queries that day than allowed"),
  /** Outside office hours, or on a day that is not a working day. */
  OFF_HOURS("非工作时间查询", "outside office hours"),
  /** A department's query under a statutory duty about a subject it has no open case for. */
  NO_OPEN_CASE("无在办事项的查询", "no open case for the subject"),
  /** The officer's queries were refused repeatedly that day. */
  REPEATED_REFUSALS("当日多次被拒绝", "repeatedly refused that day");

  private final String nameZh;
  private final String nameEn;

  ReviewFlag(String nameZh, String nameEn) {
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
