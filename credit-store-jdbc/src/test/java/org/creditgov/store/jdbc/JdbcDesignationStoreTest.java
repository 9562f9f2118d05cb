package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.sync.DeliveryState;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The designation store on each database (DES-6, DES-7, REP-3): what the service appends reads
 * back equal; a listing's change is stored with its event as one outbox row per connected system;
 * the projection answers the vendor's queries as the replay does; a stale append stores nothing;
 * a bad row is refused with its reason and location, never half read.
 */
class JdbcDesignationStoreTest {

  private static final LocalDate PROPOSED = LocalDate.of(2025, 3, 3);
  private static final LocalDate DECIDED = LocalDate.of(2025, 3, 20);

  private final Procedures procedures = new Procedures(14);
  private final TestClock clock = TestClock.at(PROPOSED);

  private JdbcStores stores(DataSource ds) {
    JdbcStores stores = JdbcStores.builder(ds).clock(clock).listTypes(procedures.listTypes).build();
    assertThat(stores.migrate()).isEqualTo(3); // V1 the procedures, V2 consents and the query log, V3 subjects
    return stores;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aProcedureReadsBackEqualWithItsOutboxRowsAndItsProjection(TestDatabases.Kind kind) {
    JdbcStores stores = stores(TestDatabases.fresh(kind));
    JdbcDesignationStore store = stores.designations();
    InMemoryDesignationStore reference = DesignationStore.inMemory();
    Subject subject = procedures.subject();
    for (DesignationStore s : List.of(store, reference)) {
      clock.set(PROPOSED);
      DesignationService service = procedures.service(s, clock);
      procedures.readyToDecide(service, "D-1", subject, PROPOSED);
      if (s == store) {
        assertThat(stores.outbox().deliveries()).isEmpty(); // no change of list membership yet
      }
      clock.set(DECIDED);
      Procedures.check(service.execute(DesignationId.of("D-1"), 3, procedures.decide(DECIDED)));
    }
    DesignationId id = DesignationId.of("D-1");
    assertThat(store.load(id)).isEqualTo(reference.load(id)).hasSize(4);
    assertThat(store.ids()).containsExactly(id);
    assertThat(stores.outbox().deliveries()).hasSize(2).allSatisfy(d -> {
      assertThat(d.change().changeId()).isEqualTo("designation:D-1:4:LISTED");
      assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
    });
    assertThat(stores.outbox().deliveries()).extracting(d -> d.target())
        .containsExactly(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM);

    SubjectRef ref = SubjectRef.of(subject);
    assertThat(store.isListed(ref, DECIDED)).isTrue();
    assertThat(store.isListed(ref, DECIDED.minusDays(1))).isFalse();
    DesignationRow row = store.row(id).orElseThrow();
    assertThat(row.status()).isEqualTo(Status.LISTED);
    assertThat(row.subject()).isEqualTo(ref);
    assertThat(row.department()).isEqualTo("测试县市场监督管理局");
    var replayed = procedures.service(store, clock).find(id).orElseThrow();
    assertThat(row.lastDayListed()).isEqualTo(replayed.lastDayListed());
    assertThat(store.isListed(ref, replayed.lastDayListed().orElseThrow())).isTrue();
    assertThat(store.isListed(ref, replayed.lastDayListed().orElseThrow().plusDays(1))).isFalse();
    assertThat(store.publishedListOn(DECIDED)).containsExactly(row);
    assertThat(store.publishedListOn(DECIDED)).extracting(DesignationRow::id)
        .isEqualTo(procedures.service(store, clock).publishedListOn(DECIDED).stream().map(d -> d.id()).toList());

    LocalDate removed = DECIDED.plusDays(30);
    clock.set(removed);
    Procedures.check(procedures.service(store, clock).execute(id, 4, procedures.remove(removed)));
    assertThat(store.isListed(ref, removed.minusDays(1))).isTrue();
    assertThat(store.isListed(ref, removed)).isFalse();
    assertThat(store.row(id).orElseThrow().status()).isEqualTo(Status.REMOVED);
    assertThat(stores.outbox().deliveries()).hasSize(4);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aStaleAppendStoresNeitherTheEventNorItsChange(TestDatabases.Kind kind) {
    JdbcStores stores = stores(TestDatabases.fresh(kind));
    JdbcDesignationStore store = stores.designations();
    DesignationService service = procedures.service(store, clock);
    procedures.readyToDecide(service, "D-2", procedures.subject(), PROPOSED);
    clock.set(DECIDED);
    Procedures.check(service.execute(DesignationId.of("D-2"), 3, procedures.decide(DECIDED)));
    List<DesignationEvent> events = store.load(DesignationId.of("D-2"));
    // the decision again, on the version before it: refused by the version check
    AppendResult again = store.append(DesignationId.of("D-2"), 3, events.subList(3, 4), List.of());
    assertThat(again).isEqualTo(new AppendResult.Conflict(3, 4));
    assertThat(service.execute(DesignationId.of("D-2"), 3, procedures.decide(DECIDED)))
        .isInstanceOf(CommandResult.Conflict.class);
    assertThat(store.load(DesignationId.of("D-2"))).hasSize(4);
    assertThat(stores.outbox().deliveries()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badRowsAreRefusedWithTheirReasonAndLocation(TestDatabases.Kind kind) throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcStores stores = stores(ds);
    DesignationService service = procedures.service(stores.designations(), clock);
    Subject subject = procedures.subject();
    for (String id : List.of("B-1", "B-2", "B-3")) {
      Procedures.check(service.propose(procedures.propose(id, subject, PROPOSED)));
    }
    execute(ds, "UPDATE creditgov_event SET payload = '{\"format\":\"creditgov-designation-event/1\",' WHERE stream_id = 'B-1'");
    execute(ds, "UPDATE creditgov_event SET format = 'creditgov-designation-event/9' WHERE stream_id = 'B-2'");
    execute(ds, "UPDATE creditgov_event SET version = 2 WHERE stream_id = 'B-3'");

    assertThatThrownBy(() -> stores.designations().load(DesignationId.of("B-1"))).isInstanceOfSatisfying(
        StoreException.class, e -> {
          assertThat(e.reason()).isEqualTo(StoreException.Reason.UNREADABLE_ROW);
          assertThat(e.location()).isEqualTo("creditgov_event(designation, B-1, 1)");
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.getMessage()).doesNotContain(SubjectRef.of(subject).identifier());
        });
    assertThatThrownBy(() -> stores.designations().load(DesignationId.of("B-2"))).isInstanceOfSatisfying(
        StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.UNKNOWN_FORMAT));
    assertThatThrownBy(() -> stores.designations().load(DesignationId.of("B-3"))).isInstanceOfSatisfying(
        StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.BROKEN_HISTORY));
    // an append over a bad history is refused too, and stores nothing
    assertThatThrownBy(() -> service.execute(DesignationId.of("B-1"), 1, procedures.serve(PROPOSED)))
        .isInstanceOf(StoreException.class);
    assertThat(count(ds, "SELECT COUNT(*) FROM creditgov_event")).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theSchemaMigratesFromEmptyAndMigratingAgainDoesNothing(TestDatabases.Kind kind) {
    JdbcStores stores = JdbcStores.builder(TestDatabases.fresh(kind)).clock(clock).listTypes(procedures.listTypes).build();
    assertThat(stores.schemaVersion()).isEmpty();
    assertThatThrownBy(() -> stores.designations().ids()).isInstanceOfSatisfying(StoreException.class,
        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.DATABASE));
    assertThat(stores.migrate()).isEqualTo(3);
    assertThat(stores.schemaVersion()).contains("3");
    assertThat(stores.migrate()).isZero();
    assertThat(stores.designations().ids()).isEmpty();
    assertThat(stores.designations().row(DesignationId.of("none"))).isEqualTo(Optional.empty());
  }

