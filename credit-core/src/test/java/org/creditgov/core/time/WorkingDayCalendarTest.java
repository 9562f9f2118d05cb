package org.creditgov.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.time.WorkingDayCalendar.Fallback;
import org.junit.jupiter.api.Test;

/** Examples for {@link WorkingDayCalendar}: deadlines in working days (DES-4, REP-2). */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar china = WorkingDayCalendar.china();

  @Test
  void coversTheBundledNotices2020To2026() {
    assertThat(china.coveredFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(china.coveredUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void holidaysAndAdjustedWorkingWeekends() {
    assertThat(china.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // 国庆节
    assertThat(china.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue(); // Sunday, 调休上班
    assertThat(china.holidayName(LocalDate.of(2026, 9, 20))).hasValue("国庆节");
    assertThat(china.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // ordinary Saturday
    assertThat(china.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue(); // ordinary Friday
    assertThat(china.holidayName(LocalDate.of(2026, 11, 27))).isEmpty();
    assertThat(china.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse(); // cancelled by the 2020 extension
    assertThat(china.sourceOf(LocalDate.of(2020, 2, 1))).hasValue("国务院办公厅关于延长2020年春节假期的通知");
    assertThat(china.isWorkingDay(LocalDate.of(2022, 12, 31))).isFalse(); // declared by the 2023 notice
  }

  @Test
  void tenWorkingDaysAcrossNationalDay2026() {
    // 9-29, 9-30, 10-8, 10-9, 10-10 (Saturday, 调休上班), 10-12 … 10-16
    assertThat(china.plusWorkingDays(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 16));
  }

  @Test
  void theStartDayIsNotCounted() {
    LocalDate friday = LocalDate.of(2026, 11, 27);
    assertThat(china.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(china.plusWorkingDays(friday, 0)).isEqualTo(friday);
    assertThat(china.workingDaysBetween(friday, LocalDate.of(2026, 11, 30))).isEqualTo(1);
    assertThat(china.workingDaysBetween(LocalDate.of(2026, 11, 30), friday)).isEqualTo(-1);
  }

  @Test
  void springFestival2026IsNineDaysOff() {
    LocalDate before = LocalDate.of(2026, 2, 13); // Friday
    assertThat(china.plusWorkingDays(before, 1)).isEqualTo(LocalDate.of(2026, 2, 14)); // Saturday, 调休上班
    assertThat(china.plusWorkingDays(before, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void anUncoveredDateIsAnExplicitErrorNotAGuess() {
    DateOutOfCalendarException e = catchThrowableOfType(DateOutOfCalendarException.class,
        () -> china.plusWorkingDays(LocalDate.of(2026, 12, 18), 10));

    assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(e.coveredUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(e.getMessage()).contains(DateOutOfCalendarException.REASON).contains("超出工作日历");
    for (LocalDate uncovered : new LocalDate[] {LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 30), LocalDate.of(2027, 1, 1)}) {
      assertThat(catchThrowableOfType(DateOutOfCalendarException.class, () -> china.isWorkingDay(uncovered)).date())
          .isEqualTo(uncovered);
    }
  }

  @Test
  void theWeekdaysOnlyFallbackIsExplicit() {
    WorkingDayCalendar lenient = china.withFallback(Fallback.WEEKDAYS_ONLY);

    assertThat(lenient.plusWorkingDays(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(lenient.covers(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(lenient.isWorkingDay(LocalDate.of(2019, 12, 28))).isFalse(); // Saturday
    assertThat(lenient.workingDaysBetween(LocalDate.of(2019, 12, 27), LocalDate.of(2020, 1, 3)))
        .isEqualTo(4); // 12-30, 12-31 guessed; 1-1 off; 1-2, 1-3
  }

  @Test
  void aNewlyPublishedYearIsLoadedAsData() {
    String notice2027 = "date,kind,holiday,source\n" // a made-up notice: 2027-01-02 is a Saturday
        + "2027-01-01,off,元旦,test notice\n"
        + "2027-01-02,workday,元旦,test notice\n"
        + "2027-01-04,off,元旦,test notice\n";
    WorkingDayCalendar extended = china.extendedWith(new StringReader(notice2027), "notice-2027.csv", Year.of(2027));

    assertThat(extended.coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue(); // Saturday, declared working
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
    assertThat(extended.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 2));
    assertThat(china.covers(LocalDate.of(2027, 1, 1))).isFalse(); // the original is unchanged
  }

  @Test
  void brokenDataIsRejectedWholeWithEveryProblem() {
    String csv = "date,kind,holiday,source\n"
        + "2027-01-01,off,元旦,n\n"
        + "2027-13-01,off,x,n\n"
        + "2027-01-05,holiday,x,n\n"
        + "2027-01-06,workday,x,n\n"
        + "2027-01-01,off,元旦,n\n"
        + "2028-01-01,off,元旦,n\n"
        + "2027-02-01,off\n";
    CalendarDataException e = catchThrowableOfType(CalendarDataException.class,
        () -> china.extendedWith(new StringReader(csv), "bad.csv", Year.of(2027)));

    assertThat(e.problems()).extracting(DataProblem::code).containsExactly(
        "time.DATE", "time.KIND", "time.WORKDAY_NOT_WEEKEND", "time.DUPLICATE_DATE", "time.OUT_OF_RANGE", "time.COLUMNS");
    assertThat(e.problems()).extracting(p -> p.source() + ":" + p.line().getAsInt())
        .containsExactly("bad.csv:3", "bad.csv:4", "bad.csv:5", "bad.csv:6", "bad.csv:7", "bad.csv:8");
    assertThat(e).isInstanceOf(org.creditgov.core.data.ReferenceDataException.class);
    assertThat(e.problems().get(2).messageZh()).isEqualTo("2027年1月6日是星期三：只有星期六、星期日才能调休上班。");
    assertThat(e.problems().get(4).messageEn()).isEqualTo("1 January 2028 lies outside the years the data covers (2020 to 2027).");
  }

  @Test
  void aMissingHeaderAndANonAdjacentYearAreRejected() {
    assertThat(catchThrowableOfType(CalendarDataException.class,
        () -> WorkingDayCalendar.fromCsv(new StringReader("2027-01-01,off,元旦,n\n"), "x.csv", Year.of(2027), Year.of(2027)))
        .problems()).extracting(DataProblem::code).containsExactly("time.HEADER");
    assertThat(catchThrowableOfType(CalendarDataException.class,
        () -> china.extendedWith(new StringReader("date,kind,holiday,source\n"), "x.csv", Year.of(2029)))
        .problems()).extracting(DataProblem::code).containsExactly("time.COVERAGE");
  }

  @Test
  void negativeCountsAreABadArgument() {
    assertThatIllegalArgumentException().isThrownBy(() -> china.plusWorkingDays(LocalDate.of(2026, 1, 5), -1));
  }

  @Test
  void weekdayArithmeticAgreesWithTheCalendarOfDays() {
    for (long e = -800; e < 800; e++) {
      long expected = 0;
      for (long d = Math.min(0, e); d < Math.max(0, e); d++) {
        int dow = LocalDate.ofEpochDay(d).getDayOfWeek().getValue();
        expected += dow <= 5 ? 1 : 0;
      }
      assertThat(WorkingDayCalendar.weekdaysBefore(e)).as("e=%d", e).isEqualTo(e >= 0 ? expected : -expected);
    }
  }
}
