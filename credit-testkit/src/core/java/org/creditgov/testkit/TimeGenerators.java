package org.creditgov.testkit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.creditgov.core.time.ChinaTime;

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
}
