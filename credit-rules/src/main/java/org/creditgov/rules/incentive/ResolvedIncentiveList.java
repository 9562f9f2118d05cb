package org.creditgov.rules.incentive;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.sanction.BusinessContext;

/**
 * The incentive lists in force in one jurisdiction over one period (INC-1), as {@link
 * IncentiveRegistry#resolve} returns them: every version on the jurisdiction's parent chain, the
 * same throughout {@link #period()}. {@link #check} answers eligibility against them; every verdict
 * names {@link #ruleSetVersion()} and cites the {@link #proceduralBases()} the layers' headers give
 * (the Qingtongxia list: the Qingtongxia plan). Immutable and thread-safe.
 */
public final class ResolvedIncentiveList {

  private final Layers<IncentiveList> layers;
  private final ImmutableList<LegalBasis> proceduralBases;
  /** What findings about the lists cite: the procedural bases, then each layer's issuing instrument. */
  private final ImmutableList<LegalBasis> listBases;
  private final ImmutableList<Incentive> incentives;
  private final ImmutableMap<String, Compiled> byCode;
  private final Fact listsFact;

  /** An incentive with what its findings carry, made once per resolution. */
  private static final class Compiled {
    final Incentive incentive;
    /** The procedural bases, then the incentive's own. */
    final ImmutableList<LegalBasis> bases;
    final Fact named;
    final Fact eligibleTypes;

    Compiled(Incentive incentive, ImmutableList<LegalBasis> proceduralBases) {
      this.incentive = incentive;
      this.bases = ImmutableSet.<LegalBasis>builder().addAll(proceduralBases).addAll(incentive.legalBases()).build().asList();
      this.named = Fact.term("incentive", Term.of(incentive.code(), incentive.nameZh(), incentive.nameEn()));
      this.eligibleTypes = Fact.terms("eligibleTypes", incentive.subjectTypes().stream().map(Term::of).toList());
    }
  }

  ResolvedIncentiveList(Layers<IncentiveList> layers) {
    this.layers = layers;
    this.proceduralBases = layers.proceduralBases().isEmpty()
        ? ImmutableList.of(IncentiveRegistry.KIND.foundingBasis())
        : layers.proceduralBases();
    ImmutableSet.Builder<LegalBasis> bases = ImmutableSet.<LegalBasis>builder().addAll(proceduralBases);
    ImmutableList.Builder<Incentive> all = ImmutableList.builder();
    ImmutableMap.Builder<String, Compiled> codes = ImmutableMap.builder();
    ImmutableList.Builder<Term> titles = ImmutableList.builder();
    for (IncentiveList l : layers.layers()) {
      bases.add(l.header().legalBasis());
      all.addAll(l.incentives());
      l.incentives().forEach(i -> codes.put(i.code(), new Compiled(i, proceduralBases)));
      titles.add(Term.of(l.id(), l.header().titleZh(), l.header().titleEn().orElse(l.header().titleZh())));
    }
    this.listBases = bases.build().asList();
    this.incentives = all.build();
    this.byCode = codes.buildOrThrow(); // the registry refuses redefinitions, so codes are unique
    this.listsFact = Fact.terms("lists", titles.build());
  }

  /** The jurisdiction the lists were resolved for. */
  public Jurisdiction jurisdiction() {
    return layers.jurisdiction();
  }

  /** The period over which the same versions are in force. */
  public EffectivePeriod period() {
    return layers.period();
  }

  /** The layers applied, national first, then down the parent chain. */
  public ImmutableList<IncentiveList> layers() {
    return layers.layers();
  }

  /** The versions applied, {@code incentive-list:id@start+…}: every verdict against these lists carries it. */
  public RuleSetVersion ruleSetVersion() {
    return layers.version();
  }

  /**
   * The procedural legal bases of the layers applied (each header's {@code proceduralBases}, without
   * repeats), which every finding against these lists cites; 国办发〔2020〕49号 when no layer names any.
   */
  public ImmutableList<LegalBasis> proceduralBases() {
    return proceduralBases;
  }

  /** Every incentive in force, layer by layer, in list order. */
  public ImmutableList<Incentive> incentives() {
    return incentives;
  }

