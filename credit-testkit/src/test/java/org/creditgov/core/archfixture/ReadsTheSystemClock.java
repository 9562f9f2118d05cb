package org.creditgov.core.archfixture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Violates "no system clock outside ChinaTime", once per way of reading it. */
public final class ReadsTheSystemClock {
  private ReadsTheSystemClock() {}

  /** Instant.now(). */
  public static Instant instant() {
    return Instant.now();
  }

  /** LocalDate.now(). */
  public static LocalDate date() {
    return LocalDate.now();
  }

  /** LocalDate.now(ZoneId): a zone is not a clock. */
  public static LocalDate dateInZone() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  /** LocalDateTime.now(). */
  public static LocalDateTime dateTime() {
    return LocalDateTime.now();
  }

  /** ZonedDateTime.now(). */
  public static ZonedDateTime zoned() {
    return ZonedDateTime.now();
  }

  /** System.currentTimeMillis(). */
  public static long millis() {
    return System.currentTimeMillis();
  }
}
