package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The listing period ends as the Civil Code counts it (Arts. 201–202; policy-facts §7), checked
 * against an independent implementation of the two articles over generated decision dates and
 * periods, weighted towards month ends and 29 February: the period starts the day after the
 * decision; in years or months it ends on the corresponding day of the last month, or on that
 * month's last day where it has no such day; days are counted after that. The decision date is
 * the first day listed, the period's end the last (inclusive), the next day the first day off.
 */
class CivilCodePeriodTest {

  private static final ListType ANY_PERIOD = Fixtures.SAFETY.toBuilder().code("ANY-PERIOD")
      .listingPeriod(ListingPeriod.range(Period.ofDays(1), Period.ofYears(10))).build();
  private static final ResolvedListType RESOLVED = ResolvedListType.standalone(ANY_PERIOD);

  @Test
  void theWorkedExampleOfPolicyFacts() {
    assertThat(listed(LocalDate.of(2025, 3, 10), Period.ofYears(3)).lastDayOfPeriod()).contains(LocalDate.of(2028, 3, 10));
    assertThat(listed(LocalDate.of(2024, 2, 29), Period.ofYears(1)).lastDayOfPeriod()).contains(LocalDate.of(2025, 2, 28));
    assertThat(listed(LocalDate.of(2024, 2, 29), Period.ofYears(4)).lastDayOfPeriod()).contains(LocalDate.of(2028, 2, 29));
    assertThat(listed(LocalDate.of(2025, 1, 31), Period.ofMonths(1)).lastDayOfPeriod()).contains(LocalDate.of(2025, 2, 28));
    assertThat(listed(LocalDate.of(2025, 8, 31), Period.ofMonths(6)).lastDayOfPeriod()).contains(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theLastDayListedIsTheCorrespondingDayOfTheLastMonthOverGeneratedDates() {
    Seeds.forEachSeed(1000, seed -> {
      SplittableRandom r = Seeds.random(seed);
      LocalDate decided = decisionDate(r);
      Period period = period(r);
      Designation d = listed(decided, period);
      LocalDate last = civilCodeLastDay(decided, period);
      assertThat(d.lastDayOfPeriod()).as("%s + %s", decided, period).contains(last);
      assertThat(d.lastDayListed()).contains(last);
      assertThat(d.listedUntil()).contains(last.plusDays(1));
      assertThat(d.statusOn(decided)).isEqualTo(Status.LISTED);
      assertThat(d.statusOn(last)).isEqualTo(Status.LISTED);
      assertThat(d.statusOn(last.plusDays(1))).isEqualTo(Status.EXPIRED);
      assertThat(ANY_PERIOD.listingPeriod().allows(decided, period)).isTrue();
    });
  }

  /** A decision date: a month's end a third of the time, 29 February of a leap year a sixth, else any day of 1950-2100. */
  private static LocalDate decisionDate(SplittableRandom r) {
    int year = 1950 + r.nextInt(150);
    switch (r.nextInt(6)) {
      case 0:
      case 1:
        int month = 1 + r.nextInt(12);
        return LocalDate.of(year, month, daysIn(year, month));
      case 2:
        int leap = year - Math.floorMod(year, 4);
        return LocalDate.of(leap == 1900 || leap == 2100 ? 2000 : leap, 2, 29);
      default:
        return LocalDate.ofEpochDay(LocalDate.of(1950, 1, 1).toEpochDay() + r.nextInt(150 * 365));
    }
  }

  private static Period period(SplittableRandom r) {
    Period p = Period.of(r.nextInt(6), r.nextInt(24), r.nextInt(4) == 0 ? r.nextInt(40) : 0);
    return p.isZero() ? Period.ofMonths(1) : p;
  }

  /** Civil Code Arts. 201-202, written without java.time's arithmetic. */
  static LocalDate civilCodeLastDay(LocalDate decided, Period p) {
    long months = decided.getMonthValue() - 1 + 12L * p.getYears() + p.getMonths();
    int year = (int) (decided.getYear() + Math.floorDiv(months, 12));
    int month = (int) Math.floorMod(months, 12) + 1;
    int day = Math.min(decided.getDayOfMonth(), daysIn(year, month)); // no such day: the month's last
    for (int i = 0; i < p.getDays(); i++) { // then the days, one by one
      day++;
      if (day > daysIn(year, month)) {
        day = 1;
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
    }
    return LocalDate.of(year, month, day);
  }

  private static int daysIn(int year, int month) {
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int[] days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
  }

  /** A designation listed on {@code decided} for {@code period}, made of its events as a store gives them back. */
  private static Designation listed(LocalDate decided, Period period) {
    DesignationId id = DesignationId.of("CC-1");
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    LocalDate proposed = decided.minusDays(30);
    DesignationEvent.Proposed p = DesignationEvent.Proposed.builder().designationId(id).version(1).actor(Fixtures.OFFICER)
        .on(proposed).recordedAt(at).addAllLegalBases(RESOLVED.legalBases()).listType(RESOLVED).subject(Fixtures.COMPANY)
        .criteriaVersion(ANY_PERIOD.criteriaVersion()).grounds("g").build();
    DesignationEvent.NoticeServed n = DesignationEvent.NoticeServed.builder().designationId(id).version(2)
        .actor(Fixtures.OFFICER).on(proposed.plusDays(1)).recordedAt(at).addAllLegalBases(RESOLVED.legalBases())
        .notice(Fixtures.notice(proposed.plusDays(1))).timeliness(Timeliness.ON_TIME).workingDaysLate(0).build();
    DesignationEvent.Listed l = DesignationEvent.Listed.builder().designationId(id).version(3).actor(Fixtures.OFFICER)
        .on(decided).recordedAt(at).addAllLegalBases(RESOLVED.legalBases())
        .decision(Fixtures.completeDecisionWithoutPeriod(decided).listingPeriod(period).build()).build();
    return Designation.replay(ImmutableList.of(p, n, l), WorkingDayCalendar.china(), ListTypeLookup.of(RESOLVED));
  }
}
