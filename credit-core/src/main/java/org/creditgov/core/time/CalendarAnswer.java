package org.creditgov.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import org.creditgov.core.time.WorkingDayCalendar.Fallback;
import org.jspecify.annotations.Nullable;

/**
 * An answer of a {@link WorkingDayCalendar} (a deadline, a count of working days, whether a day is
 * a working day) with what it rests on: {@link CalendarBasis#OFFICIAL} when every day counted is
 * covered by the State Council's notices, {@link CalendarBasis#PROVISIONAL} otherwise, with the
 * fallback that judged the uncovered days. Code that decides on a deadline holds a provisional one
 * for review ({@link #isOfficial()}); loading the year's notice ({@link
 * WorkingDayCalendar#extendedWith(HolidayNotice, String)}) makes the same question official.
 *
 * @param <T> the value: a {@link LocalDate}, an {@link Integer} or a {@link Boolean}
 */
public final class CalendarAnswer<T> {

  private final T value;
  private final CalendarBasis basis;
  private final Fallback fallback;
  private final LocalDate officialUntil;

  CalendarAnswer(T value, CalendarBasis basis, Fallback fallback, LocalDate officialUntil) {
    this.value = requireNonNull(value, "value");
    this.basis = requireNonNull(basis, "basis");
    this.fallback = basis == CalendarBasis.OFFICIAL ? Fallback.NONE : requireNonNull(fallback, "fallback");
    this.officialUntil = requireNonNull(officialUntil, "officialUntil");
  }

  /** The answer. */
  public T value() {
    return value;
  }

  /** What the answer rests on. */
  public CalendarBasis basis() {
    return basis;
  }

  /** Whether every day counted is covered by the official notices ({@link CalendarBasis#OFFICIAL}). */
  public boolean isOfficial() {
    return basis == CalendarBasis.OFFICIAL;
  }

  /**
   * How the days no notice covers were judged: {@link Fallback#PROVISIONAL} or {@link
   * Fallback#WEEKDAYS_ONLY}; {@link Fallback#NONE} for an official answer.
   */
  public Fallback fallback() {
    return fallback;
  }

  /** The last day the calendar's official data covered when it answered (inclusive). */
  public LocalDate officialUntil() {
    return officialUntil;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalendarAnswer<?> a && a.value.equals(value) && a.basis == basis && a.fallback == fallback
        && a.officialUntil.equals(officialUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, basis, fallback, officialUntil);
  }

  /** {@code 2027-01-15 (PROVISIONAL by PROVISIONAL, official until 2026-12-31)}. */
  @Override
  public String toString() {
    return value + " (" + basis + (isOfficial() ? "" : " by " + fallback) + ", official until " + officialUntil + ")";
  }
}
