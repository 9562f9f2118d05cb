package org.creditgov.rules.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The time limits of a repair regime in working days (REP-2; 国办发〔2025〕22号): the credit platform's
 * feedback on an application counted from the application, the authority's decision counted from
 * its receipt of the application, and the extension of a complex case. Each is absent where the
 * regime sets none or none is confirmed (then no deadline is computed and none is flagged).
 *
 * @param feedbackWorkingDays the platform's feedback (受理反馈), from the application
 * @param decisionWorkingDays the authority's decision, from receipt
 * @param extensionWorkingDays the extension of a complex case (its length UNCONFIRMED under 22号)
 */
public record TimeLimits(OptionalInt feedbackWorkingDays, OptionalInt decisionWorkingDays, OptionalInt extensionWorkingDays) {

  /** No time limit set. */
  public static final TimeLimits NONE = new TimeLimits(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

  /**
   * @throws IllegalArgumentException if a limit is negative
   * @throws NullPointerException if an argument is null
   */
  public TimeLimits {
    for (OptionalInt d : new OptionalInt[] {requireNonNull(feedbackWorkingDays, "feedbackWorkingDays"),
        requireNonNull(decisionWorkingDays, "decisionWorkingDays"), requireNonNull(extensionWorkingDays, "extensionWorkingDays")}) {
      checkArgument(d.isEmpty() || d.getAsInt() >= 0, "a time limit cannot be negative: %s", d);
    }
  }

  /** The limits given as optional integers. */
  public static TimeLimits of(Optional<Integer> feedback, Optional<Integer> decision, Optional<Integer> extension) {
    return new TimeLimits(optional(feedback), optional(decision), optional(extension));
  }

  private static OptionalInt optional(Optional<Integer> v) {
    return v.isPresent() ? OptionalInt.of(v.get()) : OptionalInt.empty();
  }
}
