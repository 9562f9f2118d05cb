package org.creditgov.core.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.Bilingual;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.RuleSetVersion;

/**
 * The versions of a rule set in force in one jurisdiction over one period (CAT-4): the national
 * layer (where there is one) and every supplement on the jurisdiction's parent chain, national
 * first, then province, prefecture and county. The same versions hold over the whole {@link
 * #period()}, so a resolution for one day serves every day of it. Immutable.
 *
 * @param <S> the rule set's type
 */
public final class Layers<S extends LayeredRuleSet> {

  private final RuleSetKind kind;
  private final Jurisdiction jurisdiction;
  private final EffectivePeriod period;
  private final ImmutableList<S> layers;
  private final RuleSetVersion version;
  private final ImmutableList<LegalBasis> proceduralBases;

  Layers(RuleSetKind kind, Jurisdiction jurisdiction, EffectivePeriod period, ImmutableList<S> layers) {
    this.kind = kind;
    this.jurisdiction = jurisdiction;
    this.period = period;
    this.layers = layers;
    ImmutableList.Builder<RuleSetVersion.Layer> v = ImmutableList.builder();
    Set<LegalBasis> bases = new LinkedHashSet<>();
    for (S s : layers) {
      v.add(new RuleSetVersion.Layer(kind.code(), s.id(), s.effective().from()));
      bases.addAll(s.header().proceduralBases());
    }
    this.version = RuleSetVersion.of(v.build());
    this.proceduralBases = ImmutableList.copyOf(bases);
  }

  /** The kind of rule set. */
  public RuleSetKind kind() {
    return kind;
  }

  /** The jurisdiction resolved for. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The period over which exactly these versions are in force on the jurisdiction's chain. */
  public EffectivePeriod period() {
    return period;
  }

  /** The versions in force, national first, then down the chain; never empty. */
  public ImmutableList<S> layers() {
    return layers;
  }

  /** The national layer, where one is in force. */
  public Optional<S> national() {
    return layers.stream().filter(LayeredRuleSet::isNational).findFirst();
  }

  /** The versions of {@code series}, national first; empty when none is in force. */
  public ImmutableList<S> inSeries(String series) {
    requireNonNull(series, "series");
    return layers.stream().filter(s -> s.header().series().filter(series::equals).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /** The most local version of {@code series}: the last of {@link #inSeries}. */
  Optional<S> mostLocal(String series) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      S s = layers.get(i);
      if (s.header().series().filter(series::equals).isPresent()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Each layer's id and effective date, for the verdicts made under these layers. */
  public RuleSetVersion version() {
    return version;
  }

  /**
   * The procedural legal bases of every layer, without repeats, in layer order: what a verdict
   * under these layers cites for its procedure.
   */
  public ImmutableList<LegalBasis> proceduralBases() {
    return proceduralBases;
  }

  /** {@code kind in jurisdiction over period: versions}. */
  @Override
  public String toString() {
    return kind + " in " + jurisdiction.code() + " over " + period + ": " + version;
  }

  /**
   * A period written in both languages for messages, its last day inclusive: 自2024年3月4日起 / from 4
   * March 2024; 2024年3月4日至2025年5月31日 / 4 March 2024 to 31 May 2025.
   */
  public static Bilingual describe(EffectivePeriod p) {
    String fromZh = Fact.formatDate(p.from(), true);
    String fromEn = Fact.formatDate(p.from(), false);
    if (p.until().isEmpty()) {
      return Bilingual.of("自" + fromZh + "起", "from " + fromEn);
    }
    return Bilingual.of(
        fromZh + "至" + Fact.formatDate(p.until().get().minusDays(1), true),
        fromEn + " to " + Fact.formatDate(p.until().get().minusDays(1), false));
  }
}
