package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL (binaries from Maven, no installed server) per test class, registered as
 * a static extension: started before the class's first test, its nested classes included, and
 * stopped after its last; migrated; behind a small pool, as an application has one.
 */
final class PostgresDatabase implements TestDatabase, BeforeAllCallback, AfterAllCallback {

  private @Nullable Class<?> owner;
  private @Nullable EmbeddedPostgres postgres;
  private @Nullable HikariDataSource pool;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (owner != null) {
      return; // a nested class: its outer class's database serves it
    }
    owner = context.getRequiredTestClass();
    postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres.getPostgresDatabase());
    config.setMaximumPoolSize(10);
    pool = new HikariDataSource(config);
    TestDatabase.migrate(pool);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (context.getRequiredTestClass() != owner) {
      return;
    }
    owner = null;
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
