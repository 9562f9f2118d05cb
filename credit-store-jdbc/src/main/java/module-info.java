/**
 * credit-store-jdbc: durable stores of the procedures on PostgreSQL 14 or newer and on H2 (the
 * embedded default, a file database in a directory the user chooses): events in their canonical
 * JSON form with optimistic concurrency on (stream, version), a transactional outbox dispatched
 * with leases, retries and dead letters, and the projections a vendor queries; one schema,
 * migrated with Flyway. The entry point is {@link org.creditgov.store.jdbc.JdbcStores}.
 */
module org.creditgov.store.jdbc {
  requires transitive java.sql;
  requires transitive org.creditgov.rules;
  requires static com.google.errorprone.annotations;
  // Flyway publishes no module name: the names derived from its jars
  requires flyway.core;
  // the embedded default (JdbcStores.embedded): H2's own connection pool
  requires com.h2database;

  exports org.creditgov.store.jdbc;

  // the migrations, found by Flyway on the class path (db/migration/creditgov)
}
