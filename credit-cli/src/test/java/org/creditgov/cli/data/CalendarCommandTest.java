package org.creditgov.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.core.io.calendar.HolidayCalendarJson;
import org.creditgov.core.time.HolidayNotice;
import org.creditgov.core.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credit calendar} (DES-3, DES-4): answers of the library's calendar; a day not covered is never answered as fact. */
class CalendarCommandTest {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

  @TempDir
  Path dir;

  @Test
  void plusBetweenAndIsWorkingDayAreTheCalendarsAnswers() {
    Texts en = Texts.of(Locale.ENGLISH);
    LocalDate start = LocalDate.of(2026, 9, 28);
    LocalDate due = CHINA.deadline(start, 7).value();
    Cli.Run plus = Cli.run("calendar", "plus", "2026-09-28", "7");
    assertThat(plus.code()).isEqualTo(Exit.OK);
    assertThat(plus.out()).contains(CalendarCommand.day(due, en) + " is the 7th working day after " + CalendarCommand.day(start, en));
    Cli.Run zh = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "calendar", "plus", "2026-09-28", "7");
    assertThat(zh.out()).contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");

    Cli.Run between = Cli.run("calendar", "between", "2026-01-01", "2026-12-31");
    assertThat(between.code()).isEqualTo(Exit.OK);
    assertThat(between.out()).contains(": " + CHINA.countWorkingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).value()
        + " working days");

    Cli.Run nationalDay = Cli.run("calendar", "is-working-day", "2026-10-01");
    assertThat(nationalDay.code()).isEqualTo(Exit.OK);
    assertThat(nationalDay.out()).contains("is not a working day").contains(CHINA.holidayName(LocalDate.of(2026, 10, 1)).orElseThrow());
    assertThat(Cli.run("calendar", "is-working-day", "2026-10-12").out()).contains("is a working day");
  }

  @Test
  void aDayTheNoticesDoNotCoverIsNotOfficialAndExits1() {
    LocalDate after = CHINA.coveredUntil().plusDays(1);
    Cli.Run run = Cli.run("calendar", "is-working-day", after.toString());
    assertThat(run.code()).isEqualTo(Exit.FINDINGS);
    assertThat(run.out()).startsWith("Not official").doesNotContain(after + " is a working day");
    Cli.Run plus = Cli.run("calendar", "plus", CHINA.coveredUntil().minusDays(3).toString(), "10");
    assertThat(plus.code()).isEqualTo(Exit.FINDINGS);
    assertThat(plus.out()).contains("Not official");
    assertThat(Cli.run(Locale.SIMPLIFIED_CHINESE, "", "calendar", "is-working-day", after.toString()).out()).contains("不是官方结果");
  }

  @Test
  void anExtraYearsNoticeMakesItsDaysOfficial() throws Exception {
    int year = CHINA.coveredUntil().getYear() + 1;
    // a test notice (not a real one): New Year's Day off
    HolidayNotice notice = new HolidayNotice(Year.of(year), "测试用节假日安排", Optional.empty(), Optional.empty(),
        List.of(HolidayNotice.Day.of(LocalDate.of(year, 1, 1), "元旦")), List.of());
    Path file = dir.resolve("notice.json");
    Files.writeString(file, HolidayCalendarJson.write(List.of(notice)), StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("calendar", "is-working-day", year + "-01-01", "--extra-year", file.toString());
    assertThat(run.code()).as(run.all()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("is not a working day").contains("元旦");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"creditgov-holiday-calendar/1\"}", StandardCharsets.UTF_8);
    Cli.Run bad = Cli.run("calendar", "is-working-day", year + "-01-01", "--extra-year", broken.toString());
    assertThat(bad.code()).isEqualTo(Exit.FINDINGS);
    assertThat(bad.err()).contains("broken.json");
  }

  @Test
  void mistakesAreUsageErrors() {
    assertThat(Cli.run("calendar", "plus", "2026-13-01", "3").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("calendar", "plus", "2026-09-28", "-1").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("calendar", "plus", "2026-09-28").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("calendar").code()).isEqualTo(Exit.USAGE);
  }
}
