package org.creditgov.core.time;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * When a rule, instrument, catalog or list is in force: from a first day (inclusive) until an
 * optional first day it is no longer in force (exclusive). Rules are versioned by effective date
 * (DESIGN.md), so every "what was in force on date D" question comes down to {@link
 * #contains(LocalDate)}.
 */
@Value.Immutable
@CreditStyle
public abstract class EffectivePeriod {

  EffectivePeriod() {} // subclassed only by the generated ImmutableEffectivePeriod

  /** The first day in force. */
  @Value.Parameter
  @SuppressWarnings("immutables:from") // the package-private builder then has no from(instance); nothing uses it
  public abstract LocalDate from();

  /** The first day no longer in force (exclusive), if the period has an end. */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /** A period in force from {@code from} with no end. */
  public static EffectivePeriod from(LocalDate from) {
    return ImmutableEffectivePeriod.of(from, Optional.empty());
  }

  /**
   * A period in force from {@code from} (inclusive) until {@code untilExclusive}.
   *
   * @throws IllegalArgumentException if {@code untilExclusive} is not after {@code from}
   */
  public static EffectivePeriod between(LocalDate from, LocalDate untilExclusive) {
    return ImmutableEffectivePeriod.of(from, Optional.of(untilExclusive));
  }

  /** Whether the period is in force on {@code date}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && until().map(date::isBefore).orElse(true);
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(EffectivePeriod other) {
    boolean startsBeforeOtherEnds = other.until().map(from()::isBefore).orElse(true);
    boolean otherStartsBeforeThisEnds = until().map(other.from()::isBefore).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Value.Check
  void check() {
    if (until().isPresent() && !until().get().isAfter(from())) {
      throw new IllegalArgumentException(
          "an effective period must end after it starts: " + from() + " until " + until().get());
    }
  }

  @Override
  public String toString() {
    return "[" + from() + ", " + until().map(LocalDate::toString).orElse("…") + ")";
  }
}
