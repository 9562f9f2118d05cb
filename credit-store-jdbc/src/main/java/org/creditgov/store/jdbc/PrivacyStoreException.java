package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A consent or query-log row that does not read, or a database that failed (PRI-2, SEC-1): one
 * typed exception with its {@link Reason}, the table and the row's key (a consent's or query's id,
 * never a subject's identifier), and for a database failure its SQLSTATE. Nothing is half-read:
 * the lookup that met the row returns nothing.
 *
 * <p>The message never holds personal data: a database's own message can echo a row's values
 * (PostgreSQL's "Failing row contains …"), so the driver's exception is kept as the cause only
 * when its SQLSTATE is neither a data exception (class 22) nor an integrity violation (class 23).
 */
public final class PrivacyStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a row was refused or a statement failed. */
  public enum Reason {
    /** The row's format column names a form or version the store does not read. */
    UNKNOWN_FORMAT,
    /** The row's document is not a document of its form (the cause says where). */
    UNREADABLE_DOCUMENT,
    /** The row's columns contradict its document or hold a value no value may have (a version below 1 …). */
    INCONSISTENT_ROW,
    /** The database refused or failed a statement. */
    DATABASE_FAILURE
  }

  private final Reason reason;
  private final String table;
  private final String key;
  private final @Nullable String sqlState;

  PrivacyStoreException(Reason reason, String table, String key, String detail, @Nullable String sqlState,
      @Nullable Throwable cause) {
    super(reason + " in " + table + (key.isEmpty() ? "" : " row " + key) + ": " + detail, cause);
    this.reason = requireNonNull(reason, "reason");
    this.table = requireNonNull(table, "table");
    this.key = requireNonNull(key, "key");
    this.sqlState = sqlState;
  }

  /** Why the row was refused or the statement failed. */
  public Reason reason() {
    return reason;
  }

  /** The table, such as {@code cg_consent}. */
  public String table() {
    return table;
  }

  /** The key of the row refused (a consent's or a query's id, a review's sequence number); empty for a failed statement. */
  public String key() {
    return key;
  }

  /** The SQLSTATE of a database failure. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
