/**
 * credit-store-jdbc: durable stores on PostgreSQL 14 or newer and on H2 in PostgreSQL mode (the
 * embedded default, a file database in a directory the user chooses): the procedures' events in
 * their canonical JSON form with optimistic concurrency on (stream, version), a transactional
 * outbox dispatched with leases, retries and dead letters, the projections a vendor queries,
 * consents ({@link org.creditgov.store.jdbc.JdbcConsentStore}), the query-log index ({@link
 * org.creditgov.store.jdbc.JdbcQueryLog}) and the subject directory ({@link
 * org.creditgov.store.jdbc.JdbcSubjectDirectory}); one schema, migrated with Flyway from {@code
 * db/migration/creditgov}. The entry point is {@link org.creditgov.store.jdbc.JdbcStores}.
 */
module org.creditgov.store.jdbc {
  requires transitive java.sql;
  requires transitive org.creditgov.rules;
  requires transitive org.creditgov.privacy;
  // the canonical JSON forms the stored documents are written and read in (optional in credit-core and credit-privacy)
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static com.google.errorprone.annotations;
  // Flyway publishes no module name: the names derived from its jars
  requires flyway.core;
  // the embedded default (JdbcStores.embedded): H2's own connection pool
  requires com.h2database;

  exports org.creditgov.store.jdbc;

  // the migrations, found by Flyway on the class path (db/migration/creditgov)
}
