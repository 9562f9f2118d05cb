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
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * China's working days: Monday to Friday, less the days off the State Council declares each year,
 * plus the weekend days it declares working days (调休上班). Deadlines of the credit rules (objection
 * answers, repair decisions …) are counted on it.
 *
 * <p>Counting convention (行政程序期间计算): the day a period starts from is not counted, so {@code
 * plusWorkingDays(d, n)} is the n-th working day strictly after {@code d}, and {@code
 * workingDaysBetween(a, plusWorkingDays(a, n)) == n}. Dates follow the library's naming: {@code
 * lastDay…} is inclusive, {@code …Until} exclusive; {@link #coveredUntil()} is the last day covered
 * (inclusive), as its name has always said.
 *
 * <p><b>Official and provisional.</b> The official data covers whole years, each from its State
 * Council notice. The strict methods ({@link #isWorkingDay}, {@link #plusWorkingDays}, {@link
 * #workingDaysBetween} …) refuse a date outside them with a {@link DateOutOfCalendarException},
 * never a guess, unless the caller chose a {@link Fallback}. The answer methods ({@link #deadline},
 * {@link #countWorkingDays}, {@link #workingDay}) answer with a {@link CalendarAnswer} that says
 * what it rests on: {@link CalendarBasis#OFFICIAL} when every day counted is covered by a notice,
 * {@link CalendarBasis#PROVISIONAL} otherwise, the uncovered days judged by the calendar's fallback
 * or, when it has none, by the statutory holidays ({@link Fallback#PROVISIONAL}, 2020–2100). A
 * newly published year is loaded as data with {@link #extendedWith(HolidayNotice, String)} (or from
 * CSV, or JSON through {@code org.creditgov.core.io.calendar}) without a release of this library; its
 * answers then become official. Instances are immutable and thread-safe.
 *
 * <p>It logs at WARN, once per calendar and year, when it counts a year on a fallback, and each
 * time a deadline cannot be computed; its log lines hold dates and counts, never personal data.
 */
public final class WorkingDayCalendar {

  /** What a calendar does with a date outside the years its official data covers. */
  public enum Fallback implements Bilingual {
    /** The strict methods throw {@link DateOutOfCalendarException}: the default. */
    NONE("不推算", "no fallback"),
    /**
     * Treat an uncovered date as a working day exactly when it is Monday to Friday. A guess that
     * ignores that year's holidays: choose it knowingly, and use {@link #covers} or the answer
     * methods to flag results.
     */
    WEEKDAYS_ONLY("仅按星期推算（周一至周五为工作日）", "weekdays only (Monday to Friday are working days)"),
    /**
     * Treat an uncovered date of 2020–2100 by the statutory holidays of 全国年节及纪念日放假办法 (the
     * 2013 revision before 2025, the 2024 revision from 2025): weekends and the statutory days are
     * off, and nothing else; the adjusted working days and bridging days only the yearly notice sets
     * are missing, so an answer is provisional ({@link CalendarBasis#PROVISIONAL}). Outside
     * 2020–2100 a date is still refused.
     */
    PROVISIONAL("按法定节假日推算（未含调休）", "provisional: statutory holidays, no adjusted working days");

    private final String nameZh;
    private final String nameEn;

    Fallback(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
      return nameZh;
    }

    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final String HEADER = "date,kind,holiday,source";
  private static final String BUNDLED = "cn-holidays-2020-2026.csv";

  /** One declared day: off or an adjusted working day, with the holiday and the notice. */
  private record Declared(boolean working, String holiday, String source) {}

  /** A day as read, before the calendar is built. */
  private record Row(LocalDate date, boolean working, String holiday, String source) {}

  private static final class BundledHolder {
    static final WorkingDayCalendar CHINA = loadBundled();
  }

  private final LocalDate from;
  private final LocalDate until;
  private final ImmutableMap<LocalDate, Declared> declared;
  private final ImmutableList<HolidayNotice> notices;
  private final Fallback fallback;
  /** Epoch days: the official data. */
  private final long first;
  private final long last;
  /** Epoch days: the statutory table. */
  private final long tableFirst;
  private final long tableLast;
  /** Epoch day of {@code counts[0]}; {@code counts[i]}: working days in {@code [base, base + i]}, officially where covered, provisionally elsewhere. */
  private final long base;
  private final int[] counts;
  /** Epoch days between the official data and the table that neither covers; empty when {@code gapFirst > gapLast}. */
  private final long gapFirst;
  private final long gapLast;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  private WorkingDayCalendar(
      LocalDate from, LocalDate until, ImmutableMap<LocalDate, Declared> declared, ImmutableList<HolidayNotice> notices, Fallback fallback) {
    this.from = from;
    this.until = until;
    this.declared = declared;
    this.notices = notices;
    this.fallback = fallback;
    this.first = from.toEpochDay();
    this.last = until.toEpochDay();
    this.tableFirst = StatutoryHolidays.coveredFrom().toEpochDay();
    this.tableLast = StatutoryHolidays.coveredUntil().toEpochDay();
    this.base = Math.min(first, tableFirst);
    long end = Math.max(last, tableLast);
    if (last < tableFirst - 1) {
      gapFirst = last + 1;
      gapLast = tableFirst - 1;
    } else if (tableLast < first - 1) {
      gapFirst = tableLast + 1;
      gapLast = first - 1;
    } else {
      gapFirst = 1;
      gapLast = 0;
    }
    StatutoryHolidays statutory = StatutoryHolidays.bundled();
    this.counts = new int[Math.toIntExact(end - base + 1)];
    int count = 0;
    for (int i = 0; i < counts.length; i++) {
      long e = base + i;
      LocalDate d = LocalDate.ofEpochDay(e);
      boolean working;
      if (e >= first && e <= last) {
        Declared decl = declared.get(d);
        working = decl != null ? decl.working : HolidayNotice.isWeekday(d);
      } else if (e >= tableFirst && e <= tableLast) {
        working = HolidayNotice.isWeekday(d) && statutory.holidayOn(d) == null;
      } else {
        working = HolidayNotice.isWeekday(d); // in the gap: never used, the gap is refused
      }
      if (working) {
        count++;
      }
      counts[i] = count;
    }
  }

  /**
   * The national calendar bundled with the library: the State Council notices for 2020 to 2026,
   * covering 2020-01-01 to 2026-12-31. Loaded once, from CSV, without Jackson.
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
   * Loads a calendar from holiday data in the bundled CSV format: a header {@code
   * date,kind,holiday,source}, then one row per declared day, {@code kind} being {@code off} or
   * {@code workday}; lines starting with {@code #} and blank lines are ignored. The calendar covers
   * {@code firstYear} to {@code lastYear}; every row must fall inside them.
   *
   * @param sourceName names the data in problem locations (a file name, say)
   * @throws CalendarDataException listing every problem (each with its line), if any row or the header is wrong
   * @throws IllegalArgumentException if {@code lastYear} is before {@code firstYear}
   */
  public static WorkingDayCalendar fromCsv(Reader csv, String sourceName, Year firstYear, Year lastYear) {
    checkArgument(!lastYear.isBefore(firstYear), "lastYear %s is before firstYear %s", lastYear, firstYear);
    LocalDate from = firstYear.atDay(1);
    LocalDate until = lastYear.atMonth(12).atEndOfMonth();
    List<Row> rows = parse(csv, sourceName, from, until, ImmutableMap.of());
    Map<LocalDate, Declared> days = new HashMap<>();
    rows.forEach(r -> days.put(r.date, new Declared(r.working, r.holiday, r.source)));
    WorkingDayCalendar calendar = new WorkingDayCalendar(from, until, sorted(days), noticesOf(rows), Fallback.NONE);
    LOG.debug("working-day calendar {} loaded: {} declared days, {} to {}", sourceName, rows.size(), from, until);
    return calendar;
  }

  /**
   * A calendar from State Council notices, one per year, the years without a gap; it covers
   * 1 January of the first year to 31 December of the last. Days a notice declares in December of
   * the year before the first are kept in {@link #notices()} but not counted (the calendar does not
   * cover that year).
   *
   * @param sourceName names the data in problem locations; problems point into the notices' JSON
   *     form ({@code /notices/2/workingDays/0/date})
   * @throws CalendarDataException listing every problem of every notice, and of the notices together
   *     (two for one year, a gap between years, a day two notices declare differently)
   * @throws IllegalArgumentException if {@code notices} is empty
   */
  public static WorkingDayCalendar fromNotices(Collection<HolidayNotice> notices, String sourceName) {
    checkArgument(!notices.isEmpty(), "a calendar needs at least one notice");
    List<HolidayNotice> list = List.copyOf(notices);
    List<DataProblem> problems = new ArrayList<>();
    Map<Integer, Integer> indexOfYear = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      HolidayNotice n = list.get(i);
      String at = "/notices/" + i;
      for (DataProblem p : n.problems(sourceName)) {
        problems.add(p.relocated(sourceName, at));
      }
      if (indexOfYear.putIfAbsent(n.year().getValue(), i) != null) {
        problems.add(DataProblem.of(CalendarProblemType.DUPLICATE_YEAR, sourceName, at + "/year", Fact.count("year", n.year().getValue())));
      }
    }
    int firstYear = indexOfYear.keySet().stream().min(Integer::compare).orElseThrow();
    int lastYear = indexOfYear.keySet().stream().max(Integer::compare).orElseThrow();
    for (int y = firstYear; y <= lastYear; y++) {
      if (!indexOfYear.containsKey(y)) {
        int next = y + 1;
        while (!indexOfYear.containsKey(next)) {
          next++;
        }
        problems.add(DataProblem.of(CalendarProblemType.COVERAGE, sourceName, "/notices/" + indexOfYear.get(next) + "/year",
            Fact.count("year", next), Fact.count("firstYear", firstYear), Fact.count("lastYear", y - 1)));
        y = next;
      }
    }
    LocalDate from = Year.of(firstYear).atDay(1);
    LocalDate until = Year.of(lastYear).atMonth(12).atEndOfMonth();
    Map<LocalDate, Declared> days = new HashMap<>();
    addDays(list, sourceName, "/notices/", from, until, days, problems);
    if (!problems.isEmpty()) {
      throw new CalendarDataException(DataProblem.inDocumentOrder(problems));
    }
    List<HolidayNotice> byYear = new ArrayList<>(list);
    byYear.sort(Comparator.comparing(HolidayNotice::year));
    return new WorkingDayCalendar(from, until, sorted(days), ImmutableList.copyOf(byYear), Fallback.NONE);
  }

  /** Adds the covered days of {@code notices} to {@code days}; a day declared otherwise than before is a problem. */
  private static void addDays(List<HolidayNotice> notices, String source, String prefix, LocalDate from, LocalDate until,
      Map<LocalDate, Declared> days, List<DataProblem> problems) {
    for (int i = 0; i < notices.size(); i++) {
      HolidayNotice n = notices.get(i);
      for (boolean working : new boolean[] {false, true}) {
        List<HolidayNotice.Day> list = working ? n.workingDays() : n.daysOff();
        for (int k = 0; k < list.size(); k++) {
          HolidayNotice.Day day = list.get(k);
          if (day.date().isBefore(from) || day.date().isAfter(until)) {
            continue;
          }
          Declared d = new Declared(working, day.holiday(), day.source().orElse(n.title()));
          Declared known = days.putIfAbsent(day.date(), d);
          if (known != null && known.working != working) {
            problems.add(DataProblem.of(CalendarProblemType.DUPLICATE_DATE, source,
                (notices.size() == 1 && prefix.isEmpty() ? "" : prefix + i) + (working ? "/workingDays/" : "/daysOff/") + k + "/date",
                Fact.date("date", day.date())));
          }
        }
      }
    }
  }

  /**
   * This calendar and one more year, from that year's holiday notice: the year must directly follow
   * or precede the covered years. The notice may also declare days in the covered years (the 2023
   * notice declared 2022-12-31); such a day may repeat what is already declared but not contradict
   * it. The new year's answers are {@link CalendarBasis#OFFICIAL}.
   *
   * @param sourceName names the notice in problem locations (pointers into its JSON form)
   * @throws CalendarDataException listing every problem of the notice
   */
  public WorkingDayCalendar extendedWith(HolidayNotice notice, String sourceName) {
    requireNonNull(notice, "notice");
    requireNonNull(sourceName, "sourceName");
    Year year = notice.year();
    List<DataProblem> problems = new ArrayList<>(notice.problems(sourceName));
    LocalDate newFrom = year.getValue() == from.getYear() - 1 ? year.atDay(1) : from;
    LocalDate newUntil = year.getValue() == until.getYear() + 1 ? year.atMonth(12).atEndOfMonth() : until;
    if (newFrom.equals(from) && newUntil.equals(until)) {
      problems.add(DataProblem.of(CalendarProblemType.COVERAGE, sourceName, "/year", Fact.count("year", year.getValue()),
          Fact.count("firstYear", from.getYear()), Fact.count("lastYear", until.getYear())));
    }
    Map<LocalDate, Declared> days = new HashMap<>(declared);
    addDays(List.of(notice), sourceName, "", newFrom, newUntil, days, problems);
    if (!problems.isEmpty()) {
      throw new CalendarDataException(DataProblem.inDocumentOrder(problems));
    }
    List<HolidayNotice> all = new ArrayList<>(notices);
    all.add(notice);
    all.sort(Comparator.comparing(HolidayNotice::year));
    return new WorkingDayCalendar(newFrom, newUntil, sorted(days), ImmutableList.copyOf(all), fallback);
  }

  /**
   * This calendar and one more year, from that year's holiday data in the CSV format of {@link
   * #fromCsv}, as {@link #extendedWith(HolidayNotice, String)} does.
   *
   * @throws CalendarDataException listing every problem in the data
   */
  public WorkingDayCalendar extendedWith(Reader csv, String sourceName, Year year) {
    LocalDate newFrom = year.getValue() == from.getYear() - 1 ? year.atDay(1) : from;
    LocalDate newUntil = year.getValue() == until.getYear() + 1 ? year.atMonth(12).atEndOfMonth() : until;
    if (newFrom.equals(from) && newUntil.equals(until)) {
      throw new CalendarDataException(List.of(DataProblem.of(CalendarProblemType.COVERAGE, sourceName, "",
          Fact.count("year", year.getValue()), Fact.count("firstYear", from.getYear()), Fact.count("lastYear", until.getYear()))));
    }
    List<Row> rows = parse(csv, sourceName, newFrom, newUntil, declared);
    Map<LocalDate, Declared> merged = new HashMap<>(declared);
    rows.forEach(r -> merged.put(r.date, new Declared(r.working, r.holiday, r.source)));
    List<HolidayNotice> all = new ArrayList<>(notices);
    all.addAll(noticesOf(rows));
    all.sort(Comparator.comparing(HolidayNotice::year));
    return new WorkingDayCalendar(newFrom, newUntil, sorted(merged), ImmutableList.copyOf(all), fallback);
  }

  /** This calendar with the given treatment of uncovered dates. */
  public WorkingDayCalendar withFallback(Fallback fallback) {
    requireNonNull(fallback, "fallback");
    return fallback == this.fallback ? this : new WorkingDayCalendar(from, until, declared, notices, fallback);
  }

  /** The first day covered by official holiday data. */
  public LocalDate coveredFrom() {
    return from;
  }

  /** The last day covered by official holiday data (inclusive). */
  public LocalDate coveredUntil() {
    return until;
  }

  /** Whether {@code date} is covered by official holiday data (not by a fallback). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }

  /** The treatment of uncovered dates by the strict methods. */
  public Fallback fallback() {
    return fallback;
  }

  /**
   * The notices the calendar was loaded from, by year. For a calendar read from CSV they are
   * rebuilt from its rows: each year's notice is the one most of its rows name, a row of another
   * notice keeps that notice as its {@code source}, and the document number and issue date, which
   * the CSV format does not hold, are empty; a year without rows has no notice.
   */
  public ImmutableList<HolidayNotice> notices() {
    return notices;
  }

  // ---------------------------------------------------------------- answers

  /**
   * The {@code workingDays}-th working day after {@code start} (the start day itself is not
   * counted; {@code start} itself for 0), with what it rests on: {@link CalendarBasis#OFFICIAL}
   * when every day counted (and, for 0, the start) is covered by the official data. Days the
   * official data does not cover are judged by the calendar's fallback or, when it has none, by
   * {@link Fallback#PROVISIONAL}.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws DateOutOfCalendarException if counting needs a date neither the official data nor the
   *     fallback covers (before 2020 or after 2100 with the provisional rule)
   */
  public CalendarAnswer<LocalDate> deadline(LocalDate start, int workingDays) {
    checkArgument(workingDays >= 0, "workingDays must not be negative: %s", workingDays);
    Fallback mode = answering();
    LocalDate end = plus(start, workingDays, mode);
    boolean official = workingDays == 0 ? covers(start) : start.toEpochDay() + 1 >= first && end.toEpochDay() <= last;
    return answer(end, official, mode);
  }

  /**
   * The number of working days {@code d} with {@code startExclusive < d <= endInclusive} (negative
   * when the end is before the start), with what it rests on, as {@link #deadline} judges it.
   *
   * @throws DateOutOfCalendarException if the range needs a date neither the official data nor the fallback covers
   */
  public CalendarAnswer<Integer> countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
    Fallback mode = answering();
    int n = between(startExclusive, endInclusive, mode);
    long lo = Math.min(startExclusive.toEpochDay(), endInclusive.toEpochDay());
    long hi = Math.max(startExclusive.toEpochDay(), endInclusive.toEpochDay());
    boolean official = lo == hi ? covers(startExclusive) : lo + 1 >= first && hi <= last;
    return answer(n, official, mode);
  }

  /**
   * Whether {@code date} is a working day, with what it rests on, as {@link #deadline} judges it.
   *
   * @throws DateOutOfCalendarException if neither the official data nor the fallback covers the date
   */
  public CalendarAnswer<Boolean> workingDay(LocalDate date) {
    Fallback mode = answering();
    return answer(isWorkingDay(date, mode), covers(date), mode);
  }

  private Fallback answering() {
    return fallback == Fallback.NONE ? Fallback.PROVISIONAL : fallback;
  }

  private <T> CalendarAnswer<T> answer(T value, boolean official, Fallback mode) {
    return new CalendarAnswer<>(value, official ? CalendarBasis.OFFICIAL : CalendarBasis.PROVISIONAL, mode, until);
  }

  // ---------------------------------------------------------------- strict methods

  /**
   * Whether {@code date} is a working day.
   *
   * @throws DateOutOfCalendarException if the date is not covered and the fallback does not judge it
   */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(date, fallback);
  }

  private boolean isWorkingDay(LocalDate date, Fallback mode) {
    long e = date.toEpochDay();
    requireCovered(e, mode); // name the date itself; the running count below would name a neighbour
    return countThrough(e, mode) - countThrough(e - 1, mode) == 1;
  }

  /**
   * The holiday a declared day belongs to (春节, 国庆节 …): for a day off, and for an adjusted working
   * day, the holiday it was moved for; under {@link Fallback#PROVISIONAL}, the statutory holiday of
   * an uncovered day. Empty for an ordinary day.
   *
   * @throws DateOutOfCalendarException if the date is not covered and the fallback does not judge it
   */
  public Optional<String> holidayName(LocalDate date) {
    return declaration(date).map(d -> d.holiday);
  }

  /**
   * The notice that declared {@code date} off or a working day; under {@link Fallback#PROVISIONAL},
   * for a statutory day no notice covers, the statute ({@code 全国年节及纪念日放假办法（推算，未含调休）}).
   * Empty for an ordinary day.
   *
   * @throws DateOutOfCalendarException if the date is not covered and the fallback does not judge it
   */
  public Optional<String> sourceOf(LocalDate date) {
    return declaration(date).map(d -> d.source);
  }

  private Optional<Declared> declaration(LocalDate date) {
    long e = date.toEpochDay();
    requireCovered(e, fallback);
    if (covers(date)) {
      return Optional.ofNullable(declared.get(date));
    }
    if (fallback == Fallback.PROVISIONAL) {
      String holiday = StatutoryHolidays.bundled().holidayOn(date);
      return holiday == null ? Optional.empty() : Optional.of(new Declared(false, holiday, StatutoryHolidays.SOURCE));
    }
    return Optional.empty();
  }

  /**
   * The {@code n}-th working day after {@code start} (the start day itself is not counted); {@code
   * start} itself when {@code n} is 0.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws DateOutOfCalendarException if counting needs an uncovered date the fallback does not judge
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    checkArgument(n >= 0, "n must not be negative: %s", n);
    return plus(start, n, fallback);
  }

  /**
   * The number of working days {@code d} with {@code startExclusive < d <= endInclusive};
   * negative, with the same magnitude, when {@code endInclusive} is before {@code startExclusive}.
   *
   * @throws DateOutOfCalendarException if the range needs an uncovered date the fallback does not judge
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return between(startExclusive, endInclusive, fallback);
  }

  // ---------------------------------------------------------------- counting

  private int between(LocalDate a, LocalDate b, Fallback mode) {
    long x = a.toEpochDay();
    long y = b.toEpochDay();
    if (mode == Fallback.PROVISIONAL) {
      requireNoGap(Math.min(x, y), Math.max(x, y));
    }
    return Math.toIntExact(countThrough(y, mode) - countThrough(x, mode));
  }

  private LocalDate plus(LocalDate start, int n, Fallback mode) {
    if (n == 0) {
      return start;
    }
    long s = start.toEpochDay();
    try {
      long target = countThrough(s, mode) + n;
      long lo = mode == Fallback.PROVISIONAL ? base : first;
      long hi = mode == Fallback.PROVISIONAL ? base + counts.length - 1 : last;
      long e;
      if (s + 1 <= hi && target > count(Math.max(s, lo - 1)) && target <= count(hi)) {
        long a = Math.max(s + 1, lo);
        long b = hi;
        while (a < b) { // the first day whose running count reaches the target
          long mid = (a + b) >>> 1;
          if (count(mid) >= target) {
            b = mid;
          } else {
            a = mid + 1;
          }
        }
        e = a;
      } else {
        e = s;
        while (countThrough(e, mode) < target) {
          e++;
        }
      }
      if (mode == Fallback.PROVISIONAL) {
        requireNoGap(s, e);
      }
      return LocalDate.ofEpochDay(e);
    } catch (DateOutOfCalendarException e) {
      LOG.warn("working-day calendar: deadline of {} working days from {} cannot be computed: {} is not covered "
          + "(official data {} to {}, fallback {})", n, start, e.date(), from, until, mode);
      throw e;
    }
  }

  /** The running count at an epoch day inside the array ({@code base - 1} gives 0). */
  private long count(long e) {
    return e < base ? 0 : counts[(int) (e - base)];
  }

  /**
   * Working days in {@code [base, e]} for a day the mode can judge, a running count whose
   * differences count any range: officially inside the official data, and outside it by the mode.
   */
  private long countThrough(long e, Fallback mode) {
    if (e >= first - 1 && e <= last) {
      return count(e);
    }
    switch (mode) {
      case WEEKDAYS_ONLY:
        warnOnce(e, mode);
        return e > last
            ? count(last) + weekdaysBefore(e + 1) - weekdaysBefore(last + 1)
            : count(first - 1) - (weekdaysBefore(first) - weekdaysBefore(e + 1));
      case PROVISIONAL:
        if (e >= base - 1 && e < base + counts.length && !(e >= gapFirst && e <= gapLast)) {
          warnOnce(e, mode);
          return count(e);
        }
        throw new DateOutOfCalendarException(LocalDate.ofEpochDay(e < base ? e + 1 : e), from, until);
      default:
        throw new DateOutOfCalendarException(LocalDate.ofEpochDay(e < first ? e + 1 : e), from, until);
    }
  }

  private void requireCovered(long e, Fallback mode) {
    boolean judged = e >= first && e <= last
        || mode == Fallback.WEEKDAYS_ONLY
        || mode == Fallback.PROVISIONAL && e >= tableFirst && e <= tableLast && !(e >= gapFirst && e <= gapLast);
    if (!judged) {
      throw new DateOutOfCalendarException(LocalDate.ofEpochDay(e), from, until);
    }
  }

  /** Refuses a range {@code (lo, hi]} that crosses the days neither the official data nor the table covers. */
  private void requireNoGap(long lo, long hi) {
    if (gapFirst <= gapLast && lo < gapLast && hi >= gapFirst) {
      throw new DateOutOfCalendarException(LocalDate.ofEpochDay(Math.max(lo + 1, gapFirst)), from, until);
    }
  }

  private void warnOnce(long e, Fallback mode) {
    int year = LocalDate.ofEpochDay(e).getYear();
    if (warned.add(mode.name() + year)) {
      LOG.warn("working-day calendar: {} is not in the official data ({} to {}); counted by fallback {}", year, from, until, mode);
    }
  }

  /** Monday-to-Friday days among epoch days {@code [0, e)}; negative below 0. 1970-01-01 was a Thursday. */
  static long weekdaysBefore(long e) {
    long weeks = Math.floorDiv(e, 7);
    int rem = (int) (e - weeks * 7);
    int[] weekdaysInFirst = {0, 1, 2, 2, 2, 3, 4}; // Thu Fri Sat Sun Mon Tue (Wed closes the week)
    return weeks * 5 + weekdaysInFirst[rem];
  }

  private static ImmutableMap<LocalDate, Declared> sorted(Map<LocalDate, Declared> rows) {
    return ImmutableMap.copyOf(new TreeMap<>(rows));
  }

  // ---------------------------------------------------------------- CSV

  /** Notices rebuilt from CSV rows: grouped by the notice they name, each group in the year of its middle row. */
  private static ImmutableList<HolidayNotice> noticesOf(List<Row> rows) {
    Map<String, List<Row>> bySource = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(Row::date)).forEach(r -> bySource.computeIfAbsent(r.source, k -> new ArrayList<>()).add(r));
    Map<Integer, List<List<Row>>> byYear = new TreeMap<>();
    bySource.values().forEach(g -> byYear.computeIfAbsent(g.get(g.size() / 2).date.getYear(), k -> new ArrayList<>()).add(g));
    ImmutableList.Builder<HolidayNotice> out = ImmutableList.builder();
    byYear.forEach((year, groups) -> {
      String title = groups.stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0).source;
      List<HolidayNotice.Day> off = new ArrayList<>();
      List<HolidayNotice.Day> working = new ArrayList<>();
      groups.stream().flatMap(List::stream).sorted(Comparator.comparing(Row::date)).forEach(r ->
          (r.working ? working : off).add(new HolidayNotice.Day(r.date, r.holiday,
              r.source.equals(title) ? Optional.empty() : Optional.of(r.source))));
      out.add(new HolidayNotice(Year.of(year), title, Optional.empty(), Optional.empty(), off, working));
    });
    return out.build();
  }

  private static List<Row> parse(Reader csv, String sourceName, LocalDate from, LocalDate until, Map<LocalDate, Declared> existing) {
    List<DataProblem> problems = new ArrayList<>();
    Map<LocalDate, Row> rows = new HashMap<>();
    boolean headerSeen = false;
    int lineNo = 0;
    try (BufferedReader reader = new BufferedReader(csv)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          if (!trimmed.replace("\uFEFF", "").equals(HEADER)) {
            problems.add(problem(CalendarProblemType.HEADER, sourceName, lineNo, Fact.code("expected", HEADER)));
          }
          continue;
        }
        parseRow(trimmed, sourceName, lineNo, from, until, existing, rows, problems);
      }
    } catch (IOException e) {
      problems.add(DataProblem.of(DataProblemType.UNREADABLE, sourceName, "", Fact.text("reason", e.getClass().getSimpleName())));
    }
    if (!headerSeen) {
      problems.add(problem(CalendarProblemType.HEADER, sourceName, Math.max(1, lineNo), Fact.code("expected", HEADER)));
    }
    if (!problems.isEmpty()) {
      throw new CalendarDataException(problems);
    }
    return new ArrayList<>(rows.values());
  }

  private static DataProblem problem(CalendarProblemType type, String source, int line, Fact... facts) {
    return DataProblem.builder().type(type).source(source).pointer("").line(line).addFacts(facts).build();
  }

  private static void parseRow(String line, String source, int lineNo, LocalDate from, LocalDate until,
      Map<LocalDate, Declared> existing, Map<LocalDate, Row> rows, List<DataProblem> problems) {
    String[] cols = line.split(",", -1);
    if (cols.length != 4) {
      problems.add(problem(CalendarProblemType.COLUMNS, source, lineNo, Fact.count("found", cols.length)));
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(cols[0].strip());
    } catch (DateTimeParseException e) {
      problems.add(problem(CalendarProblemType.DATE, source, lineNo));
      return;
    }
    String kind = cols[1].strip();
    if (!kind.equals("off") && !kind.equals("workday")) {
      problems.add(problem(CalendarProblemType.KIND, source, lineNo, Fact.code("kind", kind)));
      return;
    }
    boolean working = kind.equals("workday");
    if (working && HolidayNotice.isWeekday(date)) {
      problems.add(problem(CalendarProblemType.WORKDAY_NOT_WEEKEND, source, lineNo, Fact.date("date", date),
          Fact.term("dayOfWeek", HolidayNotice.dayOfWeek(date.getDayOfWeek()))));
    }
    if (date.isBefore(from) || date.isAfter(until)) {
      problems.add(problem(CalendarProblemType.OUT_OF_RANGE, source, lineNo, Fact.date("date", date),
          Fact.count("firstYear", from.getYear()), Fact.count("lastYear", until.getYear())));
      return;
    }
    Declared known = existing.get(date);
    if (rows.containsKey(date) || (known != null && known.working != working)) {
      problems.add(problem(CalendarProblemType.DUPLICATE_DATE, source, lineNo, Fact.date("date", date)));
      return;
    }
    rows.put(date, new Row(date, working, cols[2].strip(), cols[3].strip()));
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + from + " to " + until + ", " + declared.size() + " declared days, fallback " + fallback + "]";
  }
}
