package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Every catalog layer and version a system knows, and the publication regimes (CAT-4): the
 * national basic catalog's editions and the provincial, prefecture and county supplements, each in
 * force for a period. {@link #resolve(Jurisdiction, LocalDate)} answers "which catalog is in force
 * in J on D": the national layer plus every supplement on J's parent chain in force on D.
 *
 * <p>Building a registry checks the layers together and refuses them all, with every problem, if
 * two versions of one layer overlap, a supplement redefines an item of a higher layer in force at
 * the same time, two catalogs share an id, or an item names an unknown regime series. The result
 * does not depend on the order catalogs were added in. Immutable and thread-safe; resolved
 * catalogs are cached.
 *
 * <pre>{@code
 * CatalogRegistry registry = CatalogRegistry.builder()
 *     .addCatalog(national).addCatalog(ningxia)
 *     .regimes(regimes)
 *     .clock(clock)
 *     .build();
 * Verdict v = registry.resolve(Jurisdiction.of("640381"), LocalDate.of(2025, 3, 10)).check(record);
 * }</pre>
 */
public final class CatalogRegistry {

  private final ImmutableList<Catalog> catalogs;
  private final PublicationRegimes regimes;
  private final WorkingDayCalendar calendar;
  private final ResidentIdNumber.Parser residentIds;
  private final ConcurrentHashMap<String, ResolvedCatalog> cache = new ConcurrentHashMap<>();

  private CatalogRegistry(
      ImmutableList<Catalog> catalogs, PublicationRegimes regimes, WorkingDayCalendar calendar, Clock clock) {
    this.catalogs = catalogs;
    this.regimes = regimes;
    this.calendar = calendar;
    this.residentIds = ResidentIdNumber.parser(clock);
  }

  /** A builder: no catalogs, no regimes, the bundled China calendar and the system clock in China. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every catalog, national first, then by jurisdiction and start date. */
  public ImmutableList<Catalog> catalogs() {
    return catalogs;
  }

  /** The publication regimes. */
  public PublicationRegimes regimes() {
    return regimes;
  }

  /**
   * The catalog in force in {@code jurisdiction} on {@code date}: the national basic catalog in
   * force on that date plus every supplement on the jurisdiction's parent chain in force on it.
   *
   * @throws NullPointerException if an argument is null
   * @throws CatalogNotInForceException if no national basic catalog is in force on {@code date}
   *     (for example, a date before the first catalog)
   */
  public ResolvedCatalog resolve(Jurisdiction jurisdiction, LocalDate date) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(date, "date");
    List<Jurisdiction> chain = jurisdiction.parentChain();
    List<Catalog> chosen = new ArrayList<>(chain.size());
    LocalDate from = LocalDate.MIN;
    @Nullable LocalDate until = null;
    boolean national = false;
    for (Catalog c : catalogs) {
      if (!chain.contains(c.jurisdiction())) {
        continue;
      }
      EffectivePeriod p = c.effective();
      if (p.contains(date)) {
        chosen.add(c);
        national |= c.isNational();
        from = max(from, p.from());
        until = p.until().isPresent() ? min(until, p.until().get()) : until;
      } else if (p.from().isAfter(date)) {
        until = min(until, p.from()); // a version starting later ends this resolution
      } else {
        from = max(from, p.until().orElseThrow()); // a version that ended starts it
      }
    }
    if (!national) {
      throw new CatalogNotInForceException(jurisdiction, date, coverage());
    }
    EffectivePeriod period = until == null ? EffectivePeriod.from(from) : EffectivePeriod.between(from, until);
    // the same versions can be in force over two disjoint periods (around a gap in a supplement):
    // the period is part of the key
    String key =
        jurisdiction.code() + '|' + period + '|' + chosen.stream().map(Catalog::id).collect(Collectors.joining("|"));
    return cache.computeIfAbsent(
        key,
        k -> new ResolvedCatalog(jurisdiction, date, period, ImmutableList.copyOf(chosen), regimes, calendar, residentIds));
  }

  /**
   * Checks a record against the catalog in force in {@code jurisdiction} on the record's
   * submission date (CAT-4): as {@code resolve(jurisdiction, record.submissionDate()).check(record)},
   * but a date with no catalog in force is a {@link CatalogFinding#NO_CATALOG_IN_FORCE} finding,
   * not an exception.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(Jurisdiction jurisdiction, CreditRecord record) {
    requireNonNull(record, "record");
    try {
      return resolve(jurisdiction, record.submissionDate()).check(record);
    } catch (CatalogNotInForceException e) {
      return Verdict.builder()
          .addFinding(
              Finding.ofArgs(
                  CatalogFinding.NO_CATALOG_IN_FORCE, Instruments.STATE_COUNCIL_OPINION_2020_49,
                  record.submissionDate(), jurisdiction))
          .build();
    }
  }

  private String coverage() {
    return catalogs.stream()
        .filter(Catalog::isNational)
        .map(c -> c.id() + " " + c.effective())
        .collect(Collectors.joining(", ", "national catalogs: ", ""))
        .replaceFirst(": $", ": none");
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  @Override
  public String toString() {
    return "CatalogRegistry[" + catalogs.size() + " catalogs, regime series " + regimes.series() + "]";
  }

  /** Collects catalogs and settings; {@link #build()} checks them together. Not thread-safe. */
  public static final class Builder {

    private final List<Catalog> catalogs = new ArrayList<>();
    private PublicationRegimes regimes = PublicationRegimes.empty();
    private WorkingDayCalendar calendar = WorkingDayCalendar.china();
    private Clock clock = ChinaTime.systemClock();

    private Builder() {}

    /** Adds one catalog version. */
    public Builder addCatalog(Catalog catalog) {
      catalogs.add(requireNonNull(catalog, "catalog"));
      return this;
    }

    /** Adds catalog versions. */
    public Builder addCatalogs(Iterable<Catalog> more) {
      more.forEach(this::addCatalog);
      return this;
    }

    /** The publication regimes that REGIME publication rules consult. */
    public Builder regimes(PublicationRegimes regimes) {
      this.regimes = requireNonNull(regimes, "regimes");
      return this;
    }

    /** The working-day calendar that update deadlines are counted on (CAT-5). */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /** The clock that judges "today" when a resident ID number's birth date is validated. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The problems that {@link #build()} would refuse the catalogs for, as data (a lint entry
     * point): overlapping versions of one layer, redefinitions of a higher layer's items,
     * duplicate ids, unknown regime series. Empty when the catalogs fit together.
     */
    public ImmutableList<CatalogProblem> problems() {
      return ImmutableList.copyOf(CatalogRules.registryProblems(catalogs, regimes));
    }

    /**
     * The registry.
     *
     * @throws CatalogFormatException listing every problem {@link #problems()} lists
     */
    public CatalogRegistry build() {
      CatalogRules.throwIfAny(CatalogRules.registryProblems(catalogs, regimes));
      List<Catalog> sorted = new ArrayList<>(catalogs);
      sorted.sort(CatalogRules.REGISTRY_ORDER);
      return new CatalogRegistry(ImmutableList.copyOf(sorted), regimes, calendar, clock);
    }
  }
}
