package org.creditgov.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.creditgov.core.json.JsonForm;
import org.jspecify.annotations.Nullable;

/**
 * What the consent store and the query log share: one transaction per call, the SQLSTATEs they
 * act on, and reading a row's document through its form. The places where PostgreSQL and H2
 * differ are here, and only here: the SQLSTATE of a missing foreign-key parent (23503 on
 * PostgreSQL, 23506 on H2); and a writer that loses a race on one row gets no row updated on
 * PostgreSQL (READ COMMITTED re-reads the row after the winner commits) and may get H2's
 * "concurrent update" (vendor code 90131) instead: both mean the same conflict.
 */
final class PrivacySql {

  private PrivacySql() {}

  /** Work done on one connection inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws
   * (whatever it throws), so that nothing is half-written.
   */
  static <T> T transaction(DataSource dataSource, Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      T result;
      try {
        result = work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
          c.setAutoCommit(autoCommit); // as a pool expects the connection back
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      }
      c.setAutoCommit(autoCommit);
      return result;
    }
  }

  /**
   * Inserts one row, {@code sql} with {@code parameters}, in a transaction of its own.
   *
   * @throws SQLException as the database refused it (nothing kept then)
   */
  static void insertOne(DataSource dataSource, String sql, Object... parameters) throws SQLException {
    int rows = transaction(dataSource, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(s, parameters);
        return s.executeUpdate();
      }
    });
    if (rows != 1) {
      throw new IllegalStateException("an insert wrote " + rows + " rows");
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
  }

  /** What one row of a result gives. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** What each row of {@code sql} run with {@code parameters} on {@code c} gives, in the result's order. */
  static <T> ImmutableList<T> rows(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      ImmutableList.Builder<T> out = ImmutableList.builder();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(row.read(rs));
        }
      }
      return out.build();
    }
  }

  /**
   * {@link #rows} on a connection of its own.
   *
   * @throws StoreException if a row does not read or the database fails
   */
  static <T> ImmutableList<T> lookup(DataSource dataSource, String table, String sql, Row<T> row, Object... parameters) {
    try (Connection c = dataSource.getConnection()) {
      return rows(c, sql, row, parameters);
    } catch (SQLException e) {
      throw failure(table, "a lookup", e);
    }
  }

  /** Whether the statement broke a primary key or unique constraint (SQLSTATE 23505). */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * Whether the statement named a row a foreign key requires and that is not there: SQLSTATE 23503
   * on PostgreSQL, 23506 on H2 (which uses 23503 for a parent whose children remain).
   */
  static boolean isForeignKeyViolation(SQLException e) {
    return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
  }

  /** Whether a value was longer than its column allows (SQLSTATE 22001). */
  static boolean isTooLong(SQLException e) {
    return "22001".equals(e.getSQLState());
  }

  /**
   * Whether the statement lost a race on a row another transaction changed: a serialization failure
   * (SQLSTATE 40001) or H2's concurrent update (vendor code 90131).
   */
  static boolean isConcurrentUpdate(SQLException e) {
    return "40001".equals(e.getSQLState()) || e.getErrorCode() == 90131;
  }

  /** The database failure ({@link StoreException#database}), at {@code table}. */
  static StoreException failure(String table, String what, SQLException e) {
    return StoreException.database(table, what, e);
  }

  /** A row refused as {@link StoreException.Reason#INCONSISTENT_ROW}. */
  static StoreException inconsistent(String table, String key, String detail) {
    return new StoreException(StoreException.Reason.INCONSISTENT_ROW, StoreException.row(table, key), detail, ImmutableList.of());
  }

  /**
   * The value of a row's document, of the form's version or an older one it upcasts
   * ({@link StoreException#decode}).
   *
   * @throws StoreException if the format column names another form or a version the form does not
   *     read, or the document does not read
   */
  static <T> T decode(JsonForm<T> form, String table, String key, String format, String document) {
    return StoreException.decode(form, StoreException.row(table, key), format, document);
  }

  /** Sets a nullable text parameter. */
  static void setText(PreparedStatement s, int index, @Nullable String value) throws SQLException {
    if (value == null) {
      s.setNull(index, java.sql.Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  /** A text column the schema declares NOT NULL. */
  static String text(ResultSet rs, String column, String table, String key) throws SQLException {
    String v = rs.getString(column);
    if (v == null) {
      throw inconsistent(table, key, "column " + column + " is empty");
    }
    return v;
  }
}
