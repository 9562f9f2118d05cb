package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The measure list in force in one jurisdiction over one period (SAN-1), as {@link
 * MeasureListRegistry#resolve} returns it: the national basic list plus every supplement on the
 * jurisdiction's parent chain, with the same versions in force throughout {@link #period()}. Its
 * {@link #ruleSetVersion()} names the versions applied and {@link #proceduralBases()} the
 * instruments their headers give for procedure; every verdict made against it carries the one and
 * cites the other, so a past decision can be re-evaluated as it was made, and no verdict cites
 * another jurisdiction's plan.
 *
 * <p>Lookups are precomputed when the list is resolved (a hash map of compiled measures, the
 * measures of each business context). Immutable and thread-safe.
 */
public final class ResolvedMeasureList {

  private final Layers<MeasureList> layers;
  private final ImmutableList<LegalBasis> proceduralBases;
  private final ImmutableList<LegalBasis> mostLocalFirst;
  private final Fact listsFact;
  private final Fact jurisdictionFact;
  private final Map<String, CompiledMeasure> lookup;
  private final ImmutableMap<String, Measure> measures;
  private final ImmutableMap<BusinessContext, ImmutableList<Measure>> byContext;
  private final Verdict allowed;

  ResolvedMeasureList(Layers<MeasureList> layers) {
    this.layers = layers;
    this.proceduralBases = layers.proceduralBases().isEmpty()
        ? ImmutableList.of(MeasureListRegistry.KIND.foundingBasis())
        : layers.proceduralBases();
    this.mostLocalFirst = proceduralBases.reverse();
    this.listsFact = Fact.terms("lists", layers.layers().stream()
        .map(l -> Term.of(l.id(), l.header().titleZh(), l.header().titleEn().orElse(l.header().titleZh())))
        .toList());
    this.jurisdictionFact = Fact.term("jurisdiction", layers.jurisdiction().term());
    Map<String, CompiledMeasure> compiled = new HashMap<>();
    ImmutableMap.Builder<String, Measure> all = ImmutableMap.builder();
    Map<BusinessContext, ImmutableList.Builder<Measure>> contexts = new EnumMap<>(BusinessContext.class);
    for (MeasureList layer : layers.layers()) {
      for (Measure m : layer.measures()) {
        compiled.put(m.code(), new CompiledMeasure(m, layer, proceduralBases));
        all.put(m.code(), m);
        for (BusinessContext c : m.contexts()) {
          contexts.computeIfAbsent(c, k -> ImmutableList.builder()).add(m);
        }
      }
    }
    this.lookup = compiled; // a plain HashMap: the fastest String lookup on the hot path
    this.measures = all.buildOrThrow(); // the registry refuses redefinitions, so codes are unique
    ImmutableMap.Builder<BusinessContext, ImmutableList<Measure>> bc = ImmutableMap.builder();
    for (BusinessContext c : BusinessContext.values()) {
      bc.put(c, contexts.containsKey(c) ? contexts.get(c).build() : ImmutableList.of());
    }
    this.byContext = bc.buildOrThrow();
    this.allowed = Verdict.builder().ruleSetVersion(layers.version()).build();
  }

  /** The jurisdiction the list was resolved for. */
  public Jurisdiction jurisdiction() {
    return layers.jurisdiction();
  }

  /** The period over which the same versions are in force. */
  public EffectivePeriod period() {
    return layers.period();
  }

  /** The layers applied, national first, then down the parent chain. */
  public ImmutableList<MeasureList> layers() {
    return layers.layers();
  }

  /** The versions applied, {@code measure-list:id@start+…}: every verdict against this list carries it. */
  public RuleSetVersion ruleSetVersion() {
    return layers.version();
  }

  /**
   * The procedural legal bases of the layers applied (each header's {@code proceduralBases}, national
   * first, without repeats), which every finding against this list cites; 国办发〔2020〕49号 when
   * no layer names any.
   */
  public ImmutableList<LegalBasis> proceduralBases() {
    return proceduralBases;
  }

  /** Every measure in force, by code, layer by layer. */
  public ImmutableMap<String, Measure> measures() {
    return measures;
  }

  /** The measure of the given code, if it is on the list in force (SAN-1). */
  public Optional<Measure> measure(String code) {
    CompiledMeasure c = lookup.get(code);
    return c == null ? Optional.empty() : Optional.of(c.measure);
  }

  /** The layer that defines the measure of the given code. */
  public Optional<MeasureList> layerOf(String code) {
    CompiledMeasure c = lookup.get(code);
    return c == null ? Optional.empty() : Optional.of(c.layer);
  }

  /** The measures applied in a business context, in list order (OPS-1). */
  public ImmutableList<Measure> measuresIn(BusinessContext context) {
    return byContext.getOrDefault(context, ImmutableList.of());
  }

  @Nullable CompiledMeasure compiled(String code) {
    return lookup.get(code);
  }

  /** The procedural bases, the most local layer's first: what SAN-4 and SAN-6 findings cite (confirmed in the county plans). */
  ImmutableList<LegalBasis> mostLocalFirst() {
    return mostLocalFirst;
  }

  /** The titles of the layers, as one fact named {@code lists}. */
  Fact listsFact() {
    return listsFact;
  }

  /** The jurisdiction resolved for, as one fact named {@code jurisdiction}. */
  Fact jurisdictionFact() {
    return jurisdictionFact;
  }

  /** The verdict without findings, naming this list's version. */
  Verdict allowedVerdict() {
    return allowed;
  }

  @Override
  public String toString() {
    return "ResolvedMeasureList[" + jurisdiction().code() + ", " + period() + ", " + ruleSetVersion() + ", "
        + measures.size() + " measures]";
  }
}
