package org.creditgov.store.jdbc;

import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.testkit.store.ConsentStoreContract;
import org.creditgov.testkit.store.QueryLogContract;
import org.junit.jupiter.api.Nested;

/**
 * The tests of the JDBC consent store and query log on one database, which the concrete class
 * starts once for all of them: the two contracts, each test on emptied tables, and the JDBC
 * behaviour ({@link JdbcPrivacyBehaviour}).
 */
abstract class PrivacyStoresTests {

  /** The database of the concrete class. */
  abstract TestDatabase database();

  @Nested
  class Consents extends ConsentStoreContract {
    @Override
    protected ConsentStore newStore() {
      database().clear();
      return JdbcConsentStore.on(database().dataSource());
    }
  }

  @Nested
  class Queries extends QueryLogContract {
    @Override
    protected QueryLog newLog() {
      database().clear();
      return JdbcQueryLog.on(database().dataSource());
    }
  }

  @Nested
  class Behaviour extends JdbcPrivacyBehaviour {
    @Override
    TestDatabase database() {
      return PrivacyStoresTests.this.database();
    }
  }
}
