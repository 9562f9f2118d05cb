package org.creditgov.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.time.WorkingDayCalendar.Fallback;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TimeGenerators;
import org.junit.jupiter.api.Test;

/**
 * The provisional calendar after the official data (policy-facts.md §7): the statutory holidays
 * checked against every official year, answers that say what they rest on, and a loaded notice
 * that makes its year official (DES-4 objection windows and REP-2 repair deadlines reaching 2027).
 */
class ProvisionalCalendarTest {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();
  private static final LocalDate OFFICIAL_UNTIL = LocalDate.of(2026, 12, 31);

  /**
   * For every official year 2020–2026, every statutory day the provisional rule computes is a day
   * off in the official calendar; the official days off it misses are the bridging days of 调休,
   * and the adjusted working days it cannot know. Both are counted per year and pinned.
   */
  @Test
  void theStatutoryDaysOfEveryOfficialYearAreOfficialDaysOff() {
    Map<Integer, String> report = new LinkedHashMap<>();
    for (int y = 2020; y <= 2026; y++) {
      Map<LocalDate, String> statutory = StatutoryHolidays.daysOff(StatutoryHolidays.bundled().movable(y));
      for (LocalDate d : statutory.keySet()) {
        assertThat(CHINA.isWorkingDay(d)).as("%s (%s) is a statutory holiday", d, statutory.get(d)).isFalse();
      }
      int missedDaysOff = 0;
      int missedWorkingDays = 0;
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        boolean provisionalOff = !HolidayNotice.isWeekday(d) || statutory.containsKey(d);
        if (!CHINA.isWorkingDay(d) && !provisionalOff) {
          missedDaysOff++;
        }
        if (CHINA.isWorkingDay(d) && provisionalOff) {
          missedWorkingDays++;
        }
      }
      report.put(y, missedDaysOff + " days off, " + missedWorkingDays + " working days");
    }
    System.out.println("official days the provisional rule misses, per year: " + report);
    assertThat(report).containsExactly(
        Map.entry(2020, "13 days off, 6 working days"), // with the 3 days of the COVID extension of 春节
        Map.entry(2021, "13 days off, 7 working days"),
        Map.entry(2022, "12 days off, 7 working days"),
        Map.entry(2023, "10 days off, 7 working days"),
        Map.entry(2024, "10 days off, 8 working days"), // 除夕 was not yet a statutory day, nor 2 May
        Map.entry(2025, "6 days off, 5 working days"),
        Map.entry(2026, "9 days off, 6 working days"));
  }

  /** The same, as a property: a random official day that the provisional rule calls off is officially off. */
  @Test
  void aDayTheProvisionalRuleCallsOffIsOffInEveryOfficialYear() {
    WorkingDayCalendar provisionalOnly = WorkingDayCalendar.fromCsv(new java.io.StringReader("date,kind,holiday,source\n"),
        "none.csv", Year.of(2019), Year.of(2019)).withFallback(Fallback.PROVISIONAL);
    Seeds.forEachSeed(500, seed -> {
      LocalDate d = TimeGenerators.dateBetween(Seeds.random(seed), LocalDate.of(2020, 1, 1), OFFICIAL_UNTIL);
      if (provisionalOnly.holidayName(d).isPresent()) { // a statutory day (weekends may be adjusted working days)
        assertThat(CHINA.isWorkingDay(d)).as("%s", d).isFalse();
      }
    });
  }

  @Test
  void aDeadlineInsideTheOfficialDataIsOfficialAndAgreesWithTheStrictMethod() {
    CalendarAnswer<LocalDate> answer = CHINA.deadline(LocalDate.of(2026, 9, 28), 10);
    assertThat(answer.value()).isEqualTo(CHINA.plusWorkingDays(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 16));
    assertThat(answer.basis()).isEqualTo(CalendarBasis.OFFICIAL);
    assertThat(answer.isOfficial()).isTrue();
    assertThat(answer.fallback()).isEqualTo(Fallback.NONE);
    assertThat(answer.officialUntil()).isEqualTo(OFFICIAL_UNTIL);
  }

  /** The case: an objection window reaching 2027 is answered, provisionally, instead of refused. */
  @Test
  void aDeadlineReaching2027IsProvisionalWhileTheStrictMethodStillRefuses() {
    LocalDate decided = LocalDate.of(2026, 12, 24);
    assertThatThrownBy(() -> CHINA.plusWorkingDays(decided, 10)).isInstanceOf(DateOutOfCalendarException.class);

    CalendarAnswer<LocalDate> answer = CHINA.deadline(decided, 10);
    // 25, 28–31 December (5), then 1 January 2027 (元旦, a Friday) is off: 4, 5, 6, 7, 8 January (5 more)
    assertThat(answer.value()).isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(answer.basis()).isEqualTo(CalendarBasis.PROVISIONAL);
    assertThat(answer.fallback()).isEqualTo(Fallback.PROVISIONAL);
    assertThat(CHINA.workingDay(LocalDate.of(2027, 1, 1))).isEqualTo(
        new CalendarAnswer<>(false, CalendarBasis.PROVISIONAL, Fallback.PROVISIONAL, OFFICIAL_UNTIL));
    assertThat(CHINA.countWorkingDays(decided, answer.value()).value()).isEqualTo(10);
  }

  /** 春节 2027 by the 2024 revision: 除夕 (5 February) to 正月初三 (8 February); the strict methods agree under PROVISIONAL. */
  @Test
  void theSpringFestivalOf2027IsCountedByThe2024Revision() {
    WorkingDayCalendar provisional = CHINA.withFallback(Fallback.PROVISIONAL);
    for (int day = 5; day <= 8; day++) {
      LocalDate d = LocalDate.of(2027, 2, day);
      assertThat(provisional.isWorkingDay(d)).as("%s", d).isFalse();
      assertThat(provisional.holidayName(d)).contains("春节");
      assertThat(provisional.sourceOf(d)).contains(StatutoryHolidays.SOURCE);
    }
    assertThat(provisional.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
    assertThat(provisional.holidayName(LocalDate.of(2027, 2, 9))).isEmpty();
    assertThat(provisional.isWorkingDay(LocalDate.of(2027, 5, 3))).isTrue(); // 劳动节 is 1 and 2 May: no bridge
    assertThat(CHINA.withFallback(Fallback.WEEKDAYS_ONLY).isWorkingDay(LocalDate.of(2027, 2, 5))).isTrue(); // the other guess
  }

  /** Loading the 2027 notice makes 2027's answers official; what it declares wins over the statute. */
  @Test
  void loadingTheNoticeOfAYearMakesItsAnswersOfficial() {
    HolidayNotice notice2027 = new HolidayNotice(Year.of(2027), "国务院办公厅关于2027年部分节假日安排的通知（测试用，非真实通知）",
        Optional.empty(), Optional.empty(),
        List.of(HolidayNotice.Day.of(LocalDate.of(2027, 1, 1), "元旦"), HolidayNotice.Day.of(LocalDate.of(2027, 1, 4), "元旦")),
        List.of(HolidayNotice.Day.of(LocalDate.of(2027, 1, 9), "元旦")));
    WorkingDayCalendar loaded = CHINA.extendedWith(notice2027, "2027.json");
    CalendarAnswer<LocalDate> answer = loaded.deadline(LocalDate.of(2026, 12, 24), 10);
    assertThat(answer.basis()).isEqualTo(CalendarBasis.OFFICIAL);
    assertThat(answer.value()).isEqualTo(LocalDate.of(2027, 1, 9)); // 4 January off, 9 January (a Saturday) worked
    assertThat(loaded.deadline(LocalDate.of(2026, 12, 24), 11).value()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(loaded.deadline(LocalDate.of(2027, 12, 24), 10).basis()).isEqualTo(CalendarBasis.PROVISIONAL);
    assertThat(loaded.notices()).extracting(HolidayNotice::year).contains(Year.of(2027));
  }

  /** No date beyond the official data is ever answered as official, whatever the fallback (property). */
  @Test
  void noAnswerThatCountsAnUncoveredDayIsOfficial() {
    WorkingDayCalendar[] calendars = {CHINA, CHINA.withFallback(Fallback.PROVISIONAL), CHINA.withFallback(Fallback.WEEKDAYS_ONLY)};
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      LocalDate start = TimeGenerators.dateBetween(random, LocalDate.of(2020, 1, 1), LocalDate.of(2099, 6, 30));
      int n = random.nextInt(80);
      LocalDate other = TimeGenerators.dateBetween(random, LocalDate.of(2020, 1, 1), LocalDate.of(2100, 12, 31));
      for (WorkingDayCalendar c : calendars) {
        CalendarAnswer<LocalDate> deadline = c.deadline(start, n);
        boolean allCovered = n == 0 ? c.covers(start) : c.covers(start.plusDays(1)) && c.covers(deadline.value());
        assertThat(deadline.isOfficial()).as("deadline %s + %d on %s", start, n, c).isEqualTo(allCovered);
        assertThat(c.countWorkingDays(start, deadline.value()).value()).isEqualTo(n);
        CalendarAnswer<Integer> count = c.countWorkingDays(start, other);
        LocalDate lo = start.isBefore(other) ? start : other;
        LocalDate hi = start.isBefore(other) ? other : start;
        assertThat(count.isOfficial()).isEqualTo(lo.equals(hi) ? c.covers(lo) : c.covers(lo.plusDays(1)) && c.covers(hi));
        assertThat(c.workingDay(other).isOfficial()).isEqualTo(c.covers(other));
        if (deadline.isOfficial()) {
          assertThat(deadline.value()).isEqualTo(CHINA.plusWorkingDays(start, n));
        }
        if (c.fallback() != Fallback.WEEKDAYS_ONLY) { // no fallback chosen: the answers count provisionally
          assertThat(deadline.value()).isEqualTo(CHINA.withFallback(Fallback.PROVISIONAL).plusWorkingDays(start, n));
        }
      }
    });
  }

  @Test
  void beyondTheStatutoryTableEvenTheProvisionalRuleRefuses() {
    assertThatThrownBy(() -> CHINA.deadline(LocalDate.of(2100, 12, 20), 30)).isInstanceOf(DateOutOfCalendarException.class);
    assertThatThrownBy(() -> CHINA.workingDay(LocalDate.of(2019, 6, 3))).isInstanceOf(DateOutOfCalendarException.class);
    assertThat(CHINA.withFallback(Fallback.WEEKDAYS_ONLY).deadline(LocalDate.of(2100, 12, 20), 30).basis())
        .isEqualTo(CalendarBasis.PROVISIONAL);
  }

  /** A calendar whose official data lies far from the table: the days between are refused, never guessed. */
  @Test
  void aGapBetweenTheOfficialDataAndTheTableIsRefused() {
    WorkingDayCalendar old = WorkingDayCalendar.fromCsv(new java.io.StringReader("date,kind,holiday,source\n"), "old.csv",
        Year.of(2010), Year.of(2010));
    assertThatThrownBy(() -> old.countWorkingDays(LocalDate.of(2010, 12, 1), LocalDate.of(2020, 1, 10)))
        .isInstanceOfSatisfying(DateOutOfCalendarException.class, e -> assertThat(e.date()).isEqualTo(LocalDate.of(2011, 1, 1)));
    assertThat(old.countWorkingDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 10)).value()).isEqualTo(7);
    List<LocalDate> refused = new ArrayList<>();
    try {
      old.deadline(LocalDate.of(2010, 12, 30), 5);
    } catch (DateOutOfCalendarException e) {
      refused.add(e.date());
    }
    assertThat(refused).containsExactly(LocalDate.of(2011, 1, 1));
  }

  @Test
  void theBasisAndTheFallbackHaveNamesForMessages() {
    assertThat(CalendarBasis.PROVISIONAL.nameZh()).contains("推算");
    assertThat(Fallback.PROVISIONAL.nameEn()).contains("statutory holidays");
    assertThat(CHINA.deadline(LocalDate.of(2026, 12, 24), 10).toString())
        .isEqualTo("2027-01-08 (PROVISIONAL by PROVISIONAL, official until 2026-12-31)");
  }
}
