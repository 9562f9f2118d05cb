package org.creditgov.store.jdbc;

import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.testkit.store.ConsentStoreContract;
import org.creditgov.testkit.store.QueryLogContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The consent store and the query log on embedded PostgreSQL (one server for the whole class): the contracts and the JDBC behaviour. */
class PostgresPrivacyStoresTest {

  @RegisterExtension
  static final PostgresDatabase DATABASE = new PostgresDatabase();

  @Nested
  class Consents extends ConsentStoreContract {
    @Override
    protected ConsentStore newStore() {
      DATABASE.clear();
      return JdbcConsentStore.on(DATABASE.dataSource());
    }
  }

  @Nested
  class Queries extends QueryLogContract {
    @Override
    protected QueryLog newLog() {
      DATABASE.clear();
      return JdbcQueryLog.on(DATABASE.dataSource());
    }
  }

  @Nested
  class Behaviour extends JdbcPrivacyBehaviour {
    @Override
    TestDatabase database() {
      return DATABASE;
    }
  }
}
