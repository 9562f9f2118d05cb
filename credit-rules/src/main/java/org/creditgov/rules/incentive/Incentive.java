package org.creditgov.rules.incentive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.sanction.BusinessContext;
import org.immutables.value.Value;

/**
 * One incentive for trustworthy subjects (守信激励, INC-1; seed §二.9): credit-based lending
 * (信易贷), fewer routine inspections, fast-track approval, priority in funding, procurement and
 * tendering … Like a measure it cites its basis; it names the business contexts it is offered in,
 * the subject types it is for and the {@link EligibilityCondition conditions} a subject meets.
 *
 * <p>Building an incentive checks it alone and fails with an {@link IncentiveListFormatException}
 * listing every problem, located at pointers relative to the incentive.
 */
@Value.Immutable
@CreditStyle
public abstract class Incentive {

  Incentive() {} // subclassed only by the generated ImmutableIncentive

  /** A builder. Mandatory: code, nameZh, nameEn; at least one basis, context, subject type and condition. */
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
   * The builder of {@link Incentive}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableIncentive.Builder {
    Builder() {}
  }

  /** The stable code, unique in its list. */
  public abstract String code();

  /** The name in Simplified Chinese. */
  public abstract String nameZh();

  /** The name in English. */
  public abstract String nameEn();

  /** The legal bases of the incentive; never empty. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The business contexts it is offered in (OPS-1); never empty. */
  public abstract ImmutableSet<BusinessContext> contexts();

  /** The subject types it is for; never empty. */
  public abstract ImmutableSet<SubjectType> subjectTypes();

  /** The conditions a subject meets to receive it; never empty. */
  public abstract ImmutableSet<EligibilityCondition> eligibility();

  /** Where the incentive's content comes from. */
  public abstract Optional<String> source();

  /** The attributes not confirmed by a primary source, one note each. */
  public abstract ImmutableList<String> unconfirmed();

  /** @throws IncentiveListFormatException listing every problem of the incentive taken alone (INC-1) */
  @Value.Check
  void check() {
    List<DataProblem> problems = IncentiveRules.incentiveProblems(this, "incentive " + code());
    if (!problems.isEmpty()) {
      throw new IncentiveListFormatException(problems);
    }
  }

  /** The code and English name. */
  @Override
  public String toString() {
    return "Incentive[" + code() + ", " + nameEn() + "]";
  }
}
