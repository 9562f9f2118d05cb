package org.creditgov.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.rules.json.SyncJson;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.DeliveryState;
import org.creditgov.rules.sync.SameDayReport;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.jspecify.annotations.Nullable;

/**
 * The transactional outbox on the database (REP-3, 当日同步): one row per (target, change id) in
 * {@code creditgov_outbox}, written by the event stores in the transaction of the event that
 * causes it (no dual write), or by {@link #enqueue} for a relay. It is a {@link SyncStore}, so
 * {@link SameDayReport#of SameDayReport.of(outbox, day)} reports on it, and it dispatches its
 * rows ({@link #dispatch}, or a {@link Dispatcher} of many threads in many processes):
 *
 * <ul>
 *   <li>a round claims, for one target, only the oldest open delivery of each subject (open:
 *       pending or sent, not acknowledged, not dead), due (its backoff passed) and not leased, with
 *       {@code SELECT … FOR UPDATE SKIP LOCKED} so that dispatchers never wait on each other, and
 *       leases it (owner, until, from the injected clock); so deliveries reach a target in order
 *       per subject, and a slow or failing target holds up neither other targets nor other subjects;
 *   <li>rows are claimed by their state, never by "every sequence number after the last one seen":
 *       a transaction that commits after a later one is still dispatched;
 *   <li>the target's {@link ChangeSender} is called outside any transaction; an acknowledgement is
 *       recorded with the day (in China) it came, a failure with a backoff
 *       ({@link RetryPolicy}), the last allowed failure as a dead letter ({@link #deadLetters()},
 *       {@link #resubmit});
 *   <li>a dispatcher that dies between sending and recording leaves its lease to run out, and the
 *       delivery is sent again: delivery is at least once, and a target deduplicates by (target,
 *       change id), never by payload.
 * </ul>
 *
 * <p>A dead letter does not hold up the later deliveries of its subject. Thread-safe.
 */
public final class JdbcOutbox implements SyncStore {

  private static final String TABLE = "creditgov_outbox";
  private static final String COLUMNS = "seq, target, change_id, format, payload, state, attempts, acknowledged_on, last_error";
  private static final String OPEN = "('PENDING', 'SENT')";

  private final Database db;
  private final ImmutableList<SyncTarget> targets;
  private final ImmutableMap<String, SyncTarget> byCode;
  private final RetryPolicy policy;
  private final String insert;
  private final String claim;

  JdbcOutbox(Database db, List<SyncTarget> targets, RetryPolicy policy) {
    this.db = db;
    this.targets = ImmutableList.sortedCopyOf(targets);
    checkArgument(!this.targets.isEmpty(), "no target to deliver to");
    ImmutableMap.Builder<String, SyncTarget> codes = ImmutableMap.builder();
    this.targets.forEach(t -> codes.put(t.code(), t));
    this.byCode = codes.buildOrThrow();
    this.policy = requireNonNull(policy, "policy");
    this.insert = db.dialect().insertIfAbsent(TABLE, List.of("target", "change_id"), List.of("target", "change_id",
        "subject_key", "department", "change_on", "format", "payload", "state", "attempts", "next_attempt_at", "created_at"));
    this.claim = "SELECT o.seq, o.change_id, o.format, o.payload, o.attempts FROM creditgov_outbox o"
        + " WHERE o.target = ? AND o.state IN " + OPEN + " AND o.next_attempt_at <= ?"
        + " AND (o.lease_until IS NULL OR o.lease_until <= ?)"
        + " AND NOT EXISTS (SELECT 1 FROM creditgov_outbox p" + db.dialect().orderIndex() + " WHERE p.target = o.target AND p.subject_key = o.subject_key"
        + " AND p.seq < o.seq AND p.state IN " + OPEN + ")"
        + " ORDER BY o.seq LIMIT ?" + db.dialect().claimLock();
  }

  /** The connected systems every change goes to, by code. */
  public ImmutableList<SyncTarget> targets() {
    return targets;
  }

  /** The retry policy of dispatch. */
  public RetryPolicy policy() {
    return policy;
  }

  // ------------------------------------------------------------------ writing

