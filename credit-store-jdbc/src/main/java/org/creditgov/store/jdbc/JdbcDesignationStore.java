package org.creditgov.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeLookup;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.sync.Change;

/**
 * The designation store on the database (DES-6, DES-7, REP-3): each append, in one transaction,
 * checks the stored version, inserts the events (keyed (designation, id, version): of two
 * concurrent writers the second gets {@link AppendResult.Conflict} and nothing is stored), inserts
 * one outbox row per connected system for each {@link ListingChange} ({@link Change#of}), and
 * updates the designation's row in the projection from the replayed history. Events are kept in
 * their canonical form ({@code creditgov-designation-event/1}) and read back equal.
 *
 * <p>The queries read the projection, never a replay: {@link #isListed} (is this subject on a list
 * on this date), {@link #publishedListOn} (the published list on a date), {@link #find}
 * (designations by department, list type and status, keyset-paged). Thread-safe.
 */
public final class JdbcDesignationStore implements DesignationStore {

  private static final String ROW = "designation_id, version, list_type_code, subject_type, subject_id, department,"
      + " status, proposed_on, listed_from, listed_until, decision_number";

  private final Database db;
  private final EventLog<DesignationId, DesignationEvent, ListingChange> log;
  private final String upsert;

  JdbcDesignationStore(Database db, JdbcOutbox outbox, JsonForm<DesignationEvent> form, WorkingDayCalendar calendar,
      ListTypeLookup listTypes) {
    this.db = db;
    this.upsert = db.dialect().upsert("creditgov_designation", List.of("designation_id"), List.of(ROW.split(", ")));
    this.log = new EventLog<>(db, "designation", DesignationId::of, DesignationId::value, form, Change::of, outbox,
        (c, history) -> project(c, Designation.replay(history, calendar, listTypes)));
  }

  private void project(Connection c, Designation d) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(upsert)) {
      s.setString(1, d.id().value());
      s.setLong(2, d.version());
      s.setString(3, d.listType().code());
      s.setString(4, d.subjectRef().type().name());
      s.setString(5, d.subjectRef().identifier());
      s.setString(6, d.events().get(0).actor().department());
      s.setString(7, d.statusOnLastStep().name());
      s.setObject(8, d.proposedOn());
      s.setObject(9, d.listedFrom().orElse(null));
      s.setObject(10, d.listedUntil().orElse(null));
      s.setString(11, d.decision().flatMap(x -> x.documentNumber()).orElse(null));
      s.executeUpdate();
    }
  }

  @Override
  public ImmutableList<DesignationEvent> load(DesignationId id) {
    return log.load(id);
  }

  @Override
  public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> events,
      List<? extends ListingChange> messages) {
    return log.append(id, expectedVersion, events, messages);
  }

  @Override
  public ImmutableList<DesignationId> ids() {
    return log.ids();
  }

  // ------------------------------------------------------------------ queries

  /**
   * Whether {@code subject} is on any published list on {@code date} (DES-6).
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean isListed(SubjectRef subject, LocalDate date) {
    return !listingsOf(subject, date).isEmpty();
  }

  /**
   * The designations that put {@code subject} on a published list on {@code date}, by id (DES-6).
   *
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<DesignationRow> listingsOf(SubjectRef subject, LocalDate date) {
    requireNonNull(subject, "subject");
    requireNonNull(date, "date");
    return rows(" WHERE subject_type = ? AND subject_id = ? AND listed_from <= ? AND listed_until > ?",
        List.of(subject.type().name(), subject.identifier(), date, date), true);
  }

  /**
   * The published list on {@code date} (DES-6): every designation listed that day, by id; the same
   * designations as {@code DesignationService.publishedListOn(date)}, read from the projection.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public ImmutableList<DesignationRow> publishedListOn(LocalDate date) {
    requireNonNull(date, "date");
    return rows(" WHERE listed_from <= ? AND listed_until > ?", List.of(date, date), true);
  }

  /** The projection's row of {@code id}; empty if there is no such designation. */
  public Optional<DesignationRow> row(DesignationId id) {
    requireNonNull(id, "id");
    return rows(" WHERE designation_id = ?", List.of(id.value()), false).stream().findFirst();
  }

  /**
   * One page of the designations {@code query} selects, after the key {@code after} (from the
   * previous page's {@link Page#next()}), at most {@code limit}, in the database's order of ids.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   * @throws NullPointerException if an argument is null
   */
  public Page<DesignationRow, DesignationId> find(DesignationQuery query, Optional<DesignationId> after, int limit) {
    requireNonNull(query, "query");
    requireNonNull(after, "after");
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    query.department().ifPresent(d -> {
      where.append(" AND department = ?");
      args.add(d);
    });
    query.listTypeCode().ifPresent(t -> {
      where.append(" AND list_type_code = ?");
      args.add(t);
    });
    query.status().ifPresent(s -> {
      where.append(" AND status = ?");
      args.add(s.name());
    });
    after.ifPresent(a -> {
      where.append(" AND designation_id > ?");
      args.add(a.value());
    });
    where.append(" ORDER BY designation_id LIMIT ").append(limit + 1);
    ImmutableList<DesignationRow> rows = rows(where.toString(), args, false);
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    ImmutableList<DesignationRow> page = rows.subList(0, limit);
    return new Page<>(page, Optional.of(page.get(limit - 1).id()));
  }

  private ImmutableList<DesignationRow> rows(String where, List<?> args, boolean sortById) {
    return db.transaction("creditgov_designation", c -> {
      List<DesignationRow> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + ROW + " FROM creditgov_designation" + where)) {
        for (int i = 0; i < args.size(); i++) {
          s.setObject(i + 1, args.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(row(rs));
          }
        }
      }
      if (sortById) {
        out.sort((a, b) -> a.id().compareTo(b.id()));
      }
      return ImmutableList.copyOf(out);
    });
  }

  private static DesignationRow row(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    try {
      LocalDate until = rs.getObject(10, LocalDate.class);
      return new DesignationRow(DesignationId.of(id), rs.getLong(2), rs.getString(3),
          SubjectRef.of(SubjectType.valueOf(rs.getString(4)), rs.getString(5)), rs.getString(6),
          Status.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
          Optional.ofNullable(rs.getObject(9, LocalDate.class)),
          Optional.ofNullable(until).map(u -> u.minusDays(1)), Optional.ofNullable(rs.getString(11)));
    } catch (IllegalArgumentException e) {
      throw new StoreException(StoreException.Reason.UNREADABLE_ROW, "creditgov_designation(" + id + ")",
          "a value the row's type refuses", ImmutableList.of());
    }
  }

  @Override
  public String toString() {
    return "JdbcDesignationStore[" + db.dialect() + "]";
  }
}
