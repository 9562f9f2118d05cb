package org.creditgov.core.verdict;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.immutables.value.Value;

/**
 * The answer of every check in the library (DESIGN.md, "Answers, not exceptions"): all findings,
 * not the first, and the outcome they add up to. A refusal is a verdict, never an exception.
 *
 * <p>{@link #ruleSetVersion()} names the version of the rules applied (a catalog edition, a measure
 * list version), so that a past decision can be re-evaluated as it was made.
 */
@Value.Immutable
@CreditStyle
public abstract class Verdict {

  Verdict() {} // subclassed only by the generated ImmutableVerdict

  private static final Verdict ALLOWED = builder().build();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link Verdict}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableVerdict.Builder {
    Builder() {}
  }

  /** A verdict with no findings. */
  public static Verdict allowed() {
    return ALLOWED;
  }

  /** A verdict with the given findings, in their order. */
  public static Verdict of(Iterable<Finding> findings) {
    return builder().addAllFindings(findings).build();
  }

  /** Every finding, in the order the check made them. */
  public abstract ImmutableList<Finding> findings();

  /**
   * The versions of the rule sets the check applied (each layer's id and effective date), where it
   * applied any; empty where no rule set was in force or none was consulted.
   */
  public abstract Optional<RuleSetVersion> ruleSetVersion();

  /** The outcome: from the heaviest severity among the findings. */
  @Value.Derived
  public Outcome outcome() {
    Severity worst =
        findings().stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
    switch (worst) {
      case ERROR:
        return Outcome.REFUSED;
      case REVIEW:
        return Outcome.NEEDS_REVIEW;
      default:
        return Outcome.ALLOWED;
    }
  }

  /** Whether the act may proceed: no finding refuses it or holds it for review. */
  public boolean isAllowed() {
    return outcome() == Outcome.ALLOWED;
  }

  /** The findings serving one requirement. */
  public ImmutableList<Finding> findingsFor(RequirementId requirement) {
    return findings().stream()
        .filter(f -> f.requirement() == requirement)
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether a finding of the given type is among the findings. */
  public boolean has(FindingType type) {
    return findings().stream().anyMatch(f -> f.type().equals(type));
  }

  /** The findings of {@code type}. */
  public ImmutableList<Finding> findingsOf(FindingType type) {
    return findings().stream().filter(f -> f.type().equals(type)).collect(ImmutableList.toImmutableList());
  }
}
