package org.creditgov.core.io.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.time.CalendarBasis;
import org.creditgov.core.time.CalendarDataException;
import org.creditgov.core.time.HolidayNotice;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TimeGenerators;
import org.junit.jupiter.api.Test;

/** The JSON format {@code creditgov-holiday-calendar/1}: round trip, the bundled data, broken files (REP-2, DES-4 deadlines). */
class HolidayCalendarJsonTest {

  @Test
  void writingAndReadingGivesEqualNotices() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom random = Seeds.random(seed);
      List<HolidayNotice> notices = TimeGenerators.holidayNotices(random, 2000 + random.nextInt(90), 1 + random.nextInt(3));
      String json = HolidayCalendarJson.write(notices);
      assertThat(HolidayCalendarJson.readNotices(json, "t.json")).as(json).containsExactlyElementsOf(notices);
      assertThat(HolidayCalendarJson.write(HolidayCalendarJson.read(json, "t.json"))).isEqualTo(json);
    });
  }

  @Test
  void theBundledCalendarWrittenAsJsonReadsBackToTheSameWorkingDays() {
    WorkingDayCalendar china = WorkingDayCalendar.china();
    String json = HolidayCalendarJson.write(china);
    WorkingDayCalendar read = HolidayCalendarJson.read(json, "china.json");
    assertThat(read.coveredFrom()).isEqualTo(china.coveredFrom());
    assertThat(read.coveredUntil()).isEqualTo(china.coveredUntil());
    for (LocalDate d = china.coveredFrom(); !d.isAfter(china.coveredUntil()); d = d.plusDays(1)) {
      assertThat(read.isWorkingDay(d)).as("%s", d).isEqualTo(china.isWorkingDay(d));
      assertThat(read.holidayName(d)).isEqualTo(china.holidayName(d));
      assertThat(read.sourceOf(d)).isEqualTo(china.sourceOf(d));
    }
    assertThat(china.notices()).hasSize(7);
    HolidayNotice n2020 = china.notices().get(0);
    assertThat(n2020.title()).isEqualTo("国务院办公厅关于2020年部分节假日安排的通知");
    assertThat(n2020.daysOff()).filteredOn(d -> d.source().isPresent()).extracting(HolidayNotice.Day::date)
        .containsExactly(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 2)); // the extension notice
    assertThat(china.notices().get(3).daysOff().get(0).date()).isEqualTo(LocalDate.of(2022, 12, 31)); // in the 2023 notice
  }

  @Test
  void aNewYearsNoticeExtendsTheCalendarAndMakesItsAnswersOfficial() {
    String json = "{\"format\": \"creditgov-holiday-calendar/1\", \"notices\": [{\"year\": 2027,"
        + " \"title\": \"国务院办公厅关于2027年部分节假日安排的通知（测试用）\", \"issued\": \"2026-11-10\","
        + " \"daysOff\": [{\"date\": \"2027-01-01\", \"holiday\": \"元旦\"}],"
        + " \"workingDays\": [{\"date\": \"2027-01-09\", \"holiday\": \"元旦\"}]}]}";
    WorkingDayCalendar extended = HolidayCalendarJson.extend(WorkingDayCalendar.china(), json, "2027.json");
    assertThat(extended.coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(extended.deadline(LocalDate.of(2026, 12, 24), 10).basis()).isEqualTo(CalendarBasis.OFFICIAL);
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
    assertThat(extended.notices().get(7).issued()).contains(LocalDate.of(2026, 11, 10));
  }

  /**
   * Every problem at once, schema and calendar rules together, each located. A notice that cannot be
   * bound (its 30 February) reports the problems of its values; the calendar's rules are checked on
   * every notice that can be (notice 2's weekday working day here is found once 30 February is mended).
   */
  @Test
  void aBrokenFileReportsEveryProblemLocated() {
    String json = "{\n"
        + "  \"format\": \"creditgov-holiday-calendar/1\",\n"
        + "  \"notices\": [\n"
        + "    {\"year\": 2027, \"daysOff\": [{\"date\": \"2027-01-01\", \"holiday\": \"元旦\"}]},\n"
        + "    {\"year\": 2028, \"title\": \"t\", \"daysOff\": [],\n"
        + "     \"workingDays\": [{\"date\": \"2028-01-05\", \"holiday\": \"元旦\"}, {\"date\": \"2028-02-30\", \"holiday\": \"春节\"}]},\n"
        + "    {\"year\": 2029, \"title\": \"t\", \"daysOff\": [{\"date\": \"2031-01-01\", \"holiday\": \"元旦\", \"sauce\": \"x\"}]}\n"
        + "  ]\n"
        + "}\n";
    CalendarDataException e = catchThrowableOfType(CalendarDataException.class, () -> HolidayCalendarJson.read(json, "bad.json"));
    assertThat(e.problems()).extracting(p -> p.code() + " " + p.pointer() + " " + p.line().orElse(0)).containsExactly(
        "data.MISSING_KEY /notices/0/title 4",
        "data.INVALID_VALUE /notices/1/workingDays/1/date 6",
        "data.UNKNOWN_KEY /notices/2/daysOff/0/sauce 7");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.column()).isPresent());
    String mended = json.replace("2028-02-30", "2028-02-26").replace("\"sauce\": \"x\"", "\"source\": \"x\"");
    CalendarDataException again = catchThrowableOfType(CalendarDataException.class, () -> HolidayCalendarJson.read(mended, "bad.json"));
    assertThat(again.problems()).extracting(p -> p.code() + " " + p.pointer() + " " + p.line().orElse(0)).containsExactly(
        "data.MISSING_KEY /notices/0/title 4",
        "time.WORKDAY_NOT_WEEKEND /notices/1/workingDays/0/date 6",
        "time.OUT_OF_RANGE /notices/2/daysOff/0/date 7");
    assertThat(again.problems().get(1).messageZh()).isEqualTo("2028年1月5日是星期三：只有星期六、星期日才能调休上班。");
  }

  @Test
  void theCalendarRulesOfASoundDocument() {
    HolidayNotice a = new HolidayNotice(java.time.Year.of(2027), "a", Optional.empty(), Optional.empty(), List.of(), List.of());
    HolidayNotice c = new HolidayNotice(java.time.Year.of(2029), "c", Optional.empty(), Optional.empty(), List.of(), List.of());
    String json = HolidayCalendarJson.write(List.of(a, a, c));
    assertThat(HolidayCalendarJson.lint(json, "x.json")).extracting(DataProblem::code, DataProblem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("time.DUPLICATE_YEAR", "/notices/1/year"),
            org.assertj.core.groups.Tuple.tuple("time.COVERAGE", "/notices/2/year"));
    assertThat(HolidayCalendarJson.lint(HolidayCalendarJson.write(List.of(a)), "ok.json")).isEmpty();
  }

  @Test
  void anUnknownFormatIsRefusedByName() {
    assertThat(HolidayCalendarJson.lint("{\"format\": \"creditgov-holiday-calendar/9\", \"notices\": []}", "x.json"))
        .extracting(DataProblem::code).containsExactly("data.UNKNOWN_FORMAT");
    assertThat(HolidayCalendarJson.lint("[", "x.json")).extracting(DataProblem::code).containsExactly("data.MALFORMED_JSON");
  }

  @Test
  void noticesAreWrittenInYearOrder() {
    List<HolidayNotice> notices = TimeGenerators.holidayNotices(Seeds.random(7), 2030, 3);
    List<HolidayNotice> reversed = notices.stream().sorted(Comparator.comparing(HolidayNotice::year).reversed()).toList();
    assertThat(HolidayCalendarJson.write(reversed)).isEqualTo(HolidayCalendarJson.write(notices));
  }
}
