package org.creditgov.rules.incentive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.rules.sanction.MeasureListProblem;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;
import org.immutables.value.Value;

/**
 * One incentive for trustworthy subjects (守信激励, INC-1; seed §二.9): credit-based lending
 * (信易贷), fewer routine inspections, fast-track approval, priority in funding, procurement and
 * tendering … Like a measure it cites its basis; it names the business contexts it is offered in,
 * the subject types it is for and the {@link EligibilityCondition conditions} a subject meets.
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

  /** @throws MeasureListFormatException listing every problem of the incentive taken alone */
  @Value.Check
  void check() {
    List<MeasureListProblem> problems = new ArrayList<>();
    String src = "incentive " + code();
    if (!IncentiveList.isValidCode(code())) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/code", "not a valid code: '" + code() + "'"));
    }
    if (nameZh().isBlank() || nameEn().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/name", "an incentive needs a Chinese and an English name"));
    }
    if (legalBases().isEmpty()) {
      problems.add(MeasureListProblem.of(Reason.BASIS_BELOW_REQUIRED_LEVEL, src, "/legalBases",
          "an incentive cites at least one legal basis (INC-1)"));
    }
    if (contexts().isEmpty() || subjectTypes().isEmpty() || eligibility().isEmpty()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "",
          "an incentive names at least one context, subject type and eligibility condition"));
    }
    if (!problems.isEmpty()) {
      throw new MeasureListFormatException(problems);
    }
  }

  /** The code and English name. */
  @Override
  public String toString() {
    return "Incentive[" + code() + ", " + nameEn() + "]";
  }
}
