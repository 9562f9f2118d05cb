package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.SQLException;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonFormException;
import org.jspecify.annotations.Nullable;

/**
 * The one typed exception of the stores (DES-7, REP-3, PRI-2, SEC-1): a stored row that cannot be
 * read, or a database that failed, with a {@link #reason()} and the row's {@link #location()}
 * (table and key, never its content). A read that meets a bad row answers nothing rather than half
 * a history; a write that fails leaves nothing half-written (its transaction is rolled back).
 * Messages name tables, keys (a case's, a consent's or a query's id, never a subject's identifier)
 * and versions only: no payload, no subject.
 *
 * <p>A database's own message can echo a row's values (PostgreSQL's "Failing row contains …"), so
 * for a database failure the driver's exception is kept as the cause only when its SQLSTATE is
 * neither a data exception (class 22) nor an integrity violation (class 23); {@link #sqlState()}
 * always says which it was.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the store refused. */
  public enum Reason implements Bilingual {
    /** A stored row's JSON cannot be read in its form (malformed, or a value its type refuses). */
    UNREADABLE_ROW("存储的记录无法读取", "a stored row cannot be read"),
    /** A stored row names a format (or a version of it) the store does not read. */
    UNKNOWN_FORMAT("存储的记录格式无法识别", "a stored row has a format the store does not read"),
    /** A stored history has a gap in its versions, or a row that belongs to another case or version. */
    BROKEN_HISTORY("存储的事件记录不连续或不一致", "a stored history has a gap or a row of another case"),
    /** A stored row's columns contradict its document, or a column holds a value no value may have. */
    INCONSISTENT_ROW("存储的记录与其内容不一致", "a stored row's columns contradict its document"),
    /** An outbox row names a connected system the store was not configured with. */
    UNKNOWN_TARGET("存储的推送对象未配置", "an outbox row names a target the store does not know"),
    /** The database refused or failed (connection, SQL, schema not migrated). */
    DATABASE("数据库访问失败", "the database failed");

    private final String nameZh;
    private final String nameEn;

    Reason(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
      return nameZh;
    }

    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  private final Reason reason;
  private final String location;
  private final transient ImmutableList<DataProblem> problems;
  private final @Nullable String sqlState;

  StoreException(Reason reason, String location, String message, ImmutableList<DataProblem> problems) {
    super(reason.name() + " at " + location + ": " + message);
    this.reason = requireNonNull(reason, "reason");
    this.location = requireNonNull(location, "location");
    this.problems = requireNonNull(problems, "problems");
    this.sqlState = null;
  }

  StoreException(Reason reason, String location, String message, Throwable cause) {
    this(reason, location, message, null, cause);
  }

  private StoreException(Reason reason, String location, String message, @Nullable String sqlState,
      @Nullable Throwable cause) {
    super(reason.name() + " at " + location + ": " + message, cause);
    this.reason = requireNonNull(reason, "reason");
    this.location = requireNonNull(location, "location");
    this.problems = ImmutableList.of();
    this.sqlState = sqlState;
  }

  /**
   * The database's failure at {@code location} while doing {@code what}: its SQLSTATE and vendor
   * code in the message, the driver's exception as cause only where its message cannot echo a
   * row's values.
   */
  static StoreException database(String location, String what, SQLException e) {
    String state = e.getSQLState();
    boolean mayEchoValues = state == null || state.startsWith("22") || state.startsWith("23");
    return new StoreException(Reason.DATABASE, location, what + " failed (SQLSTATE " + state + ", vendor code "
        + e.getErrorCode() + ")", state, mayEchoValues ? null : e);
  }

  /** The location of a row: its table and key, {@code cg_consent(C-1)}. */
  static String row(String table, String key) {
    return table + "(" + key + ")";
  }

  /**
   * The value of a stored document of {@code form}, in the form's version or an older one it
   * upcasts.
   *
   * @throws StoreException {@link Reason#UNKNOWN_FORMAT} if {@code format} names another form or a
   *     version the form does not read; {@link Reason#UNREADABLE_ROW} with the located problems if
   *     the document does not read
   */
  static <T> T decode(JsonForm<T> form, String location, String format, String document) {
    String prefix = "creditgov-" + form.type() + "/";
    int version = format.startsWith(prefix) ? parseVersion(format.substring(prefix.length())) : -1;
    if (version < form.oldestVersion() || version > form.version()) {
      throw new StoreException(Reason.UNKNOWN_FORMAT, location,
          "format " + format + " (reads " + prefix + form.oldestVersion() + " to " + form.version() + ")", ImmutableList.of());
    }
    try {
      return form.decode(document, location);
    } catch (JsonFormException e) {
      throw new StoreException(Reason.UNREADABLE_ROW, location,
          "not a " + form.format() + " document: " + e.problems().stream().map(p -> p.type().code() + " at " + p.pointer())
              .reduce((a, b) -> a + ", " + b).orElse(""), e.problems());
    }
  }

  private static int parseVersion(String text) {
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.startsWith("0")) {
      return -1;
    }
    return Integer.parseInt(text);
  }

  /** Why the store refused. */
  public Reason reason() {
    return reason;
  }

  /** Where: the table and the row's key, such as {@code creditgov_event(designation, D-1, 3)}. */
  public String location() {
    return location;
  }

  /** For a database failure, its SQLSTATE; empty otherwise, or when the driver gave none. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  /** For an unreadable row, the problems its form found (their codes and pointers); empty otherwise. */
  public ImmutableList<DataProblem> problems() {
    return problems == null ? ImmutableList.of() : problems;
  }
}
