package org.creditgov.spring;

import java.time.Clock;
import javax.sql.DataSource;
import org.creditgov.audit.AuditLog;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.repair.RepairRegimes;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.store.jdbc.JdbcDesignationStore;
import org.creditgov.store.jdbc.JdbcRepairStore;
import org.creditgov.store.jdbc.JdbcStores;
import org.creditgov.store.jdbc.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The durable stores of credit-store-jdbc over the application's {@link DataSource} (DES-7, REP-2,
 * REP-3, PRI-1, PRI-2, SEC-1): the designation store, the repair event store, the subject directory,
 * the consent store, the query log's index (unless an audit log keeps the tamper-evident one) and
 * the outbox as the sync store,
 * over one {@link JdbcStores} whose schema is migrated at startup ({@code creditgov.store.migrate},
 * default true). Runs before {@link CreditStoresAutoConfiguration}, whose in-memory stores then back
 * off one by one; each bean backs off before one of the application's of its SPI type. The outbox
 * rows are written in each step's transaction, so no relay runs; they are dispatched to the
 * connected systems when the application defines a {@link SyncSender} bean for each target of
 * {@code creditgov.sync.targets} ({@link CreditOutboxDispatcherAutoConfiguration}).
 */
@AutoConfiguration(after = CreditAuditAutoConfiguration.class,
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.creditgov.store.jdbc.JdbcStores")
@ConditionalOnBean(DataSource.class)
public class CreditJdbcStoresAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CreditJdbcStoresAutoConfiguration.class);

  /** Creates the configuration (Spring does). */
  public CreditJdbcStoresAutoConfiguration() {}


  /** Every store over the data source, the schema migrated unless {@code creditgov.store.migrate} is false. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public JdbcStores creditGovJdbcStores(DataSource dataSource, Clock clock, ListTypeRegistry listTypes,
      WorkingDayCalendar calendar, RepairRegimes regimes, CreditGovProperties properties) {
    JdbcStores stores = JdbcStores.builder(dataSource).clock(clock).listTypes(listTypes).calendar(calendar)
        .repairRegimes(regimes).targets(CreditStoresAutoConfiguration.targets(properties))
        .retryPolicy(retryPolicy(properties.getOutbox())).build();
    if (properties.getStore().isMigrate()) {
      int applied = stores.migrate();
      LOG.info("creditgov: durable stores on {} (schema version {}, {} migrations applied now)", stores,
          stores.schemaVersion().orElse("?"), applied);
    }
    return stores;
  }

  /**
   * The retry policy of {@code creditgov.outbox}.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  static RetryPolicy retryPolicy(CreditGovProperties.Outbox outbox) {
    return new RetryPolicy(outbox.getMaxAttempts(), outbox.getFirstBackoff(), outbox.getMaxBackoff(), outbox.getLease());
  }

  /** The designations' events, their outbox rows and projections, in the database. */
  @Bean
  @ConditionalOnMissingBean(DesignationStore.class)
  public JdbcDesignationStore creditGovJdbcDesignationStore(JdbcStores stores) {
    return stores.designations();
  }

  /** The repair cases' events and their outbox rows, in the database. */
  @Bean
  @ConditionalOnMissingBean(value = EventStore.class, ignored = DesignationStore.class)
  public JdbcRepairStore creditGovJdbcRepairStore(JdbcStores stores) {
    return stores.repairs();
  }

  /** The subjects' details, in the database (their own table, apart from the events). */
  @Bean
  @ConditionalOnMissingBean
  public SubjectDirectory creditGovJdbcSubjectDirectory(JdbcStores stores) {
    return stores.subjects();
  }

  /** The consents, in the database. */
  @Bean
  @ConditionalOnMissingBean
  public ConsentStore creditGovJdbcConsentStore(JdbcStores stores) {
    return stores.consents();
  }

  /** The query log's index in the database, unless an audit log keeps the tamper-evident one. */
  @Bean
  @ConditionalOnMissingBean({QueryLog.class, AuditLog.class})
  public QueryLog creditGovJdbcQueryLog(JdbcStores stores) {
    return stores.queryLog();
  }

  /** The deliveries to the connected systems: the database's outbox. */
  @Bean
  @ConditionalOnMissingBean
  public SyncStore creditGovJdbcSyncStore(JdbcStores stores) {
    return stores.outbox();
  }
}
