/**
 * credit-store-jdbc: durable stores on PostgreSQL 14 or newer, with H2 in PostgreSQL mode as the
 * embedded default (a file database in a directory the user chooses). One schema, migrated with
 * Flyway from {@code db/migration/creditgov}; each value stored in its canonical JSON form with its
 * format, beside the columns the lookups need. Consents ({@link
 * org.creditgov.store.jdbc.JdbcConsentStore}) and the query-log index ({@link
 * org.creditgov.store.jdbc.JdbcQueryLog}).
 */
module org.creditgov.store.jdbc {
  requires transitive org.creditgov.privacy;
  requires transitive java.sql;
  // the canonical JSON forms the stored documents are written and read in (optional in credit-core and credit-privacy)
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static com.google.errorprone.annotations;

  exports org.creditgov.store.jdbc;
}
