package org.creditgov.store.jdbc;

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
import java.util.OptionalInt;
import java.util.function.Function;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimes;
import org.creditgov.rules.repair.RepairStatus;
import org.creditgov.rules.repair.StepTiming;
import org.creditgov.rules.sync.Change;

/**
 * The repair store on the database (REP-2, REP-3), for {@code RepairService.Builder.store}: the
 * cases' events in {@code creditgov_event} (stream type {@code repair}, canonical form {@code
 * creditgov-repair-event/1}), an approval's changes in the outbox, and the case's row in the
 * projection, all in one transaction per append, as {@link JdbcDesignationStore} does. {@link
 * #pendingPast} lists the cases still awaiting a step whose last day has passed. Thread-safe.
 */
public final class JdbcRepairStore implements EventStore<RepairId, RepairEvent, Change> {

  private static final String ROW =
      "repair_id, version, status, department, subject_type, subject_id, applied_on, accepted_on, due_on, closed_on";

  private final Database db;
  private final EventLog<RepairId, RepairEvent, Change> log;
  private final String upsert;
  private final Optional<RepairRegimes> regimes;
  private final WorkingDayCalendar calendar;

  JdbcRepairStore(Database db, JdbcOutbox outbox, JsonForm<RepairEvent> form, Optional<RepairRegimes> regimes,
      WorkingDayCalendar calendar) {
    this.db = db;
    this.regimes = regimes;
    this.calendar = calendar;
    this.upsert = db.dialect().upsert("creditgov_repair", List.of("repair_id"), List.of(ROW.split(", ")));
    this.log = new EventLog<>(db, "repair", RepairId::of, RepairId::value, form, Function.identity(), outbox,
        (c, history) -> project(c, Repair.replay(history)));
  }

  private void project(Connection c, Repair r) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(upsert)) {
      s.setString(1, r.id().value());
      s.setLong(2, r.version());
      s.setString(3, r.status().name());
      s.setString(4, r.application().department());
      s.setString(5, r.application().subject().type().name());
      s.setString(6, r.application().subject().identifier());
      s.setObject(7, r.application().appliedOn());
      s.setObject(8, r.acceptedOn().orElse(null));
      s.setObject(9, dueOn(r).orElse(null));
      s.setObject(10, r.closedOn().orElse(null));
      s.executeUpdate();
    }
  }

  /** The last day of the step a case awaits: the feedback (recorded with the application), or the decision (from its regime). */
  private Optional<LocalDate> dueOn(Repair r) {
    if (r.status() == RepairStatus.APPLIED) {
      return r.feedbackDue().flatMap(StepTiming::lastDay);
    }
    if (r.status() != RepairStatus.ACCEPTED || r.acceptedOn().isEmpty() || regimes.isEmpty()) {
      return Optional.empty();
    }
    Optional<RepairRegime> regime = regimes.get().all().stream().filter(g -> g.id().equals(r.regimeId())).findFirst();
    OptionalInt days = regime.map(g -> g.timeLimits().decisionWorkingDays()).orElse(OptionalInt.empty());
    if (days.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(calendar.deadline(r.acceptedOn().get(), days.getAsInt()).value());
    } catch (DateOutOfCalendarException e) {
      return Optional.empty(); // not counted: the calendar does not cover it (never answered as official)
    }
  }

  @Override
  public ImmutableList<RepairEvent> load(RepairId id) {
    return log.load(id);
  }

  @Override
  public AppendResult append(RepairId id, long expectedVersion, List<? extends RepairEvent> events,
      List<? extends Change> messages) {
    return log.append(id, expectedVersion, events, messages);
  }

  @Override
  public ImmutableList<RepairId> ids() {
    return log.ids();
  }

  /**
   * The cases still applied for or accepted whose awaited step's last day is before {@code date}
   * (REP-2: overdue feedback or decision), by id.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public ImmutableList<RepairRow> pendingPast(LocalDate date) {
    requireNonNull(date, "date");
    return rows(" WHERE status IN ('APPLIED', 'ACCEPTED') AND due_on < ?", date);
  }

  /** The projection's row of {@code id}; empty if there is no such case. */
  public Optional<RepairRow> row(RepairId id) {
    requireNonNull(id, "id");
    return rows(" WHERE repair_id = ?", id.value()).stream().findFirst();
  }

  private ImmutableList<RepairRow> rows(String where, Object arg) {
    return db.transaction("creditgov_repair", c -> {
      List<RepairRow> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + ROW + " FROM creditgov_repair" + where)) {
        s.setObject(1, arg);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(row(rs));
          }
        }
      }
      out.sort((a, b) -> a.id().compareTo(b.id()));
      return ImmutableList.copyOf(out);
    });
  }

  private static RepairRow row(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    try {
      return new RepairRow(RepairId.of(id), rs.getLong(2), RepairStatus.valueOf(rs.getString(3)), rs.getString(4),
          SubjectRef.of(SubjectType.valueOf(rs.getString(5)), rs.getString(6)), rs.getObject(7, LocalDate.class),
          Optional.ofNullable(rs.getObject(8, LocalDate.class)), Optional.ofNullable(rs.getObject(9, LocalDate.class)),
          Optional.ofNullable(rs.getObject(10, LocalDate.class)));
    } catch (IllegalArgumentException e) {
      throw new StoreException(StoreException.Reason.UNREADABLE_ROW, "creditgov_repair(" + id + ")",
          "a value the row's type refuses", ImmutableList.of());
    }
  }

  @Override
  public String toString() {
    return "JdbcRepairStore[" + db.dialect() + "]";
  }
}
