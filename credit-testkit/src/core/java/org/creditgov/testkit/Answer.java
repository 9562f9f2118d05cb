package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Verdict;

/**
 * What a vendor's system answered to one generated case, as an invariant suite compares it with
 * the library's own answer: the outcome (allowed, needs review, refused) and the codes of the
 * findings behind it, such as {@code designation.OBJECTION_WINDOW_NOT_PASSED} or {@code
 * sanction.MINOR_EXCLUDED} (the codes of the library's finding types; a system with codes of its
 * own maps them). A system built on the library answers {@link #of(Verdict)}.
 *
 * @param outcome what the system decided
 * @param codes the finding codes it gave for the decision, sorted; empty for a plain allowance
 */
public record Answer(Outcome outcome, ImmutableSortedSet<String> codes) {

  /**
   * Checks the answer.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a code is blank
   */
  public Answer {
    requireNonNull(outcome, "outcome");
    requireNonNull(codes, "codes");
    for (String code : codes) {
      if (code.isBlank()) {
        throw new IllegalArgumentException("a finding code must not be blank");
      }
    }
  }

  /** Allowed, with no finding. */
  public static Answer allowed() {
    return new Answer(Outcome.ALLOWED, ImmutableSortedSet.of());
  }

  /**
   * Refused, for the findings of these codes.
   *
   * @throws NullPointerException if a code is null
   * @throws IllegalArgumentException if a code is blank
   */
  public static Answer refused(String... codes) {
    return new Answer(Outcome.REFUSED, ImmutableSortedSet.copyOf(Arrays.asList(codes)));
  }

  /**
   * Held for a recorded human assessment (SAN-4), for the findings of these codes.
   *
   * @throws NullPointerException if a code is null
   * @throws IllegalArgumentException if a code is blank
   */
  public static Answer needsReview(String... codes) {
    return new Answer(Outcome.NEEDS_REVIEW, ImmutableSortedSet.copyOf(Arrays.asList(codes)));
  }

  /**
   * The answer a verdict gives: its outcome and the codes of all its findings.
   *
   * @throws NullPointerException if {@code verdict} is null
   */
  public static Answer of(Verdict verdict) {
    return new Answer(verdict.outcome(),
        verdict.findings().stream().map(Finding::code).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)));
  }

  /** Whether the system let the act proceed. */
  public boolean isAllowed() {
    return outcome == Outcome.ALLOWED;
  }

  /** Such as {@code REFUSED [designation.OBJECTION_OPEN]}. */
  @Override
  public String toString() {
    return outcome + (codes.isEmpty() ? "" : " " + codes);
  }
}
