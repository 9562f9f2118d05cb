package org.creditgov.rules.oversight;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.creditgov.rules.designation.RemovalReason;

/**
 * The oversight figures of one department in one period (OPS-2): what was done, and how each
 * working-day deadline was kept.
 *
 * @param department the department
 * @param from the first day of the period
 * @param lastDay the last day of the period (inclusive)
 * @param proposals designations proposed
 * @param listings subjects listed (decisions to list)
 * @param objectionsFiled objections filed
 * @param objectionsWaived objection periods waived in writing
 * @param objectionsAnswered objections answered
 * @param objectionsUpheld objections answered in the subject's favour
 * @param withdrawals designations withdrawn before a decision
 * @param repairApplications repairs applied for
 * @param repairsAccepted repair applications accepted
 * @param repairsRejected repair applications rejected
 * @param repairsApproved repairs approved
 * @param repairsRefused repairs refused
 * @param removals removals from a list, by reason, every reason present
 * @param deadlines the compliance with each deadline, every kind present
 */
public record Figures(
    String department, LocalDate from, LocalDate lastDay,
    long proposals, long listings, long objectionsFiled, long objectionsWaived, long objectionsAnswered,
    long objectionsUpheld, long withdrawals, long repairApplications, long repairsAccepted, long repairsRejected,
    long repairsApproved, long repairsRefused,
    ImmutableMap<RemovalReason, Long> removals, ImmutableMap<DeadlineKind, Compliance> deadlines) {

  /**
   * Figures; see the record components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative, the period ends before it starts, or
   *     a removal reason or a deadline kind is missing
   */
  public Figures {
    requireNonNull(department, "department");
    requireNonNull(from, "from");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(removals, "removals");
    requireNonNull(deadlines, "deadlines");
    if (lastDay.isBefore(from)) {
      throw new IllegalArgumentException("a period ends on or after its first day");
    }
    for (long n : new long[] {proposals, listings, objectionsFiled, objectionsWaived, objectionsAnswered, objectionsUpheld,
        withdrawals, repairApplications, repairsAccepted, repairsRejected, repairsApproved, repairsRefused}) {
      if (n < 0) {
        throw new IllegalArgumentException("counts are not negative");
      }
    }
    if (removals.size() != RemovalReason.values().length || removals.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("a count of removals for every reason");
    }
    if (deadlines.size() != DeadlineKind.values().length) {
      throw new IllegalArgumentException("the compliance of every kind of deadline");
    }
  }

  /** The removals for {@code reason}. */
  public long removals(RemovalReason reason) {
    return requireNonNull(removals.get(requireNonNull(reason, "reason")));
  }

  /** The compliance with deadlines of {@code kind}. */
  public Compliance deadline(DeadlineKind kind) {
    return requireNonNull(deadlines.get(requireNonNull(kind, "kind")));
  }
}
