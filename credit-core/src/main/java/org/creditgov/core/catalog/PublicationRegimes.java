package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.ruleset.RuleSetRegistry;

/**
 * The publication regimes a registry knows (CAT-6, REP-4): the public face of a {@link
 * RuleSetRegistry} of {@link PublicationRegime}s, answering "the regime of series S in force for a
 * decision dated D" through the spine's one resolution, and refusing versions of one series in
 * force on a common day and duplicate ids, whatever order they were given in. Credit repair's
 * regimes will stand on the same shape. Immutable and thread-safe.
 */
public final class PublicationRegimes {

  private static final PublicationRegimes EMPTY = of(ImmutableList.of());

  private final RuleSetRegistry<PublicationRegime, Layers<PublicationRegime>> registry;
  private final ImmutableSortedSet<String> series;

  private PublicationRegimes(RuleSetRegistry<PublicationRegime, Layers<PublicationRegime>> registry) {
    this.registry = registry;
    this.series = registry.versions().stream().map(PublicationRegime::series)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** No regimes: every publication rule by the regime is then undetermined. */
  public static PublicationRegimes empty() {
    return EMPTY;
  }

  /**
   * The given regimes.
   *
   * @throws CatalogFormatException listing every duplicate id and every pair of versions of one
   *     series (in one jurisdiction) in force on a common day
   */
  public static PublicationRegimes of(Iterable<PublicationRegime> regimes) {
    return new PublicationRegimes(builder().addAll(regimes).build());
  }

  /**
   * The problems {@link #of} would refuse {@code regimes} for, as data (a lint entry point); each is
   * located in the source of the regime it concerns.
   */
  public static ImmutableList<DataProblem> problems(Iterable<PublicationRegime> regimes) {
    return builder().addAll(regimes).problems();
  }

  private static RuleSetRegistry.Builder<PublicationRegime, Layers<PublicationRegime>> builder() {
    return RuleSetRegistry.builder(PublicationRegime.KIND, layers -> layers);
  }

  /** The regime of {@code series} that applies to a decision dated {@code date}: the national one. */
  public Optional<PublicationRegime> inForce(String series, LocalDate date) {
    return inForce(Jurisdiction.national(), series, date);
  }

  /**
   * The regime of {@code series} that applies in {@code jurisdiction} to a decision dated {@code
   * date}: of the versions of the series in force on the jurisdiction's chain, the most local.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<PublicationRegime> inForce(Jurisdiction jurisdiction, String series, LocalDate date) {
    return registry.version(requireNonNull(jurisdiction, "jurisdiction"), series, date);
  }

  /** The series known, sorted. */
  public ImmutableSet<String> series() {
    return series;
  }

  /** Every regime, in the registry's order (by jurisdiction, series, then start date). */
  public ImmutableList<PublicationRegime> all() {
    return registry.versions();
  }

  /** The versions of one series, by jurisdiction then start date; empty for an unknown series. */
  public ImmutableList<PublicationRegime> versions(String series) {
    return registry.versions().stream().filter(r -> r.series().equals(series)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "PublicationRegimes" + all();
  }
}
