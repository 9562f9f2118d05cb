package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;

/**
 * The one typed exception of the stores (DES-7, REP-3): a stored row that cannot be read, or a
 * database that failed, with a {@link #reason()} and the row's {@link #location()} (table and key,
 * never its content). A read that meets a bad row answers nothing rather than half a history; a
 * write that fails leaves nothing half-written (its transaction is rolled back). Messages name
 * tables, streams and versions only: no payload, no subject.
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

  StoreException(Reason reason, String location, String message, ImmutableList<DataProblem> problems) {
    super(reason.name() + " at " + location + ": " + message);
    this.reason = requireNonNull(reason, "reason");
    this.location = requireNonNull(location, "location");
    this.problems = requireNonNull(problems, "problems");
  }

  StoreException(Reason reason, String location, String message, Throwable cause) {
    super(reason.name() + " at " + location + ": " + message, cause);
    this.reason = requireNonNull(reason, "reason");
    this.location = requireNonNull(location, "location");
    this.problems = ImmutableList.of();
  }

  /** Why the store refused. */
  public Reason reason() {
    return reason;
  }

  /** Where: the table and the row's key, such as {@code creditgov_event(designation, D-1, 3)}. */
  public String location() {
    return location;
  }

  /** For an unreadable row, the problems its form found (their codes and pointers); empty otherwise. */
  public ImmutableList<DataProblem> problems() {
    return problems == null ? ImmutableList.of() : problems;
  }
}
