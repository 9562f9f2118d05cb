package org.creditgov.core.time;

import org.creditgov.core.Bilingual;

/**
 * What a {@link CalendarAnswer} rests on. A decision whose deadline is not {@link #OFFICIAL} should
 * be held for review until the year's State Council notice is loaded (policy-facts.md §7: a date the
 * calendar data does not cover is never answered as official).
 */
public enum CalendarBasis implements Bilingual {
  /** Every day counted is covered by the State Council's holiday notices loaded into the calendar. */
  OFFICIAL("依据国务院办公厅节假日安排通知", "according to the State Council's holiday notices"),
  /**
   * At least one day counted lies in a year no notice has been loaded for, and was judged by the
   * calendar's fallback: the statutory holidays without adjusted working days ({@link
   * WorkingDayCalendar.Fallback#PROVISIONAL}) or Monday to Friday ({@link
   * WorkingDayCalendar.Fallback#WEEKDAYS_ONLY}).
   */
  PROVISIONAL("推算（该年度节假日安排尚未加载，未含调休）", "provisional (that year's holiday notice is not loaded; no adjusted working days)");

  private final String nameZh;
  private final String nameEn;

  CalendarBasis(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public String nameZh() {
    return nameZh;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }
}
