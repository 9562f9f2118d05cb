package org.creditgov.core.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today's date from an injected clock, remembered until the clock passes the next midnight in the
 * clock's zone, so validating millions of ID numbers costs one {@code clock.millis()} each rather
 * than a zone-rules lookup each.
 */
final class TodayCache {

  private static final class Day {
    final long epochDay;
    final long fromMillis;
    final long untilMillis;

    Day(long epochDay, long fromMillis, long untilMillis) {
      this.epochDay = epochDay;
      this.fromMillis = fromMillis;
      this.untilMillis = untilMillis;
    }
  }

  private final Clock clock;
  private volatile Day day = new Day(0, 1, 0); // empty interval: the first call computes

  TodayCache(Clock clock) {
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  long todayEpochDay() {
    long now = clock.millis();
    Day d = day;
    if (now >= d.fromMillis && now < d.untilMillis) {
      return d.epochDay;
    }
    LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), clock.getZone());
    long from = today.atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    long until = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    day = new Day(today.toEpochDay(), from, until);
    return today.toEpochDay();
  }
}
