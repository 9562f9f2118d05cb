package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The measure list in force in one jurisdiction over one period (SAN-1), as {@link
 * MeasureListRegistry#resolve} returns it: the national basic list plus every supplement on the
 * jurisdiction's parent chain, with the same versions in force throughout {@link #period()}. Its
 * {@link #ruleSetVersion()} names the versions applied; every verdict made against it carries that
 * name, so a past decision can be re-evaluated as it was made.
 *
 * <p>Lookups are precomputed when the list is resolved (a hash map of compiled measures, the
 * measures of each business context). Immutable and thread-safe.
 */
public final class ResolvedMeasureList {

  private final Jurisdiction jurisdiction;
  private final EffectivePeriod period;
  private final ImmutableList<MeasureList> layers;
  private final RuleSetVersion ruleSetVersion;
  private final Map<String, CompiledMeasure> lookup;
  private final ImmutableMap<String, Measure> measures;
  private final ImmutableMap<BusinessContext, ImmutableList<Measure>> byContext;
  private final Verdict allowed;

  ResolvedMeasureList(Jurisdiction jurisdiction, LocalDate from, Optional<LocalDate> until, ImmutableList<MeasureList> layers) {
    this.jurisdiction = jurisdiction;
    this.period = until.isPresent() ? EffectivePeriod.between(from, until.get()) : EffectivePeriod.from(from);
    this.layers = layers;
    List<RuleSetVersion.Layer> applied = new ArrayList<>();
    for (MeasureList l : layers) {
      applied.add(new RuleSetVersion.Layer("measure-list", l.id(), l.effective().from()));
    }
    this.ruleSetVersion = RuleSetVersion.of(applied);
    Map<String, CompiledMeasure> compiled = new HashMap<>();
    ImmutableMap.Builder<String, Measure> all = ImmutableMap.builder();
    Map<BusinessContext, ImmutableList.Builder<Measure>> contexts = new EnumMap<>(BusinessContext.class);
    for (MeasureList layer : layers) {
      for (Measure m : layer.measures()) {
        compiled.put(m.code(), new CompiledMeasure(m, layer));
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
    this.allowed = Verdict.builder().ruleSetVersion(ruleSetVersion).build();
  }

  /** The jurisdiction the list was resolved for. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The period over which the same versions are in force. */
  public EffectivePeriod period() {
    return period;
  }

  /** The layers applied, national first, then down the parent chain. */
  public ImmutableList<MeasureList> layers() {
    return layers;
  }

  /** The versions applied, {@code id@start + id@start …}: every verdict against this list carries it. */
  public RuleSetVersion ruleSetVersion() {
    return ruleSetVersion;
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
    return byContext.get(context);
  }

  @Nullable CompiledMeasure compiled(String code) {
    return lookup.get(code);
  }

  /** The verdict without findings, naming this list's version. */
  Verdict allowedVerdict() {
    return allowed;
  }

  @Override
  public String toString() {
    return "ResolvedMeasureList[" + jurisdiction.code() + ", " + period + ", " + ruleSetVersion + ", "
        + measures.size() + " measures]";
  }
}
