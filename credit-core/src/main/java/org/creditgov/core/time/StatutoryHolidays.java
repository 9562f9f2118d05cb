package org.creditgov.core.time;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 (policy-facts.md §7), year by year:
 * what a {@link WorkingDayCalendar.Fallback#PROVISIONAL} calendar counts as days off in a year no
 * State Council notice has been loaded for. Only the statute: weekends are off, and there are no
 * adjusted working days (调休) or bridging days, which only each year's notice sets.
 *
 * <ul>
 *   <li>From 2025 (the 2024 revision, in force 2025-01-01): 元旦 1 January; 春节 4 days from the
 *       lunar New Year's Eve (除夕) to the 3rd day of the first month; 清明节 the day of the Qingming
 *       solar term; 劳动节 1 and 2 May; 端午节 the 5th day of the 5th month; 中秋节 the 15th day of the
 *       8th month; 国庆节 1 to 3 October.
 *   <li>Before 2025 (the 2013 revision): the same, but 春节 3 days from the 1st day of the first
 *       month (New Year's Eve not included) and 劳动节 1 May only.
 * </ul>
 *
 * <p>The lunar dates and the Qingming dates, which need astronomy, come from a bundled table
 * ({@code cn-statutory-movable-days-2020-2100.csv}) that {@code StatutoryHolidaysTest} re-derives
 * from ICU4J and compares, so ICU4J is a test dependency only. The table covers 2020 to 2100.
 */
final class StatutoryHolidays {

  static final int FIRST_YEAR = 2020;
  static final int LAST_YEAR = 2100;
  /** The first year of the 2024 revision: 春节 from New Year's Eve, 劳动节 2 days. */
  static final int REVISION_2024_FROM = 2025;
  static final String TABLE = "cn-statutory-movable-days-2020-2100.csv";
  static final String HEADER = "year,lunarNewYearsEve,qingming,dragonBoat,midAutumn";
  /** The source a provisional day names, in place of a notice. */
  static final String SOURCE = "全国年节及纪念日放假办法（推算，未含调休）";

  /** The dates of one year that need astronomy. */
  record MovableDays(int year, LocalDate lunarNewYearsEve, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {}

  private static final class Holder {
    static final StatutoryHolidays BUNDLED = load();
  }

  private final ImmutableMap<Integer, MovableDays> years;
  /** Every statutory day off 2020–2100, with its holiday's name. */
  private final ImmutableSortedMap<LocalDate, String> days;

  private StatutoryHolidays(ImmutableMap<Integer, MovableDays> years) {
    this.years = years;
    TreeMap<LocalDate, String> all = new TreeMap<>();
    years.values().forEach(m -> all.putAll(daysOff(m)));
    this.days = ImmutableSortedMap.copyOfSorted(all);
  }

  static StatutoryHolidays bundled() {
    return Holder.BUNDLED;
  }

  /** The first day the table covers. */
  static LocalDate coveredFrom() {
    return LocalDate.of(FIRST_YEAR, 1, 1);
  }

  /** The last day the table covers. */
  static LocalDate coveredUntil() {
    return LocalDate.of(LAST_YEAR, 12, 31);
  }

  /** The statutory holiday {@code date} is a day off for, if any (the table must cover the date). */
  @Nullable String holidayOn(LocalDate date) {
    return days.get(date);
  }

  MovableDays movable(int year) {
    return java.util.Objects.requireNonNull(years.get(year), "the table covers the year");
  }

  /**
   * The statutory days off of the year of {@code m}, under the revision in force that year, each
   * with its holiday's name; a day two holidays share (中秋节 on 1 October) is one day.
   */
  static ImmutableSortedMap<LocalDate, String> daysOff(MovableDays m) {
    int y = m.year();
    boolean revised = y >= REVISION_2024_FROM;
    TreeMap<LocalDate, String> d = new TreeMap<>();
    put(d, LocalDate.of(y, 1, 1), "元旦");
    for (int i = revised ? 0 : 1; i <= 3; i++) {
      put(d, m.lunarNewYearsEve().plusDays(i), "春节");
    }
    put(d, m.qingming(), "清明节");
    put(d, LocalDate.of(y, 5, 1), "劳动节");
    if (revised) {
      put(d, LocalDate.of(y, 5, 2), "劳动节");
    }
    put(d, m.dragonBoat(), "端午节");
    put(d, m.midAutumn(), "中秋节");
    for (int day = 1; day <= 3; day++) {
      put(d, LocalDate.of(y, 10, day), "国庆节");
    }
    return ImmutableSortedMap.copyOfSorted(d);
  }

  private static void put(Map<LocalDate, String> d, LocalDate date, String name) {
    d.merge(date, name, (a, b) -> a + "、" + b);
  }

  private static StatutoryHolidays load() {
    InputStream in = StatutoryHolidays.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException("the bundled table " + TABLE + " is missing from the jar");
    }
    ImmutableMap.Builder<Integer, MovableDays> years = ImmutableMap.builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = false;
      int expected = FIRST_YEAR;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = check(line.equals(HEADER), "header", line);
          continue;
        }
        String[] c = line.split(",", -1);
        check(c.length == 5 && Integer.parseInt(c[0]) == expected, "row", line);
        MovableDays m = new MovableDays(expected, LocalDate.parse(c[1]), LocalDate.parse(c[2]), LocalDate.parse(c[3]), LocalDate.parse(c[4]));
        check(m.lunarNewYearsEve().getYear() == expected && m.qingming().getYear() == expected
            && m.dragonBoat().getYear() == expected && m.midAutumn().getYear() == expected, "dates of the year", line);
        years.put(expected, m);
        expected++;
      }
      check(expected == LAST_YEAR + 1, "years " + FIRST_YEAR + "-" + LAST_YEAR, "ends at " + (expected - 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StatutoryHolidays(years.buildOrThrow());
  }

  @CanIgnoreReturnValue
  private static boolean check(boolean ok, String what, String line) {
    if (!ok) {
      throw new IllegalStateException("the bundled table " + TABLE + " is broken (" + what + "): " + line);
    }
    return true;
  }

}
