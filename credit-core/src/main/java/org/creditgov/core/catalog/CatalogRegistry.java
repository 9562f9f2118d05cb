package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.ruleset.RuleSetRegistry;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Every catalog layer and version a system knows, and the publication regimes (CAT-4): the public
 * face of a {@link RuleSetRegistry} of {@link Catalog}s — the national basic catalog's editions and
 * the provincial, prefecture and county supplements, each in force for a period. {@link
 * #resolve(Jurisdiction, LocalDate)} answers "which catalog is in force in J on D": the national
 * layer plus every supplement on J's parent chain in force on D, through the spine's one resolution
 * (one timeline per jurisdiction, one compiled {@link ResolvedCatalog} per period).
 *
 * <p>Building a registry checks the layers together and refuses them all, with every problem, if
 * two versions of one layer overlap, a supplement redefines an item of a higher layer in force at
 * the same time, two catalogs share an id ({@link RuleSetRegistry#problems}), or an item names a
 * regime series the registry's regimes do not have ({@link CatalogRules#unknownSeries}). The result
 * does not depend on the order catalogs were added in. Immutable and thread-safe.
 *
 * <pre>{@code
 * CatalogRegistry registry = CatalogRegistry.builder()
 *     .addCatalog(national).addCatalog(ningxia)
 *     .regimes(regimes)
 *     .clock(clock)
 *     .build();
 * Verdict v = registry.check(Jurisdiction.of("640381"), record);        // ruleset.NOT_IN_FORCE when none is
 * Optional<ResolvedCatalog> c = registry.resolve(Jurisdiction.of("640381"), LocalDate.of(2025, 3, 10));
 * }</pre>
 */
public final class CatalogRegistry {

  private final RuleSetRegistry<Catalog, ResolvedCatalog> registry;
  private final PublicationRegimes regimes;

  private CatalogRegistry(RuleSetRegistry<Catalog, ResolvedCatalog> registry, PublicationRegimes regimes) {
    this.registry = registry;
    this.regimes = regimes;
  }

  /** A builder: no catalogs, no regimes, the bundled China calendar and the system clock in China. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every catalog, national first, then by jurisdiction and start date ({@link RuleSetRegistry#ORDER}). */
  public ImmutableList<Catalog> catalogs() {
    return registry.versions();
  }

  /** The catalog of the given id. */
  public Optional<Catalog> catalog(String id) {
    return registry.version(id);
  }

  /** The publication regimes. */
  public PublicationRegimes regimes() {
    return regimes;
  }

  /**
   * The catalog in force in {@code jurisdiction} on {@code date}: the national basic catalog in
   * force on that date plus every supplement on the jurisdiction's parent chain in force on it;
   * empty when no national basic catalog is in force (a date before the first, say): nothing is
   * guessed.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<ResolvedCatalog> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolve(jurisdiction, date);
  }

  /** The catalog versions in force in {@code jurisdiction} on {@code date}, as {@link #resolve} finds them. */
  public Optional<Layers<Catalog>> layers(Jurisdiction jurisdiction, LocalDate date) {
    return registry.layers(jurisdiction, date);
  }

  /**
   * Checks a record against the catalog in force in {@code jurisdiction} on the record's
   * submission date (CAT-4): as {@code resolve(jurisdiction, record.submissionDate())} then {@link
   * ResolvedCatalog#check}, and, where no catalog is in force, a verdict refusing the record with
   * the spine's one finding for it, {@code ruleset.NOT_IN_FORCE}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(Jurisdiction jurisdiction, CreditRecord record) {
    requireNonNull(record, "record");
    ResolvedCatalog catalog = registry.resolveOrNull(jurisdiction, record.submissionDate());
    return catalog == null
        ? Verdict.of(ImmutableList.of(registry.notInForce(jurisdiction, record.submissionDate())))
        : catalog.check(record);
  }

  @Override
  public String toString() {
    return "CatalogRegistry[" + registry.versions().size() + " catalogs, regime series " + regimes.series() + "]";
  }

  /** Collects catalogs and settings; {@link #build()} checks them together. Not thread-safe. */
  public static final class Builder {

    private final List<Catalog> catalogs = new ArrayList<>();
    private PublicationRegimes regimes = PublicationRegimes.empty();
    private @Nullable WorkingDayCalendar calendar;
    private Clock clock = ChinaTime.systemClock();

    private Builder() {}

    /** Adds one catalog version. */
    @CanIgnoreReturnValue
    public Builder addCatalog(Catalog catalog) {
      catalogs.add(requireNonNull(catalog, "catalog"));
      return this;
    }

    /** Adds catalog versions. */
    @CanIgnoreReturnValue
    public Builder addCatalogs(Iterable<Catalog> more) {
      more.forEach(this::addCatalog);
      return this;
    }

    /** The publication regimes that publication rules by the regime consult. */
    @CanIgnoreReturnValue
    public Builder regimes(PublicationRegimes regimes) {
      this.regimes = requireNonNull(regimes, "regimes");
      return this;
    }

    /** The working-day calendar that update deadlines are counted on (CAT-5); by default the bundled China calendar. */
    @CanIgnoreReturnValue
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /** The clock that judges "today" when a resident ID number's birth date is validated. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The problems that {@link #build()} would refuse the catalogs for, as data (a lint entry
     * point): overlapping versions of one layer, redefinitions of a higher layer's items,
     * duplicate ids, unknown regime series. Empty when the catalogs fit together.
     */
    public ImmutableList<DataProblem> problems() {
      return ImmutableList.<DataProblem>builder()
          .addAll(RuleSetRegistry.problems(Catalog.KIND, catalogs))
          .addAll(CatalogRules.unknownSeries(catalogs, regimes.series()))
          .build();
    }

    /**
     * The registry.
     *
     * @throws CatalogFormatException listing every problem {@link #problems()} lists
     */
    public CatalogRegistry build() {
      CatalogFormatException.throwIfAny(problems());
      PublicationRegimes r = regimes;
      WorkingDayCalendar cal = calendar == null ? WorkingDayCalendar.china() : calendar;
      ResidentIdNumber.Parser ids = ResidentIdNumber.parser(clock);
      RuleSetRegistry<Catalog, ResolvedCatalog> registry = RuleSetRegistry
          .<Catalog, ResolvedCatalog>builder(Catalog.KIND, layers -> new ResolvedCatalog(layers, r, cal, ids))
          .addAll(catalogs)
          .build();
      return new CatalogRegistry(registry, r);
    }
  }
}
