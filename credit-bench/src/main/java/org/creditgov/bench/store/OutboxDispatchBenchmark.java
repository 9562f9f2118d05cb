package org.creditgov.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.json.SyncJson;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.store.jdbc.ChangeSender;
import org.creditgov.store.jdbc.Dispatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Outbox dispatch to an in-process target (REP-3), in messages per second: 10,000 deliveries (5,000
 * changes to 2 targets, over 2,500 subjects) dispatched by a {@code Dispatcher} of 8 threads —
 * claims with SKIP LOCKED and leases, in order per subject, acknowledgements recorded — beside a
 * bare JDBC read of the same rows and one batch update marking them acknowledged (no claim, no
 * order, no lease). Target: at least 5,000 messages per second. Each invocation refills the outbox.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OutboxDispatchBenchmark {

  static final int CHANGES = 5_000;
  static final int MESSAGES = 2 * CHANGES;

  private BenchDatabase db;
  private int round;

  @Setup(Level.Trial)
  public void start() {
    db = new BenchDatabase();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    db.close();
  }

  @Setup(Level.Invocation)
  public void fill() throws SQLException {
    round++;
    db.execute("DELETE FROM creditgov_outbox");
    LocalDate day = LocalDate.of(2025, 6, 2);
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO creditgov_outbox (target, change_id, subject_key, department, change_on, format, payload, state,"
            + " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, '测试局', ?, ?, ?, 'PENDING', 0, 0, 0)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < CHANGES; i++) {
        SubjectRef subject = SubjectRef.of(SubjectType.LEGAL_PERSON, String.format("91640381%09dX", i % 2_500));
        Change change = new Change("bench:" + round + ":" + i, ChangeKind.LISTED, subject, "ITEM", "决-" + i, "测试局", day,
            "bench:" + i);
        String payload = SyncJson.CHANGE.encode(change);
        for (SyncTarget t : List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM)) {
          s.setString(1, t.code());
          s.setString(2, change.changeId());
          s.setString(3, "LEGAL_PERSON:" + subject.identifier());
          s.setObject(4, day);
          s.setString(5, SyncJson.CHANGE.format());
          s.setString(6, payload);
          s.addBatch();
        }
      }
      s.executeBatch();
      c.commit();
    }
    db.execute("ANALYZE creditgov_outbox");
  }

  /** The library: 8 dispatcher threads until every delivery is acknowledged. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public long dispatcher() throws InterruptedException {
    AtomicLong received = new AtomicLong();
    ChangeSender target = c -> received.incrementAndGet();
    try (Dispatcher d = db.stores.outbox().dispatcher(Map.of(SyncTarget.CREDIT_CHINA, target,
        SyncTarget.SHARING_PLATFORM, target), 8).start()) {
      while (d.acknowledged() < MESSAGES) {
        Thread.sleep(1);
      }
    }
    return received.get();
  }

  /** The baseline: read every row, hand it to the target, mark them all acknowledged in one batch. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public long bareJdbc() throws SQLException {
    List<Long> seqs = new ArrayList<>(MESSAGES);
    long received = 0;
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("SELECT seq, payload FROM creditgov_outbox WHERE state = 'PENDING'");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          seqs.add(rs.getLong(1));
          received += SyncJson.CHANGE.decode(rs.getString(2)).changeId().length() > 0 ? 1 : 0;
        }
      }
      try (PreparedStatement u = c.prepareStatement(
          "UPDATE creditgov_outbox SET state = 'ACKNOWLEDGED', acknowledged_on = ? WHERE seq = ?")) {
        for (long seq : seqs) {
          u.setObject(1, LocalDate.of(2025, 6, 2));
          u.setLong(2, seq);
          u.addBatch();
        }
        u.executeBatch();
      }
      c.commit();
    }
    return received;
  }
}
