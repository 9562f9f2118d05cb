package org.creditgov.core.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;

/**
 * One year's holiday notice of the State Council General Office (国务院办公厅关于XXXX年部分节假日安排的通知):
 * its title, document number and issue date where known, the days off it declares (every day of
 * each "X月X日至Y日放假" range, weekend days included) and the adjusted working days (调休上班, always a
 * Saturday or Sunday). A notice for year Y may also declare days at the end of Y - 1 (the 2023
 * notice declared 2022-12-31). A day declared by an amending notice (the 2020 extension of the
 * Spring Festival) names that notice as its {@code source}.
 *
 * <p>This is what a calendar is loaded from ({@link WorkingDayCalendar#fromNotices}, {@link
 * WorkingDayCalendar#extendedWith(HolidayNotice, String)}) and what the JSON format {@code
 * creditgov-holiday-calendar/1} holds, one per year. Immutable.
 *
 * @param year the year the notice arranges
 * @param title the notice's title
 * @param documentNumber its document number (国办发明电〔2024〕12号), where known
 * @param issued the day it was issued, where known
 * @param daysOff the days off it declares, with the holiday each belongs to
 * @param workingDays the adjusted working days, with the holiday each is worked for
 */
public record HolidayNotice(
    Year year, String title, Optional<String> documentNumber, Optional<LocalDate> issued, List<Day> daysOff, List<Day> workingDays) {

  /**
   * A day a notice declares.
   *
   * @param date the day
   * @param holiday the holiday it belongs to, as the notice names it (春节, 国庆节、中秋节)
   * @param source the title of the notice that declared it, when another than the one it is listed in (an amendment)
   */
  public record Day(LocalDate date, String holiday, Optional<String> source) {
    /** Checks for nulls. */
    public Day {
      requireNonNull(date, "date");
      requireNonNull(holiday, "holiday");
      requireNonNull(source, "source");
    }

    /** A day declared by the notice it is listed in. */
    public static Day of(LocalDate date, String holiday) {
      return new Day(date, holiday, Optional.empty());
    }
  }

  /** Checks for nulls and copies the lists. */
  public HolidayNotice {
    requireNonNull(year, "year");
    requireNonNull(title, "title");
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(issued, "issued");
    daysOff = ImmutableList.copyOf(daysOff);
    workingDays = ImmutableList.copyOf(workingDays);
  }

  /** The first day a notice for this year may declare: 1 December of the year before. */
  public LocalDate firstDay() {
    return year.minusYears(1).atMonth(12).atDay(1);
  }

  /**
   * The problems of this notice on its own, with JSON pointers into its {@code
   * creditgov-holiday-calendar/1} form ({@code /workingDays/2/date}): an adjusted working day that
   * is not a weekend day, a day outside the notice's year (and December of the year before), a day
   * listed twice. Empty for a sound notice.
   */
  public ImmutableList<DataProblem> problems(String source) {
    ImmutableList.Builder<DataProblem> out = ImmutableList.builder();
    Set<LocalDate> seen = new HashSet<>();
    check(daysOff, "/daysOff/", false, source, seen, out);
    check(workingDays, "/workingDays/", true, source, seen, out);
    return out.build();
  }

  private void check(List<Day> days, String pointer, boolean working, String source, Set<LocalDate> seen,
      ImmutableList.Builder<DataProblem> out) {
    for (int i = 0; i < days.size(); i++) {
      LocalDate d = days.get(i).date();
      String at = pointer + i + "/date";
      if (working && isWeekday(d)) {
        out.add(DataProblem.of(CalendarProblemType.WORKDAY_NOT_WEEKEND, source, at, Fact.date("date", d),
            Fact.term("dayOfWeek", dayOfWeek(d.getDayOfWeek()))));
      }
      if (d.isBefore(firstDay()) || d.getYear() > year.getValue()) {
        out.add(DataProblem.of(CalendarProblemType.OUT_OF_RANGE, source, at, Fact.date("date", d),
            Fact.count("firstYear", year.getValue()), Fact.count("lastYear", year.getValue())));
      }
      if (!seen.add(d)) {
        out.add(DataProblem.of(CalendarProblemType.DUPLICATE_DATE, source, at, Fact.date("date", d)));
      }
    }
  }

  static boolean isWeekday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }

  private static final String[] DAY_NAMES_ZH = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
  private static final String[] DAY_NAMES_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  static Term dayOfWeek(DayOfWeek d) {
    return Term.of(d.name(), DAY_NAMES_ZH[d.ordinal()], DAY_NAMES_EN[d.ordinal()]);
  }
}