  /**
   * From the previous schema version: a database at V1 (the procedures only) holding a listed
   * designation migrates to the current version (V2 consents and the query log, V3 subjects) with
   * its events, outbox rows and projection intact, and the new stores work on it.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aDatabaseOfThePreviousVersionMigratesWithItsDataIntact(TestDatabases.Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    org.flywaydb.core.Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(ds).locations(JdbcStores.MIGRATIONS)
        .table(JdbcStores.HISTORY_TABLE).target("1").load().migrate();
    JdbcStores stores = JdbcStores.builder(ds).clock(clock).listTypes(procedures.listTypes).build();
    assertThat(stores.schemaVersion()).contains("1");
    clock.set(PROPOSED);
    DesignationService service = procedures.service(stores.designations(), clock);
    procedures.readyToDecide(service, "D-OLD", procedures.subject(), PROPOSED);
    clock.set(DECIDED);
    assertThat(service.execute(DesignationId.of("D-OLD"), 3, procedures.decide(DECIDED)).isAccepted()).isTrue();
    ImmutableList<DesignationEvent> before = stores.designations().load(DesignationId.of("D-OLD"));
    int deliveries = stores.outbox().deliveries().size();

    assertThat(stores.migrate()).isEqualTo(2);
    assertThat(stores.schemaVersion()).contains("3");
    assertThat(stores.designations().load(DesignationId.of("D-OLD"))).isEqualTo(before);
    assertThat(stores.outbox().deliveries()).hasSize(deliveries);
    assertThat(stores.designations().publishedListOn(DECIDED)).hasSize(1);
    assertThat(stores.consents().forSubject(org.creditgov.core.subject.SubjectRef.of(
        org.creditgov.core.subject.SubjectType.LEGAL_PERSON, "91512081MA62K0260E"))).isEmpty();
    assertThat(stores.queryLog().entries()).isEmpty();
    assertThat(stores.subjects().masked(org.creditgov.core.subject.SubjectRef.of(
        org.creditgov.core.subject.SubjectType.LEGAL_PERSON, "91512081MA62K0260E"))).isEmpty();
  }

  static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        var rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
