package org.creditgov.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.creditgov.core.time.WorkingDayCalendar.Fallback;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TimeGenerators;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link WorkingDayCalendar#china()}, the calendar on which the deadlines of the
 * credit rules are counted: objection answers (DES-4) and repair decisions (REP-2) within so many
 * working days. Counting forward and counting between agree with each other and with {@code
 * isWorkingDay} day by day, which agrees with the bundled holiday data read independently; an
 * uncovered date is an error unless a fallback was chosen, and the fallback changes nothing inside
 * the covered years.
 */
class WorkingDayCalendarPropertiesTest {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();
  private static final WorkingDayCalendar LENIENT = CHINA.withFallback(Fallback.WEEKDAYS_ONLY);
  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
  /** The bundled holiday data, read here without the calendar's parser: date to "is it a working day". */
  private static final Map<LocalDate, Boolean> DECLARED = readBundledData();

  private static LocalDate covered(SplittableRandom random) {
    return TimeGenerators.dateBetween(random, FROM, UNTIL);
  }

  /** A date outside the covered years, up to 120 years away, never the day before coverage starts. */
  private static LocalDate uncovered(SplittableRandom random) {
    return random.nextBoolean()
        ? TimeGenerators.dateBetween(random, FROM.minusYears(120), FROM.minusDays(2))
        : TimeGenerators.dateBetween(random, UNTIL.plusDays(1), UNTIL.plusYears(120));
  }

  private static LocalDate anyDate(SplittableRandom random) {
    return TimeGenerators.dateBetween(random, FROM.minusYears(120), UNTIL.plusYears(120));
  }

  @Test
  void theBundledCalendarCoversTheYearsItDeclares() {
    assertThat(CHINA.coveredFrom()).isEqualTo(FROM);
    assertThat(CHINA.coveredUntil()).isEqualTo(UNTIL);
    assertThat(CHINA.fallback()).isEqualTo(Fallback.NONE);
    assertThat(DECLARED).hasSizeGreaterThan(200); // the data was read: the properties below are not vacuous
  }

  @Test
  void aWorkingDayIsAWeekdayNotDeclaredOffOrAWeekendDayDeclaredWorking() {
    Seeds.forEachSeed(500, seed -> {
      LocalDate d = covered(Seeds.random(seed));
      Boolean declared = DECLARED.get(d);
      boolean expected = declared != null ? declared : isWeekday(d);
      assertThat(CHINA.isWorkingDay(d)).as("%s", d).isEqualTo(expected);
      assertThat(CHINA.holidayName(d).isPresent()).isEqualTo(declared != null);
      assertThat(CHINA.sourceOf(d).isPresent()).isEqualTo(declared != null);
    });
  }

