package org.creditgov.spring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.catalog.io.CatalogJson;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.io.calendar.HolidayCalendarJson;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.privacy.consent.PurposeRegistry;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.designation.io.ListTypeJson;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.incentive.IncentiveRegistry;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.io.MeasureListJson;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimes;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The reference data (CAT-1, SAN-1, INC-1, DES-1, REP-1) and the time the rules are judged by: the
 * clock, the working-day calendar with the extra years of {@code creditgov.calendar.extra-years},
 * and the catalog, measure-list, incentive, list-type, repair-regime and purpose registries — the
 * bundled examples (unless {@code creditgov.reference.bundled=false}) plus the files named under
 * {@code creditgov.reference}. A registry whose data is refused fails startup with every problem of
 * its files and between them, each located ({@link ReferenceDataFailureAnalyzer}), and with those
 * of every other data set of the configuration that is refused too (a {@link RefusedReferenceData}),
 * so that one failed start lists everything to correct; nothing is ever half-loaded. Each bean
 * backs off when the application defines one of its type.
 */
@AutoConfiguration
@EnableConfigurationProperties(CreditGovProperties.class)
public class CreditReferenceDataAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CreditReferenceDataAutoConfiguration.class);

  /** Creates the configuration (Spring does). */
  public CreditReferenceDataAutoConfiguration() {}

  /** The clock every service reads "now" from: the system clock in China's zone. */
  @Bean
  @ConditionalOnMissingBean
  public Clock creditGovClock() {
    return ChinaTime.systemClock();
  }

  /**
   * The bundled China calendar (2020–2026) extended by each file of {@code
   * creditgov.calendar.extra-years}, in the order given.
   *
   * @throws org.creditgov.core.data.ReferenceDataException listing every problem of the files (and
   *     of every other refused data set)
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkingDayCalendar creditGovCalendar(CreditGovProperties properties) {
    try {
      return calendar(properties);
    } catch (ReferenceDataException e) {
      throw withTheOthers(CALENDAR, e, properties);
    }
  }

  /**
   * The catalogs (CAT-1 … CAT-6): bundled and configured, with the publication regimes of {@code
   * creditgov.reference.publication-regimes} or the bundled ones.
   *
   * @throws org.creditgov.core.data.ReferenceDataException listing every problem of the files and
   *     between the catalogs (and of every other refused data set)
   */
  @Bean
  @ConditionalOnMissingBean
  public CatalogRegistry creditGovCatalogs(CreditGovProperties properties, WorkingDayCalendar calendar, Clock clock) {
    CatalogRegistry registry;
    try {
      registry = catalogs(properties, calendar, clock);
    } catch (ReferenceDataException e) {
      throw withTheOthers(CATALOGS, e, properties);
    }
    LOG.info("Reference data loaded (catalog, {} versions)", registry.catalogs().size());
    return registry;
  }

  /**
   * The sanction-measure lists (SAN-1): bundled and configured.
   *
   * @throws org.creditgov.core.data.ReferenceDataException listing every problem (and those of
   *     every other refused data set)
   */
  @Bean
  @ConditionalOnMissingBean
  public MeasureListRegistry creditGovMeasureLists(CreditGovProperties properties) {
    try {
      return measureLists(properties);
    } catch (ReferenceDataException e) {
      throw withTheOthers(MEASURE_LISTS, e, properties);
    }
  }

  /**
   * The incentive lists (INC-1): bundled and configured.
   *
   * @throws org.creditgov.core.data.ReferenceDataException listing every problem (and those of
   *     every other refused data set)
   */
  @Bean
  @ConditionalOnMissingBean
  public IncentiveRegistry creditGovIncentives(CreditGovProperties properties) {
    try {
      return incentives(properties);
    } catch (ReferenceDataException e) {
      throw withTheOthers(INCENTIVE_LISTS, e, properties);
    }
  }

  /**
   * The list types of the severe-dishonesty lists (DES-1): bundled and configured.
   *
   * @throws org.creditgov.core.data.ReferenceDataException listing every problem (and those of
   *     every other refused data set)
   */
  @Bean
  @ConditionalOnMissingBean
  public ListTypeRegistry creditGovListTypes(CreditGovProperties properties) {
    try {
      return listTypes(properties);
    } catch (ReferenceDataException e) {
      throw withTheOthers(LIST_TYPES, e, properties);
    }
  }

  // The data sets, each read from the configuration alone, so that when one is refused the others
  // are read too and startup fails once, with every problem of every refused set.

  static final String CALENDAR = "holiday calendar data";
  static final String CATALOGS = "catalog data";
  static final String MEASURE_LISTS = "measure-list data";
  static final String INCENTIVE_LISTS = "incentive-list data";
  static final String LIST_TYPES = "list-type data";

  /**
   * {@code refused} (the data set {@code what}) with the problems of every other data set of the
   * configuration that is refused too: {@code refused} itself when it is the only one, else a
   * {@link RefusedReferenceData} listing each set's problems, in the order of the configuration.
   */
  static ReferenceDataException withTheOthers(String what, ReferenceDataException refused, CreditGovProperties properties) {
    Map<String, List<DataProblem>> bySet = new LinkedHashMap<>();
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    for (String set : List.of(CALENDAR, CATALOGS, MEASURE_LISTS, INCENTIVE_LISTS, LIST_TYPES)) {
      if (set.equals(what)) {
        bySet.put(set, refused.problems());
        continue;
      }
      try {
        switch (set) {
          case CALENDAR -> calendar = calendar(properties);
          case CATALOGS -> {
            var unused = catalogs(properties, calendar, ChinaTime.systemClock());
          }
          case MEASURE_LISTS -> {
            var unused = measureLists(properties);
          }
          case INCENTIVE_LISTS -> {
            var unused = incentives(properties);
          }
          default -> {
            var unused = listTypes(properties);
          }
        }
      } catch (ReferenceDataException e) {
        bySet.put(set, e.problems());
      }
    }
    return bySet.size() == 1 ? refused : new RefusedReferenceData(bySet);
  }

  static WorkingDayCalendar calendar(CreditGovProperties properties) {
    ReferenceFiles files = new ReferenceFiles(CALENDAR);
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    for (Path f : properties.getCalendar().getExtraYears()) {
      WorkingDayCalendar before = calendar;
      List<WorkingDayCalendar> extended =
          files.readAll(List.of(f), p -> HolidayCalendarJson.extend(before, files.text(p), String.valueOf(p.getFileName())));
      if (!extended.isEmpty()) {
        calendar = extended.get(0);
      }
    }
    files.throwIfAny();
    return calendar;
  }

  static CatalogRegistry catalogs(CreditGovProperties properties, WorkingDayCalendar calendar, Clock clock) {
    CreditGovProperties.Reference reference = properties.getReference();
    ReferenceFiles files = new ReferenceFiles(CATALOGS);
    List<Catalog> catalogs = new ArrayList<>();
    if (reference.isBundled()) {
      catalogs.add(BundledCatalogs.national2024());
      catalogs.addAll(BundledCatalogs.exampleSupplements());
    }
    catalogs.addAll(files.readAll(reference.getCatalogs(), CatalogJson::read));
    PublicationRegimes regimes = publicationRegimes(reference, files);
    CatalogRegistry.Builder builder = CatalogRegistry.builder().addCatalogs(catalogs).regimes(regimes).calendar(calendar)
        .clock(clock);
    if (!files.hasProblems()) {
      files.addAll(builder.problems());
    }
    files.throwIfAny();
    return builder.build();
  }

  private static PublicationRegimes publicationRegimes(CreditGovProperties.Reference reference, ReferenceFiles files) {
    Path file = reference.getPublicationRegimes();
    if (file != null) {
      List<PublicationRegimes> read = files.readAll(List.of(file), CatalogJson::readRegimes);
      return read.isEmpty() ? PublicationRegimes.empty() : read.get(0);
    }
    return reference.isBundled() ? BundledCatalogs.publicationRegimes() : PublicationRegimes.empty();
  }

  static MeasureListRegistry measureLists(CreditGovProperties properties) {
    CreditGovProperties.Reference reference = properties.getReference();
    return new ReferenceFiles(MEASURE_LISTS).registry(
        reference.isBundled() ? BundledLists.measureLists() : List.<MeasureList>of(), reference.getMeasureLists(),
        MeasureListJson::read, lists -> MeasureListRegistry.builder().addLists(lists).problems(),
        lists -> MeasureListRegistry.builder().addLists(lists).build());
  }

  static IncentiveRegistry incentives(CreditGovProperties properties) {
    CreditGovProperties.Reference reference = properties.getReference();
    List<IncentiveList> bundled = new ArrayList<>();
    if (reference.isBundled()) {
      BundledLists.incentiveListNames().forEach(name -> bundled.add(BundledLists.incentiveList(name)));
    }
    return new ReferenceFiles(INCENTIVE_LISTS).registry(bundled, reference.getIncentiveLists(),
        MeasureListJson::readIncentives, lists -> IncentiveRegistry.builder().addLists(lists).problems(),
        lists -> IncentiveRegistry.builder().addLists(lists).build());
  }

  static ListTypeRegistry listTypes(CreditGovProperties properties) {
    CreditGovProperties.Reference reference = properties.getReference();
    return new ReferenceFiles(LIST_TYPES).registry(
        reference.isBundled() ? BundledListTypes.sets() : List.<ListTypeSet>of(), reference.getListTypes(),
        ListTypeJson::read, ListTypeRegistry::problems, ListTypeRegistry::of);
  }

  /** The credit-repair regimes (REP-1), their publication periods from the catalogs' regimes. */
  @Bean
  @ConditionalOnMissingBean
  public RepairRegimes creditGovRepairRegimes(CreditGovProperties properties, CatalogRegistry catalogs) {
    List<RepairRegime> regimes = properties.getReference().isBundled() ? BundledRepairRegimes.regimes() : List.of();
    return RepairRegimes.of(regimes, catalogs.regimes());
  }

  /** The purposes a query or a consent may name (PRI-1): the bundled example catalog. */
  @Bean
  @ConditionalOnMissingBean
  public PurposeRegistry creditGovPurposes() {
    return BundledPurposes.registry();
  }
}
