package org.creditgov.testkit;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.HolidayNotice;

/**
 * Seeded generators of dates and fixed clocks, so that code that takes an injected {@link Clock}
 * (DESIGN.md: time is injected) is tested on many "todays" and each case is reproduced from its
 * seed. Deterministic given the {@link SplittableRandom}.
 */
public final class TimeGenerators {

  private TimeGenerators() {}

  /**
   * A date drawn uniformly from {@code from} to {@code toInclusive}.
   *
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code from}
   */
  public static LocalDate dateBetween(SplittableRandom random, LocalDate from, LocalDate toInclusive) {
    if (toInclusive.isBefore(from)) {
      throw new IllegalArgumentException("the range ends before it starts: " + from + " to " + toInclusive);
    }
    return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), toInclusive.toEpochDay() + 1));
  }

  /**
   * A clock fixed at a random instant of a random day from {@code from} to {@code toInclusive} in
   * China ({@link ChinaTime#ZONE}); a third of the time the instant is the first or the last
   * second of that day, where "today" changes.
   *
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code from}
   */
  public static Clock fixedClockInChina(SplittableRandom random, LocalDate from, LocalDate toInclusive) {
    LocalDate day = dateBetween(random, from, toInclusive);
    LocalTime time;
    switch (random.nextInt(6)) {
      case 0:
        time = LocalTime.MIDNIGHT;
        break;
      case 1:
        time = LocalTime.of(23, 59, 59, 999_000_000);
        break;
      default:
        time = LocalTime.ofSecondOfDay(random.nextInt(24 * 60 * 60));
    }
    return Clock.fixed(ZonedDateTime.of(day, time, ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);
  }

  private static final String[] HOLIDAYS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "国庆节、中秋节"};

  /**
   * Sound holiday notices for {@code years} consecutive years from {@code firstYear}, as a State
   * Council notice declares them: days off on any day of the year (sometimes the last day of
   * December of the year before), adjusted working days on Saturdays and Sundays only, no day twice
   * in all the notices; a document number, an issue date and a day of an amending notice some of
   * the time. For the round trip of the holiday-calendar format and the calendar's properties.
   *
   * @throws IllegalArgumentException if {@code years} is not positive
   */
  public static List<HolidayNotice> holidayNotices(SplittableRandom random, int firstYear, int years) {
    if (years <= 0) {
      throw new IllegalArgumentException("years must be positive: " + years);
    }
    Set<LocalDate> used = new HashSet<>();
    List<HolidayNotice> notices = new ArrayList<>();
    for (int y = firstYear; y < firstYear + years; y++) {
      List<HolidayNotice.Day> off = new ArrayList<>();
      List<HolidayNotice.Day> working = new ArrayList<>();
      int offCount = random.nextInt(35);
      for (int i = 0; i < offCount; i++) {
        LocalDate d = i == 0 && random.nextInt(4) == 0 && y > firstYear
            ? LocalDate.of(y - 1, 12, 31)
            : dateBetween(random, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        if (used.add(d)) {
          off.add(day(random, d));
        }
      }
      int workCount = random.nextInt(9);
      for (int i = 0; i < workCount; i++) {
        LocalDate d = dateBetween(random, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        while (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          d = d.plusDays(1);
        }
        if (d.getYear() == y && used.add(d)) {
          working.add(day(random, d));
        }
      }
      off.sort(java.util.Comparator.comparing(HolidayNotice.Day::date));
      working.sort(java.util.Comparator.comparing(HolidayNotice.Day::date));
      notices.add(new HolidayNotice(Year.of(y), "国务院办公厅关于" + y + "年部分节假日安排的通知",
          random.nextBoolean() ? Optional.of("国办发明电〔" + (y - 1) + "〕" + (1 + random.nextInt(30)) + "号") : Optional.empty(),
          random.nextBoolean() ? Optional.of(dateBetween(random, LocalDate.of(y - 1, 10, 1), LocalDate.of(y - 1, 12, 20))) : Optional.empty(),
          off, working));
    }
    return notices;
  }

  private static HolidayNotice.Day day(SplittableRandom random, LocalDate d) {
    return new HolidayNotice.Day(d, HOLIDAYS[random.nextInt(HOLIDAYS.length)],
        random.nextInt(10) == 0 ? Optional.of("国务院办公厅关于调整" + d.getYear() + "年部分节假日安排的通知") : Optional.empty());
  }
}
