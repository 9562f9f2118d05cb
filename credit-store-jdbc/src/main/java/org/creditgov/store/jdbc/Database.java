package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The stores' access to the database: connections from the user's {@link DataSource}, the
 * dialect, the injected clock, and one way to run a unit of work in a transaction (committed when
 * it returns, rolled back when it throws, an {@link SQLException} turned into a {@link
 * StoreException}).
 */
final class Database {

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Clock clock;

  Database(DataSource dataSource, Clock clock) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.clock = requireNonNull(clock, "clock");
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
      dialect.opened(c);
    } catch (SQLException e) {
      throw StoreException.database("database", "connecting", e);
    }
  }

  DataSource dataSource() {
    return dataSource;
  }

  Dialect dialect() {
    return dialect;
  }

  Clock clock() {
    return clock;
  }

  /** The clock's instant in milliseconds since the epoch: how the schema keeps leases and retry times. */
  long nowMillis() {
    return clock.millis();
  }

  /**
   * Runs {@code work} in one transaction (read committed).
   *
   * @throws StoreException of reason DATABASE if the database fails; the transaction is rolled back
   */
  <T> T transaction(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw StoreException.database(what, "the transaction", e);
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }
}
