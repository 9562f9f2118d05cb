package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.catalog.CatalogProblem.Reason;

/**
 * The publication regimes a registry knows, grouped by series and versioned by date (CAT-6): for a
 * series and a decision date, the one regime in force. Immutable; the versions of a series never
 * overlap, whatever order they were given in.
 */
public final class PublicationRegimes {

  private static final PublicationRegimes EMPTY = new PublicationRegimes(ImmutableMap.of());

  /** Per series, the versions sorted by start date. */
  private final ImmutableMap<String, ImmutableList<PublicationRegime>> bySeries;

  private PublicationRegimes(ImmutableMap<String, ImmutableList<PublicationRegime>> bySeries) {
    this.bySeries = bySeries;
  }

  /** No regimes: every REGIME publication rule is then undetermined. */
  public static PublicationRegimes empty() {
    return EMPTY;
  }

  /**
   * The given regimes.
   *
   * @throws CatalogFormatException listing every duplicate id and every pair of versions of one
   *     series in force on a common day
   */
  public static PublicationRegimes of(Iterable<PublicationRegime> regimes) {
    List<CatalogProblem> problems = new ArrayList<>();
    Map<String, List<PublicationRegime>> grouped = new LinkedHashMap<>();
    Map<String, PublicationRegime> ids = new LinkedHashMap<>();
    for (PublicationRegime r : regimes) {
      PublicationRegime first = ids.putIfAbsent(r.id(), r);
      if (first != null) {
        problems.add(problem(r, Reason.DUPLICATE_ID, "/id", "regime id " + r.id() + " is used twice"));
      }
      grouped.computeIfAbsent(r.series(), s -> new ArrayList<>()).add(r);
    }
    ImmutableMap.Builder<String, ImmutableList<PublicationRegime>> b = ImmutableMap.builder();
    grouped.keySet().stream().sorted().forEach(series -> {
      List<PublicationRegime> versions = new ArrayList<>(grouped.get(series));
      versions.sort(Comparator.comparing((PublicationRegime r) -> r.effective().from()).thenComparing(PublicationRegime::id));
      for (int i = 0; i < versions.size(); i++) {
        for (int j = i + 1; j < versions.size(); j++) {
          if (versions.get(i).effective().overlaps(versions.get(j).effective())) {
            problems.add(
                problem(
                    versions.get(j), Reason.OVERLAPPING_VERSIONS, "/effective",
                    "regime " + versions.get(j).id() + " " + versions.get(j).effective() + " overlaps regime "
                        + versions.get(i).id() + " " + versions.get(i).effective() + " of series " + series));
          }
        }
      }
      b.put(series, ImmutableList.copyOf(versions));
    });
    CatalogRules.throwIfAny(problems);
    return new PublicationRegimes(b.buildOrThrow());
  }

  private static CatalogProblem problem(PublicationRegime r, Reason reason, String pointer, String message) {
    return CatalogProblem.of(
        reason, r.origin().orElse("regime " + r.id()), r.originPointer().orElse("") + pointer, message);
  }

  /** The regime of {@code series} that applies to a decision dated {@code date}. */
  public Optional<PublicationRegime> inForce(String series, LocalDate date) {
    ImmutableList<PublicationRegime> versions = bySeries.get(series);
    if (versions == null) {
      return Optional.empty();
    }
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).inForceOn(date)) {
        return Optional.of(versions.get(i));
      }
    }
    return Optional.empty();
  }

  /** The series known. */
  public ImmutableSet<String> series() {
    return bySeries.keySet();
  }

  /** Every regime, by series then start date. */
  public ImmutableList<PublicationRegime> all() {
    return bySeries.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  /** The versions of one series, by start date; empty for an unknown series. */
  public ImmutableList<PublicationRegime> versions(String series) {
    return bySeries.getOrDefault(series, ImmutableList.of());
  }

  @Override
  public String toString() {
    return "PublicationRegimes" + all();
  }
}