  /** Inserts the deliveries of {@code changes} to every target not holding them yet, on {@code c}. */
  void insert(Connection c, List<Change> changes, long now) throws SQLException {
    if (changes.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(insert)) {
      for (Change change : changes) {
        String payload = SyncJson.CHANGE.encode(change);
        for (SyncTarget t : targets) {
          bind(s, t, change, payload, now);
          s.addBatch();
        }
      }
      s.executeBatch();
    }
  }

  private static void bind(PreparedStatement s, SyncTarget t, Change change, String payload, long now)
      throws SQLException {
    s.setString(1, t.code());
    s.setString(2, change.changeId());
    s.setString(3, subjectKey(change));
    s.setString(4, change.department());
    s.setObject(5, change.on());
    s.setString(6, SyncJson.CHANGE.format());
    s.setString(7, payload);
    s.setString(8, "PENDING");
    s.setInt(9, 0);
    s.setLong(10, now);
    s.setLong(11, now);
  }

  private static String subjectKey(Change change) {
    return change.subject().type().name() + ':' + change.subject().identifier();
  }

  @Override
  public ImmutableList<Delivery> enqueue(Change change) {
    requireNonNull(change, "change");
    return db.transaction(TABLE, c -> {
      ImmutableList.Builder<Delivery> created = ImmutableList.builder();
      long now = db.nowMillis();
      String payload = SyncJson.CHANGE.encode(change);
      try (PreparedStatement s = c.prepareStatement(insert)) {
        for (SyncTarget t : targets) {
          bind(s, t, change, payload, now);
          if (s.executeUpdate() > 0) { // 0: the target holds it already
            created.add(new Delivery(t, change, DeliveryState.PENDING, 0, Optional.empty()));
          }
        }
      }
      return created.build();
    });
  }

  @Override
  public Delivery sent(SyncTarget target, String changeId) {
    return update(target, changeId, "UPDATE creditgov_outbox SET attempts = attempts + 1,"
        + " state = CASE WHEN state = 'ACKNOWLEDGED' THEN state WHEN state = 'DEAD' THEN state ELSE 'SENT' END"
        + " WHERE target = ? AND change_id = ?", null);
  }

  @Override
  public Delivery acknowledged(SyncTarget target, String changeId, LocalDate day) {
    requireNonNull(day, "day");
    return update(target, changeId, "UPDATE creditgov_outbox SET state = 'ACKNOWLEDGED', acknowledged_on = ?,"
        + " lease_owner = NULL, lease_until = NULL WHERE target = ? AND change_id = ? AND state <> 'ACKNOWLEDGED'", day);
  }

