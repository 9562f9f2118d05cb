package org.creditgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.consent.InMemoryConsentStore;
import org.creditgov.privacy.jackson.CreditPrivacyModule;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.privacy.query.InMemoryQueryLog;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.RecordSource;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.decision.DecisionLog;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.incentive.IncentiveRegistry;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.LogCapture;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The starter's conditionals (issue 15): everything is there on the bundled data with no DataSource
 * and no bean of the application's, the in-memory stores each warn that they are not durable, every
 * bean backs off before one of the application's, and the beans that need a key or a directory are
 * absent without it.
 */
class CreditAutoConfigurationTest {

  @Test
  void withoutADataSourceEveryServiceRunsOnTheInMemoryStoresAndEachStoreWarnsItIsNotDurable() {
    assertThat(LogCapture.active()).as("the tests run with the capturing SLF4J provider").isTrue();
    int mark = LogCapture.mark();
    Contexts.withKey().run(context -> {
      assertThat(context).hasNotFailed();
      for (Class<?> type : List.of(Clock.class, WorkingDayCalendar.class, CatalogRegistry.class, MeasureListRegistry.class,
          IncentiveRegistry.class, ListTypeRegistry.class, SanctionChecker.class, CreditCheck.class, MaskingProfile.class,
          CreditPrivacyModule.class, Redactor.class, Pseudonymizer.class, DesignationService.class, RepairService.class,
          QueryGateway.class, CreditDecisions.class, InMemoryOutboxRelay.class, SyncStore.class, DecisionLog.class,
          CreditMetrics.class)) {
        assertThat(context).as(type.getSimpleName()).hasSingleBean(type);
      }
      assertThat(context.getBean(DesignationStore.class)).isInstanceOf(org.creditgov.rules.designation.InMemoryDesignationStore.class);
      assertThat(context.getBean(QueryLog.class)).isInstanceOf(InMemoryQueryLog.class);
      assertThat(context.getBean(DecisionLog.class)).isSameAs(DecisionLog.noOp()); // no audit log configured
      assertThat(context.getBean(InMemoryOutboxRelay.class).isRunning()).isTrue();
      assertThat(context.getBean(MaskingProfile.class)).isEqualTo(MaskingProfile.PUBLIC);
      // the bundled data: the same versions as the library's bundled registries
      assertThat(context.getBean(CatalogRegistry.class).catalogs()).hasSize(BundledCatalogs.registry(Clock.systemUTC()).catalogs().size());
      assertThat(context.getBean(MeasureListRegistry.class).lists()).hasSize(BundledLists.registry().lists().size());
      assertThat(context.getBean(RepairService.class).regimes().all()).hasSize(BundledRepairRegimes.regimes().size());
      assertThat(context.getBean(ListTypeRegistry.class).versions()).hasSize(BundledListTypes.sets().size());
    });
    List<String> warnings = LogCapture.since(mark).stream().filter(l -> l.level().equals("WARN"))
        .map(LogCapture.Line::message).toList();
    for (String store : List.of("the designation store", "the repair event store", "the subject directory",
        "the consent store", "the record source of the query gateway", "the sync store", "the query log")) {
      assertThat(warnings).as(store).anySatisfy(w -> assertThat(w).startsWith("creditgov: " + store + " kept in memory only")
          .contains("not durable"));
    }
  }

