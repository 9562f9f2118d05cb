package org.creditgov.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditgov.core.time.StatutoryHolidays.MovableDays;
import org.junit.jupiter.api.Test;

/**
 * The bundled table of statutory holidays against ICU4J (the maintained library the lunar dates
 * and Qingming come from), and the provisional rule against every official year.
 *
 * <p>To regenerate the table (a new ICU4J, or more years): {@code mvn -pl credit-core test
 * -Dtest=StatutoryHolidaysTest -Dcreditgov.writeStatutoryTable=credit-core/src/main/resources/org/creditgov/core/time/cn-statutory-movable-days-2020-2100.csv}.
 */
class StatutoryHolidaysTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** An astronomical event this close to midnight in China makes the date uncertain. */
  private static final Duration NEAR_MIDNIGHT = Duration.ofMinutes(60);

  /**
   * Where the table departs from ICU4J, and why: only in a year whose event ICU's own astronomy puts
   * within an hour of midnight ({@link #uncertain()}), each with its evidence; UNCONFIRMED against
   * the Purple Mountain Observatory's almanac, which could not be read here.
   */
  static final Map<Integer, String> CORRECTIONS = Map.of(
      2027, "除夕 2027-02-05 (正月初一 2027-02-06): ICU4J 78.1 puts the new moon at 00:03 on 7 February China time and 正月初一 on "
          + "7 February; the annular solar eclipse of 6 February 2027 (greatest at about 16:00 UTC, i.e. 24:00 China time) "
          + "and published calendars put the new moon a few minutes before midnight, so 正月初一 is 6 February");

  /** The table's days: ICU4J's, with the {@link #CORRECTIONS}. */
  static MovableDays expected(int year) {
    MovableDays icu = derive(year);
    return year == 2027
        ? new MovableDays(2027, LocalDate.of(2027, 2, 5), icu.qingming(), icu.dragonBoat(), icu.midAutumn())
        : icu;
  }

  /** The movable days of {@code year} as ICU4J's Chinese calendar and astronomer give them. */
  static MovableDays derive(int year) {
    ChineseCalendar lunar = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"), ULocale.CHINA);
    LocalDate eve = null;
    LocalDate dragonBoat = null;
    LocalDate midAutumn = null;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      lunar.setTimeInMillis(d.atTime(12, 0).atZone(CHINA).toInstant().toEpochMilli());
      boolean leap = lunar.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
      int month = lunar.get(ChineseCalendar.MONTH) + 1;
      int day = lunar.get(ChineseCalendar.DAY_OF_MONTH);
      if (!leap && month == 1 && day == 1) {
        eve = d.minusDays(1);
      } else if (!leap && month == 5 && day == 5) {
        dragonBoat = d;
      } else if (!leap && month == 8 && day == 15) {
        midAutumn = d;
      }
    }
    return new MovableDays(year, eve, qingming(year).atZone(CHINA).toLocalDate(), dragonBoat, midAutumn);
  }

  /** When the sun reaches ecliptic longitude 15° (清明) in {@code year}. */
  private static Instant qingming(int year) {
    CalendarAstronomer astronomer = new CalendarAstronomer(LocalDate.of(year, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    return Instant.ofEpochMilli(astronomer.getSunTime(Math.PI / 12, true));
  }

  /** The new moon that starts the lunar month beginning on or near {@code monthStart}. */
  private static Instant newMoon(LocalDate monthStart) {
    CalendarAstronomer astronomer = new CalendarAstronomer(monthStart.minusDays(2).atStartOfDay(CHINA).toInstant().toEpochMilli());
    return Instant.ofEpochMilli(astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true));
  }

  private static boolean nearMidnight(Instant t) {
    ZonedDateTime z = t.atZone(CHINA);
    Duration since = Duration.between(z.toLocalDate().atStartOfDay(CHINA), z);
    return since.compareTo(NEAR_MIDNIGHT) < 0 || Duration.ofDays(1).minus(since).compareTo(NEAR_MIDNIGHT) < 0;
  }

  /** The years whose holiday dates rest on an event within an hour of midnight, with what it is. */
  static Map<Integer, String> uncertain() {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int y = StatutoryHolidays.FIRST_YEAR; y <= StatutoryHolidays.LAST_YEAR; y++) {
      MovableDays m = derive(y);
      List<String> what = new ArrayList<>();
      if (nearMidnight(newMoon(m.lunarNewYearsEve().plusDays(1)))) {
        what.add("春节 " + newMoon(m.lunarNewYearsEve().plusDays(1)).atZone(CHINA).toLocalDateTime().withNano(0));
      }
      if (nearMidnight(qingming(y))) {
        what.add("清明 " + qingming(y).atZone(CHINA).toLocalDateTime().withNano(0));
      }
      if (nearMidnight(newMoon(m.dragonBoat().minusDays(4)))) {
        what.add("端午 " + newMoon(m.dragonBoat().minusDays(4)).atZone(CHINA).toLocalDateTime().withNano(0));
      }
      if (nearMidnight(newMoon(m.midAutumn().minusDays(14)))) {
        what.add("中秋 " + newMoon(m.midAutumn().minusDays(14)).atZone(CHINA).toLocalDateTime().withNano(0));
      }
      if (!what.isEmpty()) {
        out.put(y, String.join(", ", what));
      }
    }
    return out;
  }

  @Test
  void theBundledTableIsWhatIcu4jDerives() throws IOException {
    String path = System.getProperty("creditgov.writeStatutoryTable");
    if (path != null) {
      write(Path.of(path));
    }
    StatutoryHolidays bundled = StatutoryHolidays.bundled();
    for (int y = StatutoryHolidays.FIRST_YEAR; y <= StatutoryHolidays.LAST_YEAR; y++) {
      assertThat(bundled.movable(y)).as("year %d", y).isEqualTo(expected(y));
    }
    assertThat(uncertain().keySet()).as("a correction only where ICU's astronomy is uncertain").containsAll(CORRECTIONS.keySet());
    for (int y : CORRECTIONS.keySet()) {
      assertThat(derive(y)).as("the correction of %d still departs from ICU4J (else drop it)", y).isNotEqualTo(expected(y));
    }
  }

  /** The known dates of the official notices 2020-2026, which the table must agree with. */
  @Test
  void theTableAgreesWithTheOfficialNoticesOf2020To2026() {
    StatutoryHolidays t = StatutoryHolidays.bundled();
    assertThat(t.movable(2025)).isEqualTo(new MovableDays(2025, LocalDate.of(2025, 1, 28), LocalDate.of(2025, 4, 4),
        LocalDate.of(2025, 5, 31), LocalDate.of(2025, 10, 6)));
    assertThat(t.movable(2026)).isEqualTo(new MovableDays(2026, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 5),
        LocalDate.of(2026, 6, 19), LocalDate.of(2026, 9, 25)));
    assertThat(t.movable(2020).midAutumn()).isEqualTo(LocalDate.of(2020, 10, 1)); // one day with 国庆节
    assertThat(StatutoryHolidays.daysOff(t.movable(2020))).hasSize(10); // 11 days of the 2013 revision, two on one day
    assertThat(StatutoryHolidays.daysOff(t.movable(2026))).hasSize(13).containsEntry(LocalDate.of(2026, 2, 16), "春节");
    assertThat(StatutoryHolidays.daysOff(t.movable(2024))).doesNotContainKey(LocalDate.of(2024, 2, 9)); // 除夕 only from 2025
  }

  private static void write(Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("# The dates of the statutory holidays that need astronomy (全国年节及纪念日放假办法; policy-facts.md §7), 2020-2100:\n");
    s.append("# the lunar New Year's Eve (除夕, the day before 正月初一), the Qingming solar term (sun at 15°), the Dragon Boat\n");
    s.append("# festival (五月初五) and the Mid-Autumn festival (八月十五), as dates in China (UTC+8).\n");
    s.append("# Generated by StatutoryHolidaysTest from ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
        .append(" (ChineseCalendar, CalendarAstronomer), which re-derives and compares it on every build.\n");
    s.append("# PROVISIONAL: not an official almanac. Where ICU's astronomy puts the event within an hour of midnight the date\n");
    s.append("# may differ from the one the Purple Mountain Observatory publishes (UNCONFIRMED), in these years (event, China time):\n");
    uncertain().forEach((y, what) -> s.append("#   ").append(y).append(": ").append(what).append('\n'));
    s.append("# Departures from ICU4J (StatutoryHolidaysTest.CORRECTIONS), UNCONFIRMED:\n");
    CORRECTIONS.forEach((y, why) -> s.append("#   ").append(y).append(": ").append(why).append('\n'));
    s.append(StatutoryHolidays.HEADER).append('\n');
    for (int y = StatutoryHolidays.FIRST_YEAR; y <= StatutoryHolidays.LAST_YEAR; y++) {
      MovableDays m = expected(y);
      s.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s%n", y, m.lunarNewYearsEve(), m.qingming(), m.dragonBoat(), m.midAutumn()));
    }
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
  }
}