  private Delivery update(SyncTarget target, String changeId, String sql, @Nullable LocalDate day) {
    requireNonNull(target, "target");
    requireNonNull(changeId, "changeId");
    return db.transaction(TABLE, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 1;
        if (day != null) {
          s.setObject(i++, day);
        }
        s.setString(i++, target.code());
        s.setString(i, changeId);
        s.executeUpdate();
      }
      List<Delivery> found = read(c, " WHERE target = ? AND change_id = ?", target.code(), changeId);
      checkArgument(!found.isEmpty(), "no delivery of %s to %s", changeId, target.code());
      return found.get(0);
    });
  }

  // ------------------------------------------------------------------ reading

  @Override
  public ImmutableList<Delivery> deliveries() {
    return db.transaction(TABLE, c -> read(c, "", new String[0]));
  }

  @Override
  public ImmutableList<Delivery> unacknowledged(SyncTarget target) {
    requireNonNull(target, "target");
    return db.transaction(TABLE, c -> read(c, " WHERE target = ? AND state <> 'ACKNOWLEDGED'", target.code()));
  }

  /** Deliveries by target then change id (sorted here: the database's collation may differ from Java's). */
  private ImmutableList<Delivery> read(Connection c, String where, String... args) throws SQLException {
    List<Delivery> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM creditgov_outbox" + where)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(delivery(rs));
        }
      }
    }
    out.sort((a, b) -> {
      int t = a.target().compareTo(b.target());
      return t != 0 ? t : a.change().changeId().compareTo(b.change().changeId());
    });
    return ImmutableList.copyOf(out);
  }

  private Delivery delivery(ResultSet rs) throws SQLException {
    long seq = rs.getLong(1);
    SyncTarget target = target(seq, rs.getString(2));
    Change change = change(seq, rs.getString(4), rs.getString(5));
    String state = rs.getString(6);
    int attempts = rs.getInt(7);
    LocalDate ack = rs.getObject(8, LocalDate.class);
    DeliveryState s = switch (state) {
      case "ACKNOWLEDGED" -> DeliveryState.ACKNOWLEDGED;
      case "PENDING" -> DeliveryState.PENDING;
      case "SENT" -> DeliveryState.SENT;
      case "DEAD" -> attempts > 0 ? DeliveryState.SENT : DeliveryState.PENDING;
      default -> throw new StoreException(StoreException.Reason.UNREADABLE_ROW, where(seq), "unknown state " + state,
          ImmutableList.of());
    };
    return new Delivery(target, change, s, attempts, Optional.ofNullable(ack));
  }

  private SyncTarget target(long seq, String code) {
    SyncTarget t = byCode.get(code);
    if (t == null) {
      throw new StoreException(StoreException.Reason.UNKNOWN_TARGET, where(seq), "target " + code, ImmutableList.of());
    }
    return t;
  }

  private static Change change(long seq, String format, String payload) {
    if (!format.startsWith("creditgov-" + SyncJson.CHANGE.type() + "/")) {
      throw new StoreException(StoreException.Reason.UNKNOWN_FORMAT, where(seq), "format " + format, ImmutableList.of());
    }
    try {
      return SyncJson.CHANGE.decode(payload, where(seq));
    } catch (JsonFormException e) {
      throw new StoreException(StoreException.Reason.UNREADABLE_ROW, where(seq), "not a " + SyncJson.CHANGE.format()
          + " document", e.problems());
    }
  }

  private static String where(long seq) {
    return "creditgov_outbox(" + seq + ")";
  }

  // ------------------------------------------------------------------ dispatch

  private record Claimed(long seq, Change change, int attempts) {}

  /**
   * One round of dispatch to {@code target} by {@code owner}: claims at most {@code batch} due
   * deliveries (the oldest open one of each subject), sends each with {@code sender}, records the
   * outcomes. Safe to run at once in any number of threads and processes.
   *
   * @throws IllegalArgumentException if the target is not one of this outbox's or {@code batch} is not positive
   * @throws StoreException if the database fails (what was sent and not recorded is sent again after the lease)
   */
  public Dispatched dispatch(SyncTarget target, ChangeSender sender, String owner, int batch) {
    checkArgument(byCode.containsKey(requireNonNull(target, "target").code()), "not a target of this outbox: %s",
        target.code());
    requireNonNull(sender, "sender");
    requireNonNull(owner, "owner");
    checkArgument(batch > 0, "batch must be positive: %s", batch);
    List<Claimed> claimed = claim(target, owner, batch);
    if (claimed.isEmpty()) {
      return Dispatched.NONE;
    }
    List<Claimed> acked = new ArrayList<>(claimed.size());
    List<Claimed> failed = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Claimed d : claimed) {
      try {
        sender.send(d.change());
        acked.add(d);
      } catch (Exception e) {
        failed.add(d);
        errors.add(e.getClass().getName());
      }
    }
    int dead = record(acked, failed, errors);
    return new Dispatched(claimed.size(), acked.size(), failed.size(), dead);
  }

  /** {@link #dispatch(SyncTarget, ChangeSender, String, int)} by owner {@code "local"}, 100 at a time. */
  public Dispatched dispatch(SyncTarget target, ChangeSender sender) {
    return dispatch(target, sender, "local", 100);
  }

  private List<Claimed> claim(SyncTarget target, String owner, int batch) {
    return db.transaction(TABLE, c -> {
      long now = db.nowMillis();
      List<Claimed> candidates = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(claim)) {
        s.setString(1, target.code());
        s.setLong(2, now);
        s.setLong(3, now);
        s.setInt(4, batch);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            candidates.add(new Claimed(seq, change(seq, rs.getString(3), rs.getString(4)), rs.getInt(5)));
          }
        }
      }
      if (candidates.isEmpty()) {
        return candidates;
      }
      List<Claimed> claimed = new ArrayList<>(candidates.size());
      try (PreparedStatement u = c.prepareStatement("UPDATE creditgov_outbox SET lease_owner = ?, lease_until = ?"
          + " WHERE seq = ? AND state IN " + OPEN + " AND (lease_until IS NULL OR lease_until <= ?)")) {
        for (Claimed d : candidates) {
          u.setString(1, owner);
          u.setLong(2, now + policy.lease().toMillis());
          u.setLong(3, d.seq());
          u.setLong(4, now);
          u.addBatch();
        }
        int[] counts = u.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0) {
            claimed.add(candidates.get(i));
          }
        }
      }
      return claimed;
    });
  }

  private int record(List<Claimed> acked, List<Claimed> failed, List<String> errors) {
    return db.transaction(TABLE, c -> {
      long now = db.nowMillis();
      LocalDate today = LocalDate.ofInstant(db.clock().instant(), ChinaTime.ZONE);
      if (!acked.isEmpty()) {
        try (PreparedStatement s = c.prepareStatement("UPDATE creditgov_outbox SET state = 'ACKNOWLEDGED',"
            + " acknowledged_on = ?, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL"
            + " WHERE seq = ? AND state <> 'ACKNOWLEDGED'")) {
          for (Claimed d : acked) {
            s.setObject(1, today);
            s.setLong(2, d.seq());
            s.addBatch();
          }
          s.executeBatch();
        }
      }
      int dead = 0;
      if (!failed.isEmpty()) {
        try (PreparedStatement s = c.prepareStatement("UPDATE creditgov_outbox SET attempts = attempts + 1,"
            + " state = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL, last_error = ?"
            + " WHERE seq = ? AND state IN " + OPEN)) {
          for (int i = 0; i < failed.size(); i++) {
            Claimed d = failed.get(i);
            int attempts = d.attempts() + 1;
            boolean last = attempts >= policy.maxAttempts();
            dead += last ? 1 : 0;
            s.setString(1, last ? "DEAD" : "SENT");
            s.setLong(2, now + policy.backoffAfter(attempts).toMillis());
            String error = errors.get(i);
            s.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
            s.setLong(4, d.seq());
            s.addBatch();
          }
          s.executeBatch();
        }
      }
      return dead;
    });
  }

  /**
   * A dispatcher of {@code threads} worker threads over this outbox, each target served by its own
   * workers (a slow target holds up only its own), one sender per target.
   *
   * @throws IllegalArgumentException if a target of this outbox has no sender, or {@code threads} is not positive
   */
  public Dispatcher dispatcher(Map<SyncTarget, ? extends ChangeSender> senders, int threads) {
    return new Dispatcher(this, senders, threads);
  }

  // ------------------------------------------------------------------ dead letters

  /** Every dead letter, by target then change id. */
  public ImmutableList<DeadLetter> deadLetters() {
    return db.transaction(TABLE, c -> {
      List<DeadLetter> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT seq, target, format, payload, attempts, last_error FROM creditgov_outbox WHERE state = 'DEAD'")) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            out.add(new DeadLetter(target(seq, rs.getString(2)), change(seq, rs.getString(3), rs.getString(4)),
                rs.getInt(5), Optional.ofNullable(rs.getString(6))));
          }
        }
      }
      out.sort((a, b) -> {
        int t = a.target().compareTo(b.target());
        return t != 0 ? t : a.change().changeId().compareTo(b.change().changeId());
      });
      return ImmutableList.copyOf(out);
    });
  }

  /**
   * Sends a dead letter again: it is pending from now, its attempts counted afresh.
   *
   * @return whether there was such a dead letter
   */
  public boolean resubmit(SyncTarget target, String changeId) {
    requireNonNull(target, "target");
    requireNonNull(changeId, "changeId");
    return db.transaction(TABLE, c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE creditgov_outbox SET state = 'PENDING', attempts = 0,"
          + " next_attempt_at = ?, lease_owner = NULL, lease_until = NULL WHERE target = ? AND change_id = ? AND state = 'DEAD'")) {
        s.setLong(1, db.nowMillis());
        s.setString(2, target.code());
        s.setString(3, changeId);
        return s.executeUpdate() > 0;
      }
    });
  }

  /** The number of open deliveries (pending or sent, not acknowledged, not dead), over every target. */
  public long open() {
    return db.transaction(TABLE, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM creditgov_outbox WHERE state IN " + OPEN);
          ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Override
  public String toString() {
    return "JdbcOutbox[" + targets.size() + " targets, " + db.dialect() + "]";
  }
}