  /** With a DataSource, the stores are credit-store-jdbc's over it, migrated, with no in-memory warning for them. */
  @Test
  void withADataSourceTheStoresAreTheDurableOnesOverIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(org.creditgov.store.jdbc.JdbcStores.h2Url(dir));
    int mark = LogCapture.mark();
    Contexts.withKey().withBean(javax.sql.DataSource.class, () -> h2).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(DesignationStore.class)).isInstanceOf(org.creditgov.store.jdbc.JdbcDesignationStore.class);
      assertThat(context.getBean("creditGovJdbcRepairStore"))
          .isInstanceOf(org.creditgov.store.jdbc.JdbcRepairStore.class);
      assertThat(context.getBean(SyncStore.class)).isInstanceOf(org.creditgov.store.jdbc.JdbcOutbox.class);
      assertThat(context.getBean(org.creditgov.privacy.consent.ConsentStore.class))
          .isInstanceOf(org.creditgov.store.jdbc.JdbcConsentStore.class);
      assertThat(context.getBean(QueryLog.class)).isInstanceOf(org.creditgov.store.jdbc.JdbcQueryLog.class);
      assertThat(context.getBean(SubjectDirectory.class)).isInstanceOf(org.creditgov.store.jdbc.JdbcSubjectDirectory.class)
          .isSameAs(context.getBean(DesignationService.class).subjects());
      assertThat(context).doesNotHaveBean(InMemoryOutboxRelay.class); // the outbox rows are written in each step's transaction
      assertThat(context.getBean(org.creditgov.store.jdbc.JdbcStores.class).schemaVersion()).isPresent();
      assertThat(context).hasSingleBean(DesignationService.class).hasSingleBean(RepairService.class);
    });
    List<String> warnings = LogCapture.since(mark).stream().filter(l -> l.level().equals("WARN"))
        .map(LogCapture.Line::message).toList();
    for (String store : List.of("the designation store", "the repair event store", "the subject directory",
        "the consent store", "the sync store", "the query log")) {
      assertThat(warnings).as(store).noneSatisfy(w -> assertThat(w).startsWith("creditgov: " + store + " kept in memory"));
    }
  }

  /**
   * DES-7: with a DataSource, the subjects' details put through the designation service are in the
   * database, found by a context started again on it; the application's own directory wins over
   * the JDBC one, with no in-memory warning either.
   */
  @Test
  void withADataSourceTheSubjectsOutliveTheContextAndTheApplicationsOwnDirectoryWins(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(org.creditgov.store.jdbc.JdbcStores.h2Url(dir));
    org.creditgov.core.subject.Subject subject = org.creditgov.testkit.SubjectGenerators.person(
        new java.util.SplittableRandom(3), org.creditgov.core.subject.IdentityDocument.Kind.RESIDENT_ID);
    org.creditgov.core.subject.SubjectRef[] ref = new org.creditgov.core.subject.SubjectRef[1];
    Contexts.withKey().withBean(javax.sql.DataSource.class, () -> h2).run(context ->
        ref[0] = context.getBean(SubjectDirectory.class).put(subject));
    Contexts.withKey().withBean(javax.sql.DataSource.class, () -> h2).run(context ->
        assertThat(context.getBean(SubjectDirectory.class).find(ref[0])).contains(subject));

    SubjectDirectory mine = SubjectDirectory.inMemory();
    int mark = LogCapture.mark();
    Contexts.withKey().withBean(javax.sql.DataSource.class, () -> h2).withBean("applicationsSubjectDirectory",
        SubjectDirectory.class, () -> mine).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeansOfType(SubjectDirectory.class)).hasSize(1);
          assertThat(context.getBean(SubjectDirectory.class)).isSameAs(mine);
          assertThat(context.getBean(DesignationService.class).subjects()).isSameAs(mine);
        });
    assertThat(LogCapture.since(mark).stream().filter(l -> l.level().equals("WARN")).map(LogCapture.Line::message))
        .noneSatisfy(w -> assertThat(w).startsWith("creditgov: the subject directory kept in memory"));
  }

  @Test
  void stoppingTheContextStopsTheOutboxRelay() {
    InMemoryOutboxRelay[] relay = new InMemoryOutboxRelay[1];
    Contexts.runner().run(context -> relay[0] = context.getBean(InMemoryOutboxRelay.class));
    assertThat(relay[0].isRunning()).isFalse();
  }

  @Test
  void withoutAPseudonymKeyThereIsNoPseudonymizerNorGatewayAndTheRestStillRuns() {
    Contexts.runner().run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(Pseudonymizer.class).doesNotHaveBean(QueryGateway.class)
          .hasSingleBean(CreditDecisions.class).hasSingleBean(DesignationService.class);
    });
  }

  @Test
  void theConfiguredMaskingProfileAndSyncTargetsAreUsed() {
    Contexts.runner().withPropertyValues("creditgov.privacy.masking-profile=SHARING",
        "creditgov.sync.targets=credit-china,county-platform").run(context -> {
          assertThat(context.getBean(MaskingProfile.class)).isEqualTo(MaskingProfile.SHARING);
          assertThat(context.getBean(CreditPrivacyModule.class).profile()).isEqualTo(MaskingProfile.SHARING);
          assertThat(CreditStoresAutoConfiguration.targets(context.getBean(CreditGovProperties.class)))
              .containsExactly(SyncTarget.CREDIT_CHINA, new SyncTarget("county-platform", "county-platform", "county-platform"));
        });
  }

  @Test
  void withoutTheBundledDataTheRegistriesAreEmpty() {
    Contexts.runner().withPropertyValues("creditgov.reference.bundled=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CatalogRegistry.class).catalogs()).isEmpty();
      assertThat(context.getBean(MeasureListRegistry.class).lists()).isEmpty();
      assertThat(context.getBean(IncentiveRegistry.class).lists()).isEmpty();
    });
  }

  /** One bean of the application's of each type the starter provides, and how to make it. */
  static Stream<Arguments> userBeans() {
    return Stream.of(
        user(Clock.class, () -> TestClock.at(java.time.LocalDate.of(2026, 6, 1))),
        user(WorkingDayCalendar.class, () -> WorkingDayCalendar.china().withFallback(WorkingDayCalendar.Fallback.WEEKDAYS_ONLY)),
        user(CatalogRegistry.class, () -> BundledCatalogs.registry(ChinaTime.systemClock())),
        user(MeasureListRegistry.class, BundledLists::registry),
        user(IncentiveRegistry.class, BundledLists::incentiveRegistry),
        user(ListTypeRegistry.class, BundledListTypes::registry),
        user(MaskingProfile.class, () -> MaskingProfile.SUBJECT.toBuilder().name("county").build()),
        user(Redactor.class, () -> Redactor.builder().detect(org.creditgov.privacy.mask.DataKind.MOBILE).build()),
        user(Pseudonymizer.class, () -> Pseudonymizer.of("mine", "a key of the application, 32 bytes or more".getBytes())),
        user(DesignationStore.class, DesignationStore::inMemory),
        user(SubjectDirectory.class, SubjectDirectory::inMemory),
        user(ConsentStore.class, InMemoryConsentStore::new),
        user(RecordSource.class, InMemoryRecordSource::new),
        user(QueryLog.class, InMemoryQueryLog::new),
        user(SyncStore.class, () -> SyncStore.inMemory(List.of(SyncTarget.CREDIT_CHINA))),
        user(DecisionLog.class, () -> decision -> {}),
        user(CreditMetrics.class, () -> CreditMetrics.noOp()),
        user(SanctionChecker.class, () -> SanctionChecker.of(BundledLists.registry())),
        user(CreditCheck.class, () -> CreditCheck.builder().measureLists(BundledLists.registry()).build()),
        user(DesignationService.class, () -> DesignationService.builder().store(DesignationStore.inMemory()).clock(ChinaTime.systemClock())
            .listTypes(BundledListTypes.registry()).build()),
        user(RepairService.class, () -> RepairService.builder().regimes(BundledRepairRegimes.registry()).build()));
  }

  private static <T> Arguments user(Class<T> type, Supplier<? extends T> bean) {
    return Arguments.of(type, bean);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userBeans")
  <T> void theApplicationsOwnBeanWins(Class<T> type, Supplier<? extends T> bean) {
    T mine = bean.get();
    Contexts.withKey().withBean("applications" + type.getSimpleName(), type, () -> mine).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeansOfType(type)).as("only the application's " + type.getSimpleName()).hasSize(1);
      assertThat(context.getBean(type)).isSameAs(mine);
      assertThat(context).hasSingleBean(CreditDecisions.class);
    });
  }

  @Test
  void theApplicationsOwnStoresMakeTheInMemoryRelayBackOff() {
    Contexts.runner().withBean(DesignationStore.class, DesignationStore::inMemory).run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(InMemoryOutboxRelay.class).hasSingleBean(DesignationService.class));
  }
}
