package org.creditgov.spring;

import java.util.ArrayList;
import java.util.List;
import org.creditgov.audit.AuditLog;
import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.consent.InMemoryConsentStore;
import org.creditgov.privacy.io.AuditQueryLog;
import org.creditgov.privacy.query.InMemoryQueryLog;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.RecordSource;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place the stores are chosen: the designation store (DES-7), the repair event store
 * (REP-2), the subject directory, the consent store (PRI-1), the record source and the query log
 * of the gateway (SEC-1, SEC-2), and the sync store of the same-day sync (REP-3) with its outbox
 * relay.
 *
 * <p>With a {@link javax.sql.DataSource} bean and credit-store-jdbc on the class path ({@link
 * CreditJdbcStoresAutoConfiguration}, which runs before this one), the designation store, the repair event store, the subject
 * directory, the consent store, the query log and the sync store are the durable ones of {@link JdbcStores} over that data source, its
 * schema migrated at startup ({@code creditgov.store.migrate}, default true); the outbox rows are
 * written in each step's transaction, so no relay runs. Otherwise every store is the library's
 * in-memory one ({@link InMemoryStores}), each with a startup WARN that it is not durable. Each
 * backs off when the application defines a bean of its SPI type ({@link DesignationStore}, {@link
 * EventStore}, {@link SubjectDirectory}, {@link ConsentStore}, {@link RecordSource}, {@link
 * QueryLog}, {@link SyncStore}). The query log is the tamper-evident {@link AuditQueryLog} whenever
 * an audit log is configured. The JDBC outbox is dispatched to the connected systems when the
 * application defines a {@link SyncSender} bean per target ({@link
 * CreditOutboxDispatcherAutoConfiguration}).
 */
@AutoConfiguration(after = {CreditAuditAutoConfiguration.class, CreditJdbcStoresAutoConfiguration.class})
public class CreditStoresAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CreditStoresAutoConfiguration.class);

  /** Creates the configuration (Spring does). */
  public CreditStoresAutoConfiguration() {}

  /** Warns, once per store, that {@code what} lives in memory only. */
  static void warnInMemory(String what, Class<?> spi) {
    LOG.warn("creditgov: {} kept in memory only: not durable, lost when the application stops;"
        + " define a bean of type {} (or a DataSource with credit-store-jdbc) to keep it", what, spi.getSimpleName());
  }

  /** The connected systems of {@code creditgov.sync.targets}, by code. */
  static List<SyncTarget> targets(CreditGovProperties properties) {
    List<SyncTarget> targets = new ArrayList<>();
    for (String code : properties.getSync().getTargets()) {
      if (code.equals(SyncTarget.CREDIT_CHINA.code())) {
        targets.add(SyncTarget.CREDIT_CHINA);
      } else if (code.equals(SyncTarget.SHARING_PLATFORM.code())) {
        targets.add(SyncTarget.SHARING_PLATFORM);
      } else {
        targets.add(new SyncTarget(code, code, code));
      }
    }
    return targets;
  }

  /**
   * The gateway's query log: the tamper-evident {@link AuditQueryLog} in the audit log when one is
   * configured (its earlier entries read back), else in memory.
   */
  @Bean
  @ConditionalOnMissingBean
  public QueryLog creditGovQueryLog(ObjectProvider<AuditLog> auditLog) {
    AuditLog log = auditLog.getIfAvailable();
    if (log != null) {
      return AuditQueryLog.open(log);
    }
    warnInMemory("the query log", QueryLog.class);
    return new InMemoryQueryLog();
  }

  /** The library's in-memory stores, each backing off before a bean of its SPI type. */
  @Configuration(proxyBeanMethods = false)
  public static class InMemoryStores {

    /** Creates the configuration (Spring does). */
    public InMemoryStores() {}

    /** The designations' events and their outbox of listing changes, in memory. */
    @Bean
    @ConditionalOnMissingBean(DesignationStore.class)
    public InMemoryDesignationStore creditGovDesignationStore() {
      warnInMemory("the designation store", DesignationStore.class);
      return DesignationStore.inMemory();
    }

    /**
     * The repair cases' events and their outbox of changes, in memory; backs off before any other
     * event store than a designation store.
     */
    @Bean
    @ConditionalOnMissingBean(value = EventStore.class, ignored = DesignationStore.class)
    public InMemoryEventStore<RepairId, RepairEvent, Change> creditGovRepairStore() {
      warnInMemory("the repair event store", EventStore.class);
      return EventStore.inMemory();
    }

    /** The subjects' details, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public SubjectDirectory creditGovSubjectDirectory() {
      warnInMemory("the subject directory", SubjectDirectory.class);
      return SubjectDirectory.inMemory();
    }

    /** The consents, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public ConsentStore creditGovConsentStore() {
      warnInMemory("the consent store", ConsentStore.class);
      return new InMemoryConsentStore();
    }

    /** The records the gateway answers from, in memory and empty until the application adds some. */
    @Bean
    @ConditionalOnMissingBean
    public RecordSource creditGovRecordSource() {
      warnInMemory("the record source of the query gateway", RecordSource.class);
      return new InMemoryRecordSource();
    }

    /** The deliveries of the same-day sync to {@code creditgov.sync.targets}, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public SyncStore creditGovSyncStore(CreditGovProperties properties) {
      warnInMemory("the sync store", SyncStore.class);
      return SyncStore.inMemory(targets(properties));
    }

    /** Drains the two in-memory outboxes into the sync store on a schedule and at stop. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({InMemoryDesignationStore.class, InMemoryEventStore.class})
    public InMemoryOutboxRelay creditGovOutboxRelay(InMemoryDesignationStore designations,
        InMemoryEventStore<RepairId, RepairEvent, Change> repairs, SyncStore sync, CreditMetrics metrics,
        CreditGovProperties properties) {
      return new InMemoryOutboxRelay(designations, repairs, sync, metrics, properties.getSync().getRelayInterval());
    }
  }
}
