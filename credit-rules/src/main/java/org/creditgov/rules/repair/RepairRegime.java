package org.creditgov.rules.repair;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.Bilingual;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.LayeredRuleSet;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.ruleset.RuleSetKind;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.immutables.value.Value;

/**
 * One version of the credit-repair rules of a series (REP-1 … REP-6): the national series
 * (发改办财金〔2019〕527号, NDRC Order 58 from 2023-05-01, NDRC Order 36 with 国办发〔2025〕22号 from
 * 2026-04-01) or a sector's (market regulation: SAMR Order 45, then Order 107). A rule-set version on
 * the spine: its {@link #header()} names the series and the application dates it governs.
 *
 * <p>It sets what is repairable ({@link #repairable()} kinds, {@link #nonRepairable()} information),
 * the {@link #conditions()} an application must meet, whether minor information is repairable as
 * soon as the obligation is fulfilled, the {@link #timeLimits()} in working days, whether a repair
 * notice must be delivered with the decision (两书同达, REP-6), and — rather than copying figures —
 * the {@link #publicationSeries()} of credit-core's publication regimes whose version in force
 * decides the minimum and maximum periods, chosen by the date {@link #periodsFrom()} says. Every
 * unconfirmed figure is labelled in {@link RuleSetHeader#unconfirmed()}; a user may load their own.
 * No fee: repair is free (policy-facts §3g), so the regime has no fee to state.
 */
@Value.Immutable
@CreditStyle
public abstract class RepairRegime implements LayeredRuleSet {

  /**
   * The kind: code {@code repair-regime}, its layering (no two versions of one series in force on a
   * common day) serving REP-4, resolved without a national layer being required, refused with a
   * {@link RepairRegimeDataException}.
   */
  public static final RuleSetKind KIND = RuleSetKind.of("repair-regime",
      Bilingual.of("信用修复规则", "credit repair regime"), RequirementId.REP_4, false, RepairRegimeDataException::new);

  RepairRegime() {} // subclassed only by the generated implementation

  /** A builder; header (with a series) and publicationSeries are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this value's attributes, to build a copy with some of them changed. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link RepairRegime}: set the attributes, then {@code build()}, which checks the
   * value and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableRepairRegime.Builder {
    Builder() {}
  }

  /** The header: id, series, titles, the application dates it governs, its instruments. */
  @Override
  public abstract RuleSetHeader header();

  /** The series of credit-core's publication regimes whose periods apply (REP-4). */
  public abstract String publicationSeries();

  /** By which date the publication periods are chosen: the transition rule (REP-4). */
  @Value.Default
  public PeriodsFrom periodsFrom() {
    return PeriodsFrom.DECISION_DATE;
  }

  /** The kinds of information repairable under the regime (REP-1). */
  public abstract ImmutableSet<InformationKind> repairable();

  /** The conditions an application must meet (REP-2). */
  public abstract ImmutableSet<RepairCondition> conditions();

  /**
   * Whether minor (轻微) information is repairable as soon as the obligation is fulfilled, without a
   * minimum period (国办发〔2025〕22号, NDRC Order 36).
   */
  @Value.Default
  public boolean minorRepairableOnFulfilment() {
    return false;
  }

  /** Information not repairable under the regime (REP-1), as data. */
  public abstract ImmutableList<NonRepairable> nonRepairable();

  /** The time limits in working days (REP-2). */
  @Value.Default
  public TimeLimits timeLimits() {
    return TimeLimits.NONE;
  }

  /** Whether a repair notice must be delivered with a penalty or listing decision (两书同达, REP-6). */
  @Value.Default
  public boolean noticeRequired() {
    return false;
  }

  /** The series this regime is a version of, such as {@code national} or {@code market-regulation}. */
  public String series() {
    return header().series().orElse("");
  }

  /** The non-repairable codes are the entries layers could redefine. */
  @Override
  public ImmutableList<String> entryCodes() {
    return nonRepairable().stream().map(NonRepairable::code).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String entryCodePointer(int index) {
    return "/nonRepairable/" + index + "/code";
  }

  /** The instruments the regime's findings cite: its legal basis, then its procedural bases. */
  @Value.Lazy
  public ImmutableList<LegalBasis> legalBases() {
    Set<LegalBasis> bases = new LinkedHashSet<>();
    bases.add(header().legalBasis());
    bases.addAll(header().proceduralBases());
    return ImmutableList.copyOf(bases);
  }

  /** The regime as messages name it. */
  @Value.Lazy
  public Term term() {
    return Term.of(id(), header().titleZh(), header().titleEn().orElse(header().titleZh()));
  }

  /** The non-repairable entry of {@code code}, if the regime declares one. */
  public Optional<NonRepairable> nonRepairable(String code) {
    return nonRepairable().stream().filter(n -> n.code().equals(code)).findFirst();
  }

  /**
   * @throws RepairRegimeDataException listing every problem of the regime alone: its header's, no
   *     series, a non-repairable code given twice
   */
  @Value.Check
  void check() {
    String source = header().sourceName();
    List<DataProblem> problems = new ArrayList<>();
    header().problems().forEach(p -> problems.add(p.serving(RequirementId.REP_4)));
    if (header().series().isEmpty()) {
      problems.add(DataProblem.of(DataProblemType.MISSING_KEY, source, header().pointer("/series"), Fact.code("key", "series")));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < nonRepairable().size(); i++) {
      String code = nonRepairable().get(i).code();
      if (!seen.add(code)) {
        problems.add(DataProblem.of(DataProblemType.DUPLICATE_CODE, source, header().pointer(entryCodePointer(i)),
            Fact.code("code", code), Fact.code("first", entryCodePointer(entryCodes().indexOf(code)))));
      }
    }
    if (!problems.isEmpty()) {
      throw new RepairRegimeDataException(problems);
    }
  }

  @Override
  public String toString() {
    return id() + " (" + series() + ", " + effective() + ")";
  }
}
