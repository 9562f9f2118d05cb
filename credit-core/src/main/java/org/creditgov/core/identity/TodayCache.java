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
    final int ymd;
    final long fromMillis;
    final long untilMillis;

    Day(int ymd, long fromMillis, long untilMillis) {
      this.ymd = ymd;
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

  /** Today as the integer {@code yyyyMMdd}, which orders as dates do. */
  int todayYmd() {
    long now = clock.millis();
    Day d = day;
    if (now >= d.fromMillis && now < d.untilMillis) {
      return d.ymd;
    }
    LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), clock.getZone());
    long from = today.atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    long until = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    int ymd = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
    day = new Day(ymd, from, until);
    return ymd;
  }
}
