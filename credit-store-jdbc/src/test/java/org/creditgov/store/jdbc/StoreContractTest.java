package org.creditgov.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.TestClock;
import org.creditgov.testkit.store.StoreContracts;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The testkit's store contracts (DES-6, DES-7, REP-3) run against the JDBC stores on H2 and on
 * PostgreSQL: one database per kind, emptied for each fresh store.
 */
class StoreContractTest {

  private static final int SEEDS = 4;
  private final Map<TestDatabases.Kind, DataSource> databases = new EnumMap<>(TestDatabases.Kind.class);

  private JdbcStores fresh(TestDatabases.Kind kind, ListTypeRegistry listTypes, List<SyncTarget> targets) {
    DataSource ds = databases.computeIfAbsent(kind, TestDatabases::fresh);
    JdbcStores stores = JdbcStores.builder(ds).clock(TestClock.at(java.time.LocalDate.of(2025, 1, 1)))
        .listTypes(listTypes).targets(targets).build();
    stores.migrate();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String t : List.of("creditgov_event", "creditgov_outbox", "creditgov_designation", "creditgov_repair")) {
        s.executeUpdate("DELETE FROM " + t);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return stores;
  }

  @TestFactory
  Stream<DynamicNode> theDesignationStoreKeepsTheContract() {
    return Stream.of(TestDatabases.Kind.values()).map(kind -> DynamicContainer.dynamicContainer(kind.name(),
        StoreContracts.designationStore(listTypes -> fresh(kind, listTypes,
            List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM)).designations(), s -> changeIds(kind), SEEDS)));
  }

  private List<String> changeIds(TestDatabases.Kind kind) {
    return fresh0(kind).outbox().deliveries().stream().map(d -> d.change().changeId()).toList();
  }

  /** The stores over the kind's database as it is (not emptied). */
  private JdbcStores fresh0(TestDatabases.Kind kind) {
    return JdbcStores.builder(databases.get(kind)).clock(TestClock.at(java.time.LocalDate.of(2025, 1, 1)))
        .listTypes(DesignationGenerators.registry()).build();
  }

  @TestFactory
  Stream<DynamicNode> theOutboxKeepsTheSyncStoreContract() {
    return Stream.of(TestDatabases.Kind.values()).map(kind -> DynamicContainer.dynamicContainer(kind.name(),
        StoreContracts.syncStore(targets -> fresh(kind, DesignationGenerators.registry(), targets).outbox())));
  }
}
