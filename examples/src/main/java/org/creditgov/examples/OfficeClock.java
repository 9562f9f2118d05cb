package org.creditgov.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.creditgov.core.time.ChinaTime;

/** A clock a scene moves from step to step: ten in the morning, Asia/Shanghai, on the day set. */
final class OfficeClock extends Clock {
  private Instant now;

  OfficeClock(LocalDate today) {
    this.now = at(today);
  }

  private static Instant at(LocalDate today) {
    return today.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
  }

  void set(LocalDate today) {
    now = at(today);
  }

  @Override
  public ZoneId getZone() {
    return ChinaTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ChinaTime.ZONE)) {
      return this;
    }
    throw new UnsupportedOperationException("the scene runs in Asia/Shanghai");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
