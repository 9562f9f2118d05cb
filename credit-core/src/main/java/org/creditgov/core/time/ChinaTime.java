package org.creditgov.core.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * China Standard Time and the one place where library code touches the system clock. Domain code
 * takes an injected {@link Clock}; this class only supplies the default that the convenience
 * methods (such as {@code ResidentIdNumber.parse(String)}) use.
 */
public final class ChinaTime {

  /** Asia/Shanghai, the zone of every date in China's credit rules. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Clock SYSTEM = Clock.system(ZONE);

  private ChinaTime() {}

  /** The system clock in {@link #ZONE}: the clock adapter that convenience methods default to. */
  public static Clock systemClock() {
    return SYSTEM;
  }
}
