package org.creditgov.rules.incentive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.rules.sanction.MeasureListProblem;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;
import org.immutables.value.Value;

/**
 * One version of a list of incentives for trustworthy subjects (守信激励措施清单, INC-1; seed §二.9),
 * in force in a jurisdiction (and every one within it) for a period. {@link #check(String,
 * EligibilityQuery)} answers whether a subject is eligible for one incentive, with every reason
 * it is not: a listing in force, unrepaired serious dishonesty information, commitments not kept
 * (as the incentive's conditions require), a subject type it is not for, or no such incentive in
 * force. Immutable and thread-safe; the check is pure.
 */
@Value.Immutable
@CreditStyle
public abstract class IncentiveList {

  IncentiveList() {} // subclassed only by the generated ImmutableIncentiveList

  /** A builder. Mandatory: id, titleZh, edition, jurisdiction, effective, legalBasis. */
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
   * The builder of {@link IncentiveList}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableIncentiveList.Builder {
    Builder() {}
  }

  /** The stable id of this version. */
  public abstract String id();

  /** The title in Simplified Chinese. */
  public abstract String titleZh();

  /** The title in English, where given. */
  public abstract Optional<String> titleEn();

  /** The edition. */
  public abstract String edition();

  /** Where the list applies (and everywhere within). */
  public abstract Jurisdiction jurisdiction();

  /** When this version is in force. */
  public abstract EffectivePeriod effective();

  /** The instrument that issued the list. */
  public abstract LegalBasis legalBasis();

  /** The incentives, in order. */
  public abstract ImmutableList<Incentive> incentives();

  /** Whether this is an illustrative example. */
  @Value.Default
  public boolean example() {
    return false;
  }

  /** Where the content comes from. */
  public abstract Optional<String> source();

  /** What is not confirmed by a primary source. */
  public abstract ImmutableList<String> unconfirmed();

  /** Where the list was loaded from; not part of its value. */
  @Value.Auxiliary
  public abstract Optional<String> origin();

  /** The version name a verdict carries: {@code id@from}. */
  public String version() {
    return id() + '@' + effective().from();
  }

  /** Whether the list applies in {@code where} on {@code date}. */
  public boolean appliesIn(Jurisdiction where, LocalDate date) {
    return effective().contains(date) && where.isWithin(jurisdiction());
  }

  /** The incentive of the given code. */
  public Optional<Incentive> incentive(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** The incentives offered in a business context, in list order. */
  public ImmutableList<Incentive> incentivesIn(BusinessContext context) {
    return incentives().stream().filter(i -> i.contexts().contains(context)).collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<String, Incentive> byCode() {
    ImmutableMap.Builder<String, Incentive> b = ImmutableMap.builder();
    incentives().forEach(i -> b.put(i.code(), i));
    return b.buildKeepingLast();
  }

  /**
   * Whether the query's subject is eligible for the incentive of the given code, with every
   * reason it is not (INC-1). The verdict names this list's version.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(String incentiveCode, EligibilityQuery query) {
    requireNonNull(incentiveCode, "incentiveCode");
    requireNonNull(query, "query");
    List<Finding> findings = new ArrayList<>(2);
    LocalDate date = query.date();
    ImmutableList<LegalBasis> listBases = ImmutableList.of(Instruments.QINGTONGXIA_PLAN_2022, legalBasis());
    if (!effective().contains(date)) {
      findings.add(Finding.ofArgs(IncentiveFinding.LIST_NOT_IN_FORCE, listBases, id(), date));
    }
    if (!query.jurisdiction().isWithin(jurisdiction())) {
      findings.add(Finding.ofArgs(IncentiveFinding.OUTSIDE_JURISDICTION, listBases, id(), query.jurisdiction()));
    }
    Incentive incentive = byCode().get(incentiveCode);
    if (incentive == null) {
      findings.add(Finding.ofArgs(IncentiveFinding.INCENTIVE_NOT_ON_LIST, listBases, incentiveCode, version()));
      return verdict(findings);
    }
    ImmutableList<LegalBasis> bases = ImmutableList.<LegalBasis>builder()
        .add(Instruments.QINGTONGXIA_PLAN_2022).addAll(incentive.legalBases()).build();
    if (!incentive.subjectTypes().contains(query.subject().type())) {
      findings.add(Finding.ofArgs(IncentiveFinding.SUBJECT_TYPE_NOT_ELIGIBLE, bases, incentive.code(), query.subject().type()));
    }
    if (incentive.eligibility().contains(EligibilityCondition.NO_LISTING_IN_FORCE)) {
      for (Designation d : query.designations()) {
        if (d.statusOn(date) == Status.LISTED) {
          findings.add(Finding.ofArgs(IncentiveFinding.LISTING_IN_FORCE, bases, incentive.code(), d.id().value(),
              d.listType().code(), date));
        }
      }
    }
    if (incentive.eligibility().contains(EligibilityCondition.NO_UNREPAIRED_SERIOUS_DISHONESTY)) {
      for (CreditRecord r : query.dishonestyRecords()) {
        if (r.severityClass().orElse(null) == SeverityClass.SERIOUS && !r.decisionDate().isAfter(date)) {
          findings.add(Finding.ofArgs(IncentiveFinding.UNREPAIRED_SERIOUS_DISHONESTY, bases, incentive.code(),
              r.itemCode(), r.decisionDate()));
        }
      }
    }
    if (incentive.eligibility().contains(EligibilityCondition.COMMITMENTS_KEPT) && query.unkeptCommitments() > 0) {
      findings.add(Finding.ofArgs(IncentiveFinding.COMMITMENTS_NOT_KEPT, bases, incentive.code(), query.unkeptCommitments()));
    }
    return verdict(findings);
  }

  private Verdict verdict(List<Finding> findings) {
    return Verdict.builder().addAllFindings(findings).ruleSetVersion(RuleSetVersion.of("incentive-list", id(), effective().from())).build();
  }

  static boolean isValidCode(String s) {
    if (s.isEmpty() || s.length() > 64 || !Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) > 127) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** @throws MeasureListFormatException listing every problem of the list */
  @Value.Check
  void check() {
    List<MeasureListProblem> problems = new ArrayList<>();
    String src = origin().orElse(id());
    if (!isValidCode(id())) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/id", "not a valid code: '" + id() + "'"));
    }
    if (titleZh().isBlank() || edition().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "", "a list needs a Chinese title and an edition"));
    }
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < incentives().size(); i++) {
      Integer first = codes.putIfAbsent(incentives().get(i).code(), i);
      if (first != null) {
        problems.add(MeasureListProblem.of(Reason.DUPLICATE_CODE, src, "/incentives/" + i + "/code",
            "incentive code " + incentives().get(i).code() + " is already used by /incentives/" + first));
      }
    }
    if (!problems.isEmpty()) {
      throw new MeasureListFormatException(problems);
    }
  }

  /** The id, jurisdiction, period and size. */
  @Override
  public String toString() {
    return id() + " (" + edition() + ", " + jurisdiction() + ", " + effective() + ", " + incentives().size() + " incentives)";
  }
}
