package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves: the one test clock of the library's tests, and a public one for
 * users testing their own systems with the library's injected-clock APIs. In China's zone by
 * default. Thread-safe: {@link #set} and {@link #advance} are seen by every thread at once.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(LocalDate.of(2026, 9, 28));
 * DesignationService service = DesignationService.builder().clock(clock)...build();
 * clock.advance(Duration.ofDays(10));
 * }</pre>
 */
public final class TestClock extends Clock {

  /** Asia/Shanghai. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock at {@code instant}, in China's zone. */
  public static TestClock at(Instant instant) {
    return new TestClock(new AtomicReference<>(requireNonNull(instant, "instant")), CHINA);
  }

  /** A clock at noon in China on {@code date}. */
  public static TestClock at(LocalDate date) {
    return at(date.atTime(12, 0).atZone(CHINA).toInstant());
  }

  /** A clock at {@code dateTime} in China. */
  public static TestClock at(LocalDateTime dateTime) {
    return at(dateTime.atZone(CHINA).toInstant());
  }

  /** Sets the time. */
  public void set(Instant instant) {
    now.set(requireNonNull(instant, "instant"));
  }

  /** Sets the time to noon in this clock's zone on {@code date}. */
  public void set(LocalDate date) {
    set(date.atTime(12, 0).atZone(zone).toInstant());
  }

  /** Moves the time by {@code amount} (which may be negative). */
  public void advance(Duration amount) {
    now.updateAndGet(i -> i.plus(amount));
  }

  /** Today in this clock's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A clock sharing this one's time (setting one moves both), in {@code zone}. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return requireNonNull(now.get(), "set at construction");
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + ", " + zone + "]";
  }
}
