package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * An embedded PostgreSQL (binaries from Maven, no installed server) per test class; migrated;
 * behind a small pool, as an application has one (each PostgreSQL connection is a process).
 */
final class PostgresDatabase extends ClassDatabase {

  private @Nullable EmbeddedPostgres postgres;
  private @Nullable HikariDataSource pool;

  @Override
  void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres.getPostgresDatabase());
    config.setMaximumPoolSize(10);
    pool = new HikariDataSource(config);
    TestDatabase.migrate(pool);
  }

  @Override
  void stop() throws IOException {
    if (pool != null) {
      pool.close();
      pool = null;
    }
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  @Override
  public DataSource dataSource() {
    return requireNonNull(pool, "started before the class's tests");
  }
}
