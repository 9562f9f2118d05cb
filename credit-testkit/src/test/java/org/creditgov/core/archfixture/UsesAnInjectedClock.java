package org.creditgov.core.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Follows "no system clock outside ChinaTime": every "now" comes from an injected clock. */
public final class UsesAnInjectedClock {
  private UsesAnInjectedClock() {}

  /** LocalDate.now(Clock), Instant.now(Clock), ZonedDateTime.now(Clock). */
  public static String now(Clock clock) {
    Instant instant = Instant.now(clock);
    return LocalDate.now(clock) + " " + ZonedDateTime.now(clock) + " " + instant + " " + clock.millis();
  }
}
