package org.creditgov.store.jdbc;

import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.testkit.store.ConsentStoreContract;
import org.creditgov.testkit.store.QueryLogContract;
import org.creditgov.testkit.store.SubjectDirectoryContract;
import org.junit.jupiter.api.Nested;

/**
 * The tests of the JDBC consent store, query log and subject directory on one database, which the
 * concrete class starts once for all of them: the three contracts, each test on emptied tables,
 * and the JDBC behaviour ({@link JdbcPrivacyBehaviour}, {@link JdbcSubjectBehaviour}).
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
  class Subjects extends SubjectDirectoryContract {
    @Override
    protected SubjectDirectory newDirectory() {
      database().clear();
      return JdbcSubjectDirectory.on(database().dataSource());
    }
  }

  @Nested
  class SubjectBehaviour extends JdbcSubjectBehaviour {
    @Override
    TestDatabase database() {
      return PrivacyStoresTests.this.database();
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
