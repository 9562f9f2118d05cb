package org.creditgov.rules.designation;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.Period;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * How long a listing lasts (DES-6): a fixed period, or a range within which the decision document
 * states the period. Periods are calendar periods (years, months, days), as the rules that set them
 * are written ("2 years", "1 to 3 years"); they are not counted in working days.
 *
 * <p>There is no default: the period of each list comes from the rule that founds it (the SPC's
 * judgment-defaulter list: 2 years, extendable by 1 to 3; 国办发〔2025〕22号 for serious dishonesty
 * information: 1 to 3 years; see reference/policy-facts.md). Configure it on the {@link ListType}.
 */
@Value.Immutable
@CreditStyle
public abstract class ListingPeriod {

  ListingPeriod() {} // subclassed only by the generated ImmutableListingPeriod

  /**
   * A fixed period.
   *
   * @throws IllegalArgumentException if the period is zero or has a negative part
   */
  public static ListingPeriod fixed(Period period) {
    return ImmutableListingPeriod.of(period, period);
  }

  /**
   * A range: the decision states a period between {@code minimum} and {@code maximum}, inclusive.
   *
   * @throws IllegalArgumentException if a period is zero or negative, or {@code maximum} is shorter
   *     than {@code minimum}
   */
  public static ListingPeriod range(Period minimum, Period maximum) {
    return ImmutableListingPeriod.of(minimum, maximum);
  }

  /** The shortest period a decision may state. */
  @Value.Parameter
  public abstract Period minimum();

  /** The longest period a decision may state. */
  @Value.Parameter
  public abstract Period maximum();

  /** Whether the period is fixed (minimum equals maximum). */
  public boolean isFixed() {
    return minimum().equals(maximum());
  }

  /**
   * Whether a listing from {@code listedFrom} for {@code period} ends within this range. Periods
   * of months and days do not compare on their own, so they are compared by the dates they reach.
   */
  public boolean allows(LocalDate listedFrom, Period period) {
    LocalDate end = listedFrom.plus(period);
    return !end.isBefore(listedFrom.plus(minimum())) && !end.isAfter(listedFrom.plus(maximum()));
  }

  /**
   * Whether {@code maximum} reaches at least as far as {@code minimum} from any date: compared
   * from a month's end (31 January), the strictest reference date for periods of months and days.
   */
  public static boolean maximumReachesMinimum(Period minimum, Period maximum) {
    LocalDate probe = LocalDate.of(2000, 1, 31);
    return !probe.plus(maximum).isBefore(probe.plus(minimum));
  }

  @Value.Check
  void check() {
    for (Period p : new Period[] {minimum(), maximum()}) {
      Preconditions.checkArgument(!p.isZero() && !p.isNegative() && p.getYears() >= 0 && p.getMonths() >= 0
          && p.getDays() >= 0, "a listing period must be positive in every part: %s", p);
    }
    Preconditions.checkArgument(maximumReachesMinimum(minimum(), maximum()),
        "the maximum %s is shorter than the minimum %s", maximum(), minimum());
  }

  /** The period ({@code P3Y}), or the range ({@code P1Y..P3Y}), in ISO-8601 form for logs; messages write 3年. */
  @Override
  public String toString() {
    return isFixed() ? minimum().toString() : minimum() + ".." + maximum();
  }
}
