package org.creditgov.examples.service;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The sample service's scenario on H2 in PostgreSQL mode through Spring Boot's own DataSource (its
 * pool, from {@code spring.datasource.url}): an in-memory database of its own, so nothing of an
 * earlier run is read.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sample-service-test;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({SampleServiceScenario.OfficeClock.class, SampleServiceOnDatabase.Senders.class})
class SampleServiceH2Test extends SampleServiceOnDatabase {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
