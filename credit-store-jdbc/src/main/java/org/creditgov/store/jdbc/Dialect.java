package org.creditgov.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every difference between the two databases the stores run on, in one place: what to do when the
 * stores open the database, how to upsert a projection row, how to claim outbox rows without
 * waiting on another dispatcher's locks, and which errors mean "another writer stored this key
 * first". The schema itself is one set of
 * migrations for both (H2 runs in PostgreSQL mode).
 */
enum Dialect {
  /** PostgreSQL 14 or newer. */
  POSTGRESQL {
    @Override
    String upsert(String table, List<String> keys, List<String> columns) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns.size())
          + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + columns.stream()
              .filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    }

    @Override
    String claimLock() {
      return " FOR UPDATE SKIP LOCKED";
    }
  },
  /** H2 2.x in PostgreSQL mode ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}). */
  H2 {
    @Override
    String upsert(String table, List<String> keys, List<String> columns) {
      return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
          + ") VALUES (" + marks(columns.size()) + ")";
    }

    @Override
    String claimLock() {
      return " FOR UPDATE SKIP LOCKED";
    }

    @Override
    String orderIndex() {
      return " USE INDEX (creditgov_outbox_order)"; // else H2 scans every earlier row of the target
    }

    @Override
    String insertIfAbsent(String table, List<String> keys, List<String> columns) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns.size())
          + ") ON CONFLICT DO NOTHING"; // H2 takes no conflict target: the table's unique keys, here only (target, change id)
    }

    @Override
    void opened(Connection c) throws SQLException {
      var unused = H2Leftovers.finish(c); // what a killed process left half-committed, which H2 2.5 never finishes
    }

    @Override
    boolean isKeyTaken(SQLException e) {
      // H2 may report a concurrent insert of the same key as a concurrent update (90131) or a deadlock (40001)
      return super.isKeyTaken(e) || hasState(e, "90131") || hasState(e, "40001");
    }
  };

  /** The dialect of the database {@code c} is connected to. */
  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new SQLException("credit-store-jdbc runs on PostgreSQL 14 or newer and on H2, not on " + product);
  }

  /** Runs once on {@code c} when the stores open the database, before any work: nothing by default. */
  void opened(Connection c) throws SQLException {}

  /** An insert that replaces the row of the same key: {@code columns} in the order their parameters are bound. */
  abstract String upsert(String table, List<String> keys, List<String> columns);

  /** What follows a {@code SELECT} of outbox rows to claim, so that two dispatchers never wait on each other. */
  abstract String claimLock();

  /** The hint, after the outbox's alias in the claim's subquery, to look for earlier rows per subject by the order index. */
  String orderIndex() {
    return "";
  }

  /** An insert that does nothing when the row of {@code keys} exists. */
  String insertIfAbsent(String table, List<String> keys, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns.size())
        + ") ON CONFLICT (" + String.join(", ", keys) + ") DO NOTHING";
  }

  /** Whether {@code e} says another transaction stored the same unique key first (SQLState 23505). */
  boolean isKeyTaken(SQLException e) {
    return hasState(e, "23505");
  }

  static boolean hasState(@Nullable SQLException e, String state) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (state.equals(s.getSQLState())) {
        return true;
      }
      for (Throwable t = s.getCause(); t != null; t = t.getCause()) {
        if (t instanceof SQLException && state.equals(((SQLException) t).getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
