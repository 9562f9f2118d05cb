package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on the embedded H2 file database (DES-7, REP-3): a child JVM running designation
 * procedures and dispatching their outbox ({@link CrashChild}) is killed with SIGKILL ({@code
 * destroyForcibly}) at random moments, again and again on the same database. After each restart
 * every step the child acknowledged is stored; at the end, once the outbox is drained, every
 * stored listing reached every target, and after deduplication by (target, change id) the targets
 * received exactly the stored listings: nothing lost, nothing delivered that was not stored. A
 * failed run keeps its database in {@code target/crash-test/seed-<seed>}.
 */
class CrashTest {

  static final long SEED = Long.getLong(Seeds.PROPERTY + ".crash", Seeds.DEFAULT_BASE);
  static final int KILLS = 6;

  static ProcessBuilder child(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-D" + Seeds.PROPERTY + ".crash=" + SEED); // the child's procedures follow the seed too
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashChild.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @Test
  void nothingAcknowledgedIsLostAndNothingIsDeliveredTwiceAfterKills(@TempDir Path dir) throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    Map<String, Long> acked = new ConcurrentHashMap<>();
    Map<String, Set<String>> received = new ConcurrentHashMap<>(); // target -> change ids
    Procedures procedures = new Procedures(SEED);
    java.time.Duration offset = CrashChild.offset();
    Clock clock = CrashChild.clock(offset);
    for (int round = 0; round < KILLS; round++) {
      Path errors = dir.resolve("child-" + round + ".err"); // inside the temporary directory, removed with it
      Process p = child(dir.toString(), Integer.toString(round), Long.toString(offset.toMillis())).redirectError(errors.toFile()).start();
      List<Exception> readFailures = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> read(p, acked, received, readFailures));
      reader.start();
      int before = acked.size();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acked.size() < before + 3 && System.nanoTime() < deadline && p.isAlive()) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(400)); // kill it at a random moment of its work
      // SIGKILL through the process handle: Process.destroyForcibly() would also close our end of the
      // child's stdout at once, discarding the lines it wrote that the reader had not read yet (a
      // delivery acknowledged in the outbox whose GOT line never arrived). What the child wrote before
      // it died stays in the pipe: the reader reads it to the end.
      p.toHandle().destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join();
      assertThat(readFailures).as("reading the child's output, round %d (seed %d)", round, SEED).isEmpty();
      assertThat(acked.size()).as("round %d (seed %d) stored nothing: %s", round, SEED, Files.readString(errors))
          .isGreaterThan(before);

      try (JdbcStores stores = CrashChild.open(dir, procedures, clock)) {
        for (Map.Entry<String, Long> a : acked.entrySet()) {
          assertThat(stores.designations().load(DesignationId.of(a.getKey())).size())
              .as("acknowledged %s v%d after round %d (seed %d)", a.getKey(), a.getValue(), round, SEED)
              .isGreaterThanOrEqualTo(a.getValue().intValue());
        }
      }
    }

    // drain what is left, as a restarted dispatcher would, once the dead child's leases have run out
    try (JdbcStores stores = CrashChild.open(dir, procedures, clock)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (stores.outbox().open() > 0 && System.nanoTime() < deadline) {
        for (SyncTarget t : stores.outbox().targets()) {
          var unused = stores.outbox().dispatch(t, c -> received.computeIfAbsent(t.code(),
              k -> ConcurrentHashMap.newKeySet()).add(c.changeId()));
        }
        Thread.sleep(50); // leases of the killed child run out, backoffs pass
      }
      try {
        assertThat(stores.outbox().open()).as("open deliveries (seed %d, now %d): %s", SEED, clock.millis(),
            openRows(stores)).isZero();
        Set<String> listed = new HashSet<>();
        for (DesignationId id : stores.designations().ids()) {
          for (DesignationEvent e : stores.designations().load(id)) {
            if (e instanceof DesignationEvent.Listed) {
              listed.add("designation:" + id.value() + ":" + e.version() + ":LISTED");
            }
          }
        }
        assertThat(listed).as("listings stored (seed %d)", SEED).isNotEmpty();
        for (SyncTarget t : stores.outbox().targets()) {
          assertThat(received.get(t.code())).as("received by %s (seed %d)", t.code(), SEED)
              .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(stores.outbox().deliveries()).hasSize(2 * listed.size());
      } catch (AssertionError e) {
        e.addSuppressed(new AssertionError("the database is kept in " + keep(dir).toAbsolutePath()));
        throw e;
      }
    }
  }

  /** Where a failed run leaves its database for inspection: the module's build directory. */
  static final Path KEPT = Path.of("target", "crash-test");

  /** Copies the database of a failed run to {@link #KEPT} (H2LeftoversTest's fixture came from there). */
  private static Path keep(Path dir) throws IOException {
    Path to = KEPT.resolve("seed-" + SEED);
    Files.createDirectories(to);
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".db")) {
          Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  /** The open rows of the outbox and the rows before them of the same subjects, for a failure's message. */
  private static List<String> openRows(JdbcStores stores) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = stores.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT o.seq, o.target, o.subject_key, o.change_id, o.state,"
            + " o.attempts, o.next_attempt_at, o.lease_owner, o.lease_until FROM creditgov_outbox o"
            + " WHERE EXISTS (SELECT 1 FROM creditgov_outbox q WHERE q.target = o.target"
            + " AND q.subject_key = o.subject_key AND q.state IN ('PENDING', 'SENT')) ORDER BY o.target, o.subject_key, o.seq");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
          Object value = i == 3 ? "subject#" + Integer.toHexString(rs.getString(i).hashCode()) : rs.getObject(i); // no identifier in a message
          row.append(i == 1 ? "" : " ").append(value);
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /**
   * Reads the child's lines until it is dead and the pipe is drained. Each line is one write of the
   * child, so a kill never cuts one; a failure to read is recorded, because a line lost here would
   * be a delivery the target never heard of.
   */
  private static void read(Process p, Map<String, Long> acked, Map<String, Set<String>> received,
      List<Exception> failures) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(" ");
        if (f.length == 3 && f[0].equals("ACK")) {
          acked.merge(f[1], Long.parseLong(f[2]), Math::max);
        } else if (f.length == 3 && f[0].equals("GOT")) {
          received.computeIfAbsent(f[1], k -> ConcurrentHashMap.newKeySet()).add(f[2]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      failures.add(e);
    }
  }

}
