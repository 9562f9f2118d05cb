package org.creditgov.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.SyncJson;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.SyncTarget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Appends on an embedded PostgreSQL with 8 threads (DES-7, REP-3), in appends per second: the
 * {@code JdbcDesignationStore} appending a designation's proposal with a listing change (one
 * transaction: the version check, the event row, two outbox rows, the projection row from the
 * replayed designation), beside plain JDBC inserting the same rows in the same transactions (the
 * payloads encoded per append too, no check, no replay). Target: at least 0.7 × the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
public class StoreAppendBenchmark {

  private BenchDatabase db;
  private final AtomicLong next = new AtomicLong();

  @Setup(Level.Trial)
  public void start() {
    db = new BenchDatabase();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    db.close();
  }

  /** The library: one append through the store. */
  @Benchmark
  public AppendResult store() {
    DesignationEvent.Proposed e = db.proposal("S-" + next.incrementAndGet());
    return db.stores.designations().append(e.designationId(), 0, List.of(e), List.of(BenchDatabase.change(e)));
  }

  /** The baseline: the same four rows in one transaction with plain JDBC. */
  @Benchmark
  public int plainJdbc() throws SQLException {
    DesignationEvent.Proposed e = db.proposal("P-" + next.incrementAndGet());
    Change change = Change.of(BenchDatabase.change(e));
    String payload = SyncJson.CHANGE.encode(change);
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      int n = 0;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO creditgov_event (stream_type, stream_id, version,"
          + " format, payload, stored_at) VALUES ('designation', ?, 1, ?, ?, 0)")) {
        s.setString(1, e.designationId().value());
        s.setString(2, DesignationJson.EVENT.format());
        s.setString(3, DesignationJson.EVENT.encode(e));
        n += s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO creditgov_outbox (target, change_id, subject_key,"
          + " department, change_on, format, payload, state, attempts, next_attempt_at, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, 0, 0)")) {
        for (SyncTarget t : List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM)) {
          s.setString(1, t.code());
          s.setString(2, change.changeId());
          s.setString(3, change.subject().type().name() + ':' + change.subject().identifier());
          s.setString(4, change.department());
          s.setObject(5, change.on());
          s.setString(6, SyncJson.CHANGE.format());
          s.setString(7, payload);
          s.addBatch();
        }
        n += s.executeBatch().length;
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO creditgov_designation (designation_id, version,"
          + " list_type_code, subject_type, subject_id, department, status, proposed_on) VALUES (?, 1, ?, ?, ?, ?, 'PROPOSED', ?)")) {
        s.setString(1, e.designationId().value());
        s.setString(2, e.listType().code());
        s.setString(3, e.subject().type().name());
        s.setString(4, e.subject().identifier());
        s.setString(5, e.actor().department());
        s.setObject(6, e.on());
        n += s.executeUpdate();
      }
      c.commit();
      return n;
    }
  }
}