  /** The incentive of the given code, if it is in force. */
  public Optional<Incentive> incentive(String code) {
    Compiled c = byCode.get(code);
    return c == null ? Optional.empty() : Optional.of(c.incentive);
  }

  /** The incentives offered in a business context, in list order (OPS-1). */
  public ImmutableList<Incentive> incentivesIn(BusinessContext context) {
    return incentives.stream().filter(i -> i.contexts().contains(context)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the query's subject is eligible for the incentive of the given code, with every reason
   * it is not (INC-1): the incentive not on these lists, a subject type it is not for, and, as the
   * incentive's conditions require, a listing in force on the date, unrepaired serious dishonesty
   * information decided on or before it, commitments not kept. The verdict names these lists'
   * versions.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the query is for another jurisdiction or a date outside
   *     {@link #period()}: ask {@link IncentiveRegistry#check} instead
   */
  public Verdict check(String incentiveCode, EligibilityQuery query) {
    requireNonNull(incentiveCode, "incentiveCode");
    requireNonNull(query, "query");
    LocalDate date = query.date();
    if (!query.jurisdiction().equals(jurisdiction()) || !period().contains(date)) {
      throw new IllegalArgumentException("these lists were resolved for " + jurisdiction().code() + " over " + period()
          + ", not for " + query.jurisdiction().code() + " on " + date);
    }
    List<Finding> findings = new ArrayList<>(2);
    Compiled compiled = byCode.get(incentiveCode);
    if (compiled == null) {
      findings.add(Finding.of(IncentiveFinding.INCENTIVE_NOT_ON_LIST, listBases, Fact.code("incentiveCode", incentiveCode),
          Fact.term("jurisdiction", query.jurisdiction().term()), Fact.date("date", date), listsFact));
      return verdict(findings);
    }
    Incentive incentive = compiled.incentive;
    ImmutableList<LegalBasis> bases = compiled.bases;
    Fact named = compiled.named;
    if (!incentive.subjectTypes().contains(query.subject().type())) {
      findings.add(Finding.of(IncentiveFinding.SUBJECT_TYPE_NOT_ELIGIBLE, bases, named,
          Fact.term("subjectType", query.subject().type()), compiled.eligibleTypes));
    }
    if (incentive.eligibility().contains(EligibilityCondition.NO_LISTING_IN_FORCE)) {
      for (Designation d : query.designations()) {
        if (d.statusOn(date) == Status.LISTED) {
          ListType t = d.listType();
          List<Fact> facts = new ArrayList<>(List.of(named, Fact.code("listing", d.id().value()),
              Fact.term("listType", Term.of(t.code(), t.name(), t.name())), Fact.date("date", date)));
          d.leftListOn().ifPresent(until -> facts.add(Fact.date("listedUntil", until)));
          findings.add(Finding.of(IncentiveFinding.LISTING_IN_FORCE, bases, facts.toArray(new Fact[0])));
        }
      }
    }
    if (incentive.eligibility().contains(EligibilityCondition.NO_UNREPAIRED_SERIOUS_DISHONESTY)) {
      for (CreditRecord r : query.dishonestyRecords()) {
        if (r.severityClass().orElse(null) == SeverityClass.SERIOUS && !r.decisionDate().isAfter(date)) {
          findings.add(Finding.of(IncentiveFinding.UNREPAIRED_SERIOUS_DISHONESTY, bases, named,
              Fact.code("item", r.itemCode()), Fact.date("decidedOn", r.decisionDate())));
        }
      }
    }
    if (incentive.eligibility().contains(EligibilityCondition.COMMITMENTS_KEPT) && query.unkeptCommitments() > 0) {
      findings.add(Finding.of(IncentiveFinding.COMMITMENTS_NOT_KEPT, bases, named,
          Fact.count("unkept", query.unkeptCommitments())));
    }
    return verdict(findings);
  }

  private Verdict verdict(List<Finding> findings) {
    return Verdict.builder().addAllFindings(findings).ruleSetVersion(ruleSetVersion()).build();
  }

  @Override
  public String toString() {
    return "ResolvedIncentiveList[" + jurisdiction().code() + ", " + period() + ", " + ruleSetVersion() + ", "
        + incentives.size() + " incentives]";
  }
}
