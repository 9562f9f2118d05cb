package org.creditgov.store.jdbc;

import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.consent.InMemoryConsentStore;
import org.creditgov.privacy.query.InMemoryQueryLog;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.testkit.store.ConsentStoreContract;
import org.creditgov.testkit.store.QueryLogContract;
import org.junit.jupiter.api.Nested;

/** The contracts on credit-privacy's in-memory stores: the reference the JDBC stores are held to. */
class InMemoryPrivacyStoresTest {

  @Nested
  class Consents extends ConsentStoreContract {
    @Override
    protected ConsentStore newStore() {
      return new InMemoryConsentStore();
    }
  }

  @Nested
  class Queries extends QueryLogContract {
    @Override
    protected QueryLog newLog() {
      return new InMemoryQueryLog();
    }
  }
}