  /**
   * {@code plusWorkingDays(a, n)} is the n-th working day after a, counted day by day with {@code
   * isWorkingDay}; {@code workingDaysBetween(a, it) == n}; it is a working day when n > 0; every
   * day strictly between is counted as {@code isWorkingDay} says. If the n-th working day lies
   * beyond the covered years, counting is a {@link DateOutOfCalendarException}.
   */
  @Test
  void countingForwardAgreesWithCountingDayByDay() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      LocalDate a = random.nextInt(50) == 0 ? FROM.minusDays(1) : covered(random); // the day before coverage is a start
      int n = random.nextInt(61);
      LocalDate expected = nthWorkingDayAfter(CHINA, a, n);
      if (expected == null) {
        DateOutOfCalendarException e = catchThrowableOfType(DateOutOfCalendarException.class, () -> CHINA.plusWorkingDays(a, n));
        assertThat(e).as("counting %d working days after %s needs an uncovered date", n, a).isNotNull();
        assertThat(CHINA.covers(e.date())).isFalse();
        return;
      }
      LocalDate result = CHINA.plusWorkingDays(a, n);
      assertThat(result).isEqualTo(expected);
      assertThat(CHINA.workingDaysBetween(a, result)).isEqualTo(n);
      if (n == 0) {
        assertThat(result).isEqualTo(a);
      } else {
        assertThat(CHINA.isWorkingDay(result)).isTrue();
      }
      int running = 0;
      for (LocalDate d = a.plusDays(1); !d.isAfter(result); d = d.plusDays(1)) {
        if (CHINA.isWorkingDay(d)) {
          running++;
        }
        assertThat(CHINA.workingDaysBetween(a, d)).as("working days in (%s, %s]", a, d).isEqualTo(running);
        if (d.isBefore(result)) {
          assertThat(running).isLessThan(n);
        }
      }
    });
  }

  @Test
  void countingBetweenIsAntisymmetricAndAdditive() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      LocalDate a = covered(random);
      LocalDate b = covered(random);
      LocalDate c = covered(random);
      assertThat(CHINA.workingDaysBetween(a, b)).isEqualTo(-CHINA.workingDaysBetween(b, a));
      assertThat(CHINA.workingDaysBetween(a, a)).isZero();
      assertThat(CHINA.workingDaysBetween(a, b) + CHINA.workingDaysBetween(b, c)).isEqualTo(CHINA.workingDaysBetween(a, c));
      if (!b.isBefore(a)) {
        assertThat(CHINA.workingDaysBetween(a, b)).isBetween(0, (int) (b.toEpochDay() - a.toEpochDay()));
      }
    });
  }

  @Test
  void anUncoveredDateIsAnErrorNamingTheDateAndTheCoverage() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      LocalDate d = uncovered(random);
      LocalDate inside = covered(random);
      assertThat(CHINA.covers(d)).isFalse();
      assertOutOfCalendar(() -> CHINA.isWorkingDay(d), d);
      assertOutOfCalendar(() -> CHINA.holidayName(d), d);
      assertOutOfCalendar(() -> CHINA.sourceOf(d), d);
      assertOutOfCalendar(() -> CHINA.plusWorkingDays(d, 1 + random.nextInt(60)), null);
      assertThat(CHINA.plusWorkingDays(d, 0)).isEqualTo(d); // counting zero days needs no calendar data
      assertOutOfCalendar(() -> CHINA.workingDaysBetween(inside, d), null);
      assertOutOfCalendar(() -> CHINA.workingDaysBetween(d, inside), null);
    });
  }

  /**
   * {@code isWorkingDay(d)} of an uncovered date names d itself as the date that could not be
   * judged, as {@code holidayName} and {@code sourceOf} do.
   */
  @Test
  void isWorkingDayOfAnUncoveredDateNamesThatDate() {
    Seeds.forEachSeed(500, seed -> {
      LocalDate d = uncovered(Seeds.random(seed));
      assertOutOfCalendar(() -> CHINA.isWorkingDay(d), d);
      assertOutOfCalendar(() -> CHINA.isWorkingDay(LocalDate.of(2019, 12, 30)), LocalDate.of(2019, 12, 30));
    });
  }

  @Test
  void theWeekdaysFallbackNeverThrowsAndAgreesWithThePlainCalendarInsideCoverage() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      LocalDate a = anyDate(random);
      LocalDate b = anyDate(random);
      int n = random.nextInt(61);

      boolean working = LENIENT.isWorkingDay(a);
      LocalDate plus = LENIENT.plusWorkingDays(a, n);
      int between = LENIENT.workingDaysBetween(a, b);
      LENIENT.holidayName(a);
      LENIENT.sourceOf(a);

      if (CHINA.covers(a)) {
        assertThat(working).isEqualTo(CHINA.isWorkingDay(a));
        assertThat(LENIENT.holidayName(a)).isEqualTo(CHINA.holidayName(a));
      } else {
        assertThat(working).as("%s outside coverage", a).isEqualTo(isWeekday(a));
        assertThat(LENIENT.holidayName(a)).isEmpty();
      }
      assertThat(plus).isEqualTo(nthWorkingDayAfter(LENIENT, a, n));
      assertThat(LENIENT.workingDaysBetween(a, plus)).isEqualTo(n);
      assertThat(between).isEqualTo(-LENIENT.workingDaysBetween(b, a));
      assertThat(between).isEqualTo(LENIENT.workingDaysBetween(a, FROM) + LENIENT.workingDaysBetween(FROM, b));

      LocalDate c = covered(random);
      LocalDate d = covered(random);
      assertThat(LENIENT.workingDaysBetween(c, d)).isEqualTo(CHINA.workingDaysBetween(c, d));
      LocalDate plainPlus = nthWorkingDayAfter(CHINA, c, n);
      if (plainPlus != null) {
        assertThat(LENIENT.plusWorkingDays(c, n)).isEqualTo(plainPlus).isEqualTo(CHINA.plusWorkingDays(c, n));
      }
    });
  }

  @Test
  void outsideCoverageTheFallbackCountsMondayToFriday() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      LocalDate a = uncovered(random);
      LocalDate b = a.plusDays(random.nextInt(400));
      if (CHINA.covers(b) || (a.isBefore(FROM) && !b.isBefore(FROM))) {
        b = a.minusDays(random.nextInt(400));
      }
      long weekdays = 0;
      LocalDate lo = a.isBefore(b) ? a : b;
      LocalDate hi = a.isBefore(b) ? b : a;
      for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
        if (isWeekday(d)) {
          weekdays++;
        }
      }
      assertThat(Math.abs(LENIENT.workingDaysBetween(a, b))).isEqualTo(weekdays);
    });
  }

  @Test
  void aYearLoadedWithoutDeclaredDaysCountsLikeTheWeekdaysFallback() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      WorkingDayCalendar extended = EXTENDED_2027;
      LocalDate a = TimeGenerators.dateBetween(random, FROM, LocalDate.of(2027, 12, 31));
      LocalDate b = TimeGenerators.dateBetween(random, FROM, LocalDate.of(2027, 12, 31));
      assertThat(extended.isWorkingDay(a)).isEqualTo(LENIENT.isWorkingDay(a));
      assertThat(extended.workingDaysBetween(a, b)).isEqualTo(LENIENT.workingDaysBetween(a, b));
      int n = random.nextInt(61);
      LocalDate expected = nthWorkingDayAfter(extended, a, n);
      if (expected != null) {
        assertThat(extended.plusWorkingDays(a, n)).isEqualTo(expected).isEqualTo(LENIENT.plusWorkingDays(a, n));
      }
    });
  }

  private static final WorkingDayCalendar EXTENDED_2027 =
      CHINA.extendedWith(new StringReader("date,kind,holiday,source\n"), "empty-2027.csv", Year.of(2027));

  @Test
  void knownDaysOfTheStateCouncilNotices() {
    assertThat(CHINA.isWorkingDay(LocalDate.of(2020, 1, 19))).isTrue(); // Sunday, worked for 春节
    assertThat(CHINA.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse(); // the extended 2020 春节
    assertThat(CHINA.isWorkingDay(LocalDate.of(2022, 12, 31))).isFalse(); // Saturday, declared by the 2023 notice
    assertThat(CHINA.holidayName(LocalDate.of(2020, 1, 19))).contains("春节");
    assertThat(CHINA.holidayName(LocalDate.of(2020, 3, 2))).isEmpty();
  }

  /** The n-th day after {@code start} that {@code calendar.isWorkingDay} calls working; null if an uncovered date is needed. */
  private static @Nullable LocalDate nthWorkingDayAfter(WorkingDayCalendar calendar, LocalDate start, int n) {
    LocalDate d = start;
    int count = 0;
    while (count < n) {
      d = d.plusDays(1);
      if (!calendar.covers(d) && calendar.fallback() == Fallback.NONE) {
        return null;
      }
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return d;
  }

  private static void assertOutOfCalendar(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, @Nullable LocalDate date) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(DateOutOfCalendarException.class, e -> {
          assertThat(CHINA.covers(e.date())).isFalse();
          assertThat(e.coveredFrom()).isEqualTo(FROM);
          assertThat(e.coveredUntil()).isEqualTo(UNTIL);
          assertThat(e.getMessage()).contains(DateOutOfCalendarException.REASON);
          if (date != null) {
            assertThat(e.date()).isEqualTo(date);
          }
        });
  }

  private static boolean isWeekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static Map<LocalDate, Boolean> readBundledData() {
    Map<LocalDate, Boolean> declared = new HashMap<>();
    try (InputStream in = WorkingDayCalendar.class.getResourceAsStream("cn-holidays-2020-2026.csv")) {
      assertThat(in).as("the bundled holiday data").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
          continue;
        }
        String[] cols = line.split(",");
        declared.put(LocalDate.parse(cols[0]), cols[1].equals("workday"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return declared;
  }
}
