package org.creditgov.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The consent store, the query log and the subject directory on embedded PostgreSQL 17, one server for the whole class. */
class PostgresPrivacyStoresTest extends PrivacyStoresTests {

  @RegisterExtension
  static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
