package org.creditgov.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.procedure.ProcedureEvent;
import org.creditgov.rules.sync.Change;

/**
 * The events of one kind of procedure in {@code creditgov_event} (the shared mechanism of the
 * designation and repair stores): rows keyed (stream type, stream id, version), each event in its
 * canonical JSON form with the format in a column, read back through the form (older versions
 * upcast). An append runs in one transaction: it reads the stored history (not for a new case),
 * compares versions,
 * inserts the events (the primary key makes a racing writer's insert fail, mapped to a conflict),
 * inserts the outbox rows of its messages and updates the projection from the whole history.
 *
 * @param <I> the case id
 * @param <E> the events
 * @param <M> the outbox messages
 */
final class EventLog<I extends Comparable<I>, E extends ProcedureEvent<I>, M> {

  /** Updates a projection from a case's whole history, inside the append's transaction. */
  @FunctionalInterface
  interface Projection<E> {
    void update(Connection c, List<E> history) throws SQLException;
  }

  private static final String LOAD =
      "SELECT version, format, payload FROM creditgov_event WHERE stream_type = ? AND stream_id = ? ORDER BY version";
  private static final String INSERT =
      "INSERT INTO creditgov_event (stream_type, stream_id, version, format, payload, stored_at) VALUES (?, ?, ?, ?, ?, ?)";

  private final Database db;
  private final String streamType;
  private final Function<String, I> idOf;
  private final Function<I, String> idText;
  private final JsonForm<E> form;
  private final Function<? super M, Change> changeOf;
  private final JdbcOutbox outbox;
  private final Projection<E> projection;

  EventLog(Database db, String streamType, Function<String, I> idOf, Function<I, String> idText, JsonForm<E> form,
      Function<? super M, Change> changeOf, JdbcOutbox outbox, Projection<E> projection) {
    this.db = db;
    this.streamType = streamType;
    this.idOf = idOf;
    this.idText = idText;
    this.form = form;
    this.changeOf = changeOf;
    this.outbox = outbox;
    this.projection = projection;
  }

  ImmutableList<E> load(I id) {
    requireNonNull(id, "id");
    return db.transaction(location(id), c -> load(c, id));
  }

  /** The stored history of {@code id}, checked: versions 1, 2, 3 … of this case, each row readable. */
  ImmutableList<E> load(Connection c, I id) throws SQLException {
    String key = idText.apply(id);
    ImmutableList.Builder<E> events = ImmutableList.builder();
    try (PreparedStatement s = c.prepareStatement(LOAD)) {
      s.setString(1, streamType);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        long expected = 1;
        while (rs.next()) {
          long version = rs.getLong(1);
          String where = "creditgov_event(" + streamType + ", " + key + ", " + version + ")";
          if (version != expected) {
            throw new StoreException(StoreException.Reason.BROKEN_HISTORY, where,
                "version " + version + " where " + expected + " was expected", ImmutableList.of());
          }
          E e = decode(where, rs.getString(2), rs.getString(3));
          if (!e.caseId().equals(id) || e.version() != version) {
            throw new StoreException(StoreException.Reason.BROKEN_HISTORY, where,
                "the row holds version " + e.version() + " of case " + idText.apply(e.caseId()), ImmutableList.of());
          }
          events.add(e);
          expected++;
        }
      }
    }
    return events.build();
  }

  private E decode(String where, String format, String payload) {
    return StoreException.decode(form, where, format, payload);
  }

  /** Thrown inside an append's transaction when another writer stored the version first; the transaction is rolled back. */
  private static final class VersionTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VersionTaken() {
      super(null, null, false, false);
    }
  }

  AppendResult append(I id, long expectedVersion, List<? extends E> events, List<? extends M> messages) {
    requireNonNull(id, "id");
    checkArgument(expectedVersion >= 0, "expectedVersion must not be negative: %s", expectedVersion);
    ImmutableList<E> added = ImmutableList.copyOf(events);
    checkArgument(!added.isEmpty(), "nothing to append");
    List<Change> changes = new ArrayList<>(messages.size());
    for (M m : messages) {
      changes.add(changeOf.apply(requireNonNull(m, "message")));
    }
    List<String> payloads = new ArrayList<>(added.size());
    for (int i = 0; i < added.size(); i++) {
      E e = added.get(i);
      checkArgument(e.caseId().equals(id), "an event of case %s appended to %s", e.caseId(), id);
      checkArgument(e.version() == expectedVersion + 1 + i, "event version %s where %s was expected", e.version(),
          expectedVersion + 1 + i);
      payloads.add(form.encode(e));
    }
    String key = idText.apply(id);
    try {
      return db.transaction(location(id), c -> {
        // a new case needs no read: if it exists, version 1's key is taken and the insert says so
        ImmutableList<E> history = expectedVersion == 0 ? ImmutableList.of() : load(c, id);
        if (history.size() != expectedVersion) {
          return new AppendResult.Conflict(expectedVersion, history.size());
        }
        long now = db.nowMillis();
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
          for (int i = 0; i < added.size(); i++) {
            s.setString(1, streamType);
            s.setString(2, key);
            s.setLong(3, added.get(i).version());
            s.setString(4, form.format());
            s.setString(5, payloads.get(i));
            s.setLong(6, now);
            s.addBatch();
          }
          s.executeBatch();
        } catch (SQLException e) {
          if (db.dialect().isKeyTaken(e)) {
            throw new VersionTaken();
          }
          throw e;
        }
        outbox.insert(c, changes, now);
        projection.update(c, ImmutableList.<E>builderWithExpectedSize(history.size() + added.size())
            .addAll(history).addAll(added).build());
        return new AppendResult.Appended(expectedVersion + added.size());
      });
    } catch (VersionTaken taken) {
      return new AppendResult.Conflict(expectedVersion, storedVersion(id));
    } catch (StoreException e) {
      if (e.reason() == StoreException.Reason.DATABASE && e.getCause() instanceof SQLException
          && db.dialect().isKeyTaken((SQLException) e.getCause())) {
        return new AppendResult.Conflict(expectedVersion, storedVersion(id)); // a racing writer, seen at commit
      }
      throw e;
    }
  }

  private long storedVersion(I id) {
    return db.transaction(location(id), c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT MAX(version) FROM creditgov_event WHERE stream_type = ? AND stream_id = ?")) {
        s.setString(1, streamType);
        s.setString(2, idText.apply(id));
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? rs.getLong(1) : 0L;
        }
      }
    });
  }

  ImmutableList<I> ids() {
    return db.transaction("creditgov_event(" + streamType + ")", c -> {
      List<I> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT stream_id FROM creditgov_event WHERE stream_type = ? AND version = 1")) {
        s.setString(1, streamType);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.add(idOf.apply(rs.getString(1)));
          }
        }
      }
      return ImmutableList.sortedCopyOf(ids);
    });
  }

  private String location(I id) {
    return "creditgov_event(" + streamType + ", " + idText.apply(id) + ")";
  }
}
