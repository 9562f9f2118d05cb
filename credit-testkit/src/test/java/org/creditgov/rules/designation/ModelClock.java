package org.creditgov.rules.designation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.creditgov.core.time.ChinaTime;

/** A clock the test sets: the service's only source of time. */
final class ModelClock extends Clock {

  private volatile Instant instant;

  ModelClock(LocalDate today) {
    this.instant = noonOf(today);
  }

  void setToday(LocalDate today) {
    instant = noonOf(today);
  }

  private static Instant noonOf(LocalDate date) {
    return date.atTime(12, 0).atZone(ChinaTime.ZONE).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ChinaTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return instant;
  }
}
