package org.creditgov.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.creditgov.core.time.CalendarDataException.Problem;
import org.creditgov.core.time.CalendarDataException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * China's working days: Monday to Friday, less the days off the State Council declares each year,
 * plus the weekend days it declares working days (调休上班). Deadlines of the credit rules (objection
 * answers, repair decisions …) are counted on it.
 *
 * <p>Counting convention (行政程序期间计算): the day a period starts from is not counted, so {@code
 * plusWorkingDays(d, n)} is the n-th working day strictly after {@code d}, and {@code
 * workingDaysBetween(a, plusWorkingDays(a, n)) == n}.
 *
 * <p>A calendar covers whole years. A date outside them is a {@link DateOutOfCalendarException},
 * never a guess, unless the caller chose {@link Fallback#WEEKDAYS_ONLY}. A newly published year is
 * loaded as data with {@link #extendedWith}, without a release of this library. Instances are
 * immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  /** What a calendar does with a date outside the years it covers. */
  public enum Fallback {
    /** Throw {@link DateOutOfCalendarException}: the default. */
    NONE,
    /**
     * Treat an uncovered date as a working day exactly when it is Monday to Friday. A guess that
     * ignores that year's holidays: choose it knowingly, and use {@link #covers} to flag results.
     */
    WEEKDAYS_ONLY
  }

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final String HEADER = "date,kind,holiday,source";
  private static final String BUNDLED = "cn-holidays-2020-2026.csv";

  /** One declared day: off or an adjusted working day, with the holiday and the notice. */
  private static final class Declared {
    final boolean working;
    final String holiday;
    final String source;

    Declared(boolean working, String holiday, String source) {
      this.working = working;
      this.holiday = holiday;
      this.source = source;
    }
  }

  private static final class BundledHolder {
    static final WorkingDayCalendar CHINA = loadBundled();
  }

  private final LocalDate from;
  private final LocalDate until;
  private final ImmutableMap<LocalDate, Declared> declared;
  private final Fallback fallback;
  /** {@code cumulative[i]}: working days in {@code [from, from + i]}. */
  private final int[] cumulative;

  private WorkingDayCalendar(
      LocalDate from, LocalDate until, ImmutableMap<LocalDate, Declared> declared, Fallback fallback) {
    this.from = from;
    this.until = until;
    this.declared = declared;
    this.fallback = fallback;
    this.cumulative = new int[(int) (until.toEpochDay() - from.toEpochDay() + 1)];
    int count = 0;
    for (int i = 0; i < cumulative.length; i++) {
      LocalDate d = from.plusDays(i);
      Declared decl = declared.get(d);
      if (decl != null ? decl.working : isWeekday(d)) {
        count++;
      }
      cumulative[i] = count;
    }
  }

  /**
   * The national calendar bundled with the library: the State Council notices for 2020 to 2026,
   * covering 2020-01-01 to 2026-12-31. Loaded once.
   */
  public static WorkingDayCalendar china() {
    return BundledHolder.CHINA;
  }

  private static WorkingDayCalendar loadBundled() {
    InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("the bundled holiday data " + BUNDLED + " is missing from the jar");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return fromCsv(reader, BUNDLED, Year.of(2020), Year.of(2026));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads a calendar from holiday data in the bundled format: a header {@code
   * date,kind,holiday,source}, then one row per declared day, {@code kind} being {@code off} or
   * {@code workday}; lines starting with {@code #} and blank lines are ignored. The calendar covers
   * {@code firstYear} to {@code lastYear}; every row must fall inside them.
   *
   * @param sourceName names the data in error locations (a file name, say)
   * @throws CalendarDataException listing every problem, if any row or the header is wrong
   * @throws IllegalArgumentException if {@code lastYear} is before {@code firstYear}
   */
  public static WorkingDayCalendar fromCsv(Reader csv, String sourceName, Year firstYear, Year lastYear) {
    checkArgument(!lastYear.isBefore(firstYear), "lastYear %s is before firstYear %s", lastYear, firstYear);
    LocalDate from = firstYear.atDay(1);
    LocalDate until = lastYear.atMonth(12).atEndOfMonth();
    Map<LocalDate, Declared> rows = parse(csv, sourceName, from, until, ImmutableMap.of());
    WorkingDayCalendar calendar = new WorkingDayCalendar(from, until, sorted(rows), Fallback.NONE);
    LOG.debug("working-day calendar {} loaded: {} declared days, {} to {}", sourceName, rows.size(), from, until);
    return calendar;
  }

  /**
   * This calendar and one more year, from that year's holiday notice in the format of {@link
   * #fromCsv}. The year must directly follow or precede the covered years. Rows may also fall in
   * the covered years (a notice can declare 31 December of the previous year, as the 2023 notice
   * did); such a row may repeat what is already declared but not contradict it.
   *
   * @throws CalendarDataException listing every problem in the data
   */
  public WorkingDayCalendar extendedWith(Reader csv, String sourceName, Year year) {
    LocalDate newFrom = year.getValue() == from.getYear() - 1 ? year.atDay(1) : from;
    LocalDate newUntil = year.getValue() == until.getYear() + 1 ? year.atMonth(12).atEndOfMonth() : until;
    if (newFrom.equals(from) && newUntil.equals(until)) {
      throw new CalendarDataException(ImmutableList.of(new Problem(sourceName, Reason.COVERAGE,
          "year " + year + " does not join the covered years " + from.getYear() + "-" + until.getYear())));
    }
    Map<LocalDate, Declared> rows = parse(csv, sourceName, newFrom, newUntil, declared);
    Map<LocalDate, Declared> merged = new HashMap<>(declared);
    merged.putAll(rows);
    return new WorkingDayCalendar(newFrom, newUntil, sorted(merged), fallback);
  }

  /** This calendar with the given treatment of uncovered dates. */
  public WorkingDayCalendar withFallback(Fallback fallback) {
    requireNonNull(fallback, "fallback");
    return fallback == this.fallback ? this : new WorkingDayCalendar(from, until, declared, fallback);
  }

  /** The first day covered by holiday data. */
  public LocalDate coveredFrom() {
    return from;
  }

  /** The last day covered by holiday data. */
  public LocalDate coveredUntil() {
    return until;
  }

  /** Whether {@code date} is covered by holiday data (not by the fallback). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }

  /** The treatment of uncovered dates. */
  public Fallback fallback() {
    return fallback;
  }

  /**
   * Whether {@code date} is a working day.
   *
   * @throws DateOutOfCalendarException if the date is not covered and there is no fallback
   */
  public boolean isWorkingDay(LocalDate date) {
    requireCovered(date); // name the date itself; the running count below would name a neighbour
    long e = date.toEpochDay();
    return countThrough(e) - countThrough(e - 1) == 1;
  }

  /**
   * The holiday a declared day belongs to (春节, 国庆节 …): for a day off, and for an adjusted working
   * day, the holiday it was moved for. Empty for an ordinary day.
   *
   * @throws DateOutOfCalendarException if the date is not covered and there is no fallback
   */
  public Optional<String> holidayName(LocalDate date) {
    requireCovered(date);
    return Optional.ofNullable(declared.get(date)).map(d -> d.holiday);
  }

  /**
   * The notice that declared {@code date} off or a working day; empty for an ordinary day.
   *
   * @throws DateOutOfCalendarException if the date is not covered and there is no fallback
   */
  public Optional<String> sourceOf(LocalDate date) {
    requireCovered(date);
    return Optional.ofNullable(declared.get(date)).map(d -> d.source);
  }

  /**
   * The {@code n}-th working day after {@code start} (the start day itself is not counted); {@code
   * start} itself when {@code n} is 0.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws DateOutOfCalendarException if counting needs an uncovered date and there is no fallback
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    checkArgument(n >= 0, "n must not be negative: %s", n);
    if (n == 0) {
      return start;
    }
    long s = start.toEpochDay();
    long target = countThrough(s) + n;
    if (target >= 1 && target <= cumulative[cumulative.length - 1]) { // the answer is covered
      int lo = (int) Math.max(0, s + 1 - from.toEpochDay());
      int hi = cumulative.length - 1;
      while (lo < hi) { // smallest index whose cumulative count reaches the target
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] >= target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return from.plusDays(lo);
    }
    long e = s;
    long count = countThrough(e);
    while (count < target) {
      e++;
      count = countThrough(e);
    }
    return LocalDate.ofEpochDay(e);
  }

  /**
   * The number of working days {@code d} with {@code startExclusive < d <= endInclusive};
   * negative, with the same magnitude, when {@code endInclusive} is before {@code startExclusive}.
   *
   * @throws DateOutOfCalendarException if the range needs an uncovered date and there is no fallback
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return Math.toIntExact(countThrough(endInclusive.toEpochDay()) - countThrough(startExclusive.toEpochDay()));
  }

  /**
   * Working days in {@code [from, e]} for {@code e >= from - 1}, and minus the working days in
   * {@code (e, from - 1]} below that: a running count whose differences count any range.
   */
  private long countThrough(long e) {
    long first = from.toEpochDay();
    long last = until.toEpochDay();
    if (e >= first && e <= last) {
      return cumulative[(int) (e - first)];
    }
    if (e == first - 1) {
      return 0;
    }
    if (fallback == Fallback.NONE) {
      throw new DateOutOfCalendarException(LocalDate.ofEpochDay(e < first ? e + 1 : e), from, until);
    }
    return e > last
        ? cumulative[cumulative.length - 1] + weekdaysBefore(e + 1) - weekdaysBefore(last + 1)
        : -(weekdaysBefore(first) - weekdaysBefore(e + 1));
  }

  private void requireCovered(LocalDate date) {
    if (!covers(date) && fallback == Fallback.NONE) {
      throw new DateOutOfCalendarException(date, from, until);
    }
  }

  /** Monday-to-Friday days among epoch days {@code [0, e)}; negative below 0. 1970-01-01 was a Thursday. */
  static long weekdaysBefore(long e) {
    long weeks = Math.floorDiv(e, 7);
    int rem = (int) (e - weeks * 7);
    int[] weekdaysInFirst = {0, 1, 2, 2, 2, 3, 4}; // Thu Fri Sat Sun Mon Tue (Wed closes the week)
    return weeks * 5 + weekdaysInFirst[rem];
  }

  private static boolean isWeekday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }

  private static ImmutableMap<LocalDate, Declared> sorted(Map<LocalDate, Declared> rows) {
    return ImmutableMap.copyOf(new TreeMap<>(rows));
  }

  private static Map<LocalDate, Declared> parse(
      Reader csv, String sourceName, LocalDate from, LocalDate until, Map<LocalDate, Declared> existing) {
    List<Problem> problems = new ArrayList<>();
    Map<LocalDate, Declared> rows = new HashMap<>();
    boolean headerSeen = false;
    int lineNo = 0;
    try (BufferedReader reader = new BufferedReader(csv)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String where = sourceName + ":" + lineNo;
        if (!headerSeen) {
          headerSeen = true;
          if (!trimmed.replace("\uFEFF", "").equals(HEADER)) {
            problems.add(new Problem(where, Reason.HEADER, "expected the header '" + HEADER + "'"));
          }
          continue;
        }
        parseRow(trimmed, where, from, until, existing, rows, problems);
      }
    } catch (IOException e) {
      problems.add(new Problem(sourceName, Reason.UNREADABLE, "cannot be read: " + e.getClass().getSimpleName()));
    }
    if (!headerSeen) {
      problems.add(new Problem(sourceName, Reason.HEADER, "no header and no rows"));
    }
    if (!problems.isEmpty()) {
      throw new CalendarDataException(ImmutableList.copyOf(problems));
    }
    return rows;
  }

  private static void parseRow(
      String line,
      String where,
      LocalDate from,
      LocalDate until,
      Map<LocalDate, Declared> existing,
      Map<LocalDate, Declared> rows,
      List<Problem> problems) {
    String[] cols = line.split(",", -1);
    if (cols.length != 4) {
      problems.add(new Problem(where, Reason.COLUMNS, "expected 4 columns, found " + cols.length));
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(cols[0].strip());
    } catch (DateTimeParseException e) {
      problems.add(new Problem(where, Reason.DATE, "not an ISO date (yyyy-MM-dd)"));
      return;
    }
    String kind = cols[1].strip();
    if (!kind.equals("off") && !kind.equals("workday")) {
      problems.add(new Problem(where, Reason.KIND, "kind must be 'off' or 'workday', is '" + kind + "'"));
      return;
    }
    boolean working = kind.equals("workday");
    if (working && isWeekday(date)) {
      problems.add(new Problem(where, Reason.WORKDAY_NOT_WEEKEND, date + " is a " + date.getDayOfWeek() + ", not a weekend day"));
    }
    if (date.isBefore(from) || date.isAfter(until)) {
      problems.add(new Problem(where, Reason.OUT_OF_RANGE, date + " is outside the declared years " + from.getYear() + "-" + until.getYear()));
      return;
    }
    Declared known = existing.get(date);
    if (rows.containsKey(date) || (known != null && known.working != working)) {
      problems.add(new Problem(where, Reason.DUPLICATE, date + " is declared twice"));
      return;
    }
    rows.put(date, new Declared(working, cols[2].strip(), cols[3].strip()));
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + from + " to " + until + ", " + declared.size() + " declared days, fallback " + fallback + "]";
  }
}
