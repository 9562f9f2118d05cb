package org.creditgov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SEC-2, SEC-3: a child JVM appending with eight threads is killed with SIGKILL at random moments;
 * after each restart every acknowledged entry is present, intact, and proves against a checkpoint,
 * and the new checkpoint is consistent with every one the child signed.
 */
class CrashRecoveryTest {

  static final int KILLS = 50;

  static ProcessBuilder child(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashingAppender.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
  }

  @Test
  void sec2_everyAcknowledgedEntrySurvivesFiftyKillsAndProvesAgainstTheLatestCheckpoint(@TempDir Path dir) throws Exception {
    long seed = Long.getLong(Seeds.PROPERTY + ".crash", Seeds.DEFAULT_BASE);
    SplittableRandom random = new SplittableRandom(seed);
    Map<Long, String> acked = new ConcurrentHashMap<>();
    Checkpoint previous = null;
    long totalDiscarded = 0;
    for (int run = 0; run < KILLS; run++) {
      Path errors = dir.resolveSibling(dir.getFileName() + "-child-" + run + ".err");
      Process p = child("append", dir.toString(), Integer.toString(run)).redirectError(errors.toFile()).start();
      List<Long> childCheckpoints = new ArrayList<>();
      Thread reader = new Thread(() -> read(p, acked, childCheckpoints));
      reader.start();
      // wait until it is appending, then kill it at a random moment
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      int before = acked.size();
      while (acked.size() == before && System.nanoTime() < deadline && p.isAlive()) {
        Thread.sleep(2);
      }
      Thread.sleep(random.nextInt(100));
      p.destroyForcibly();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      reader.join();
      assertThat(acked.size()).as("run %d (seed %d) appended nothing: %s", run, seed, Files.readString(errors))
          .isGreaterThan(before);

      try (AuditLog log = TestLogs.open(dir, 5)) {
        totalDiscarded += log.recovery().discardedBytes();
        Checkpoint cp = log.checkpoint();
        for (Map.Entry<Long, String> e : acked.entrySet()) {
          long index = e.getKey();
          byte[] entry = log.entry(index);
          assertThat(HexFormat.of().formatHex(ReferenceMerkle.sha(entry)))
              .as("entry %d after run %d (seed %d)", index, run, seed).isEqualTo(e.getValue());
          assertThat(MerkleProofs.verifyInclusion(index, cp.size(), MerkleProofs.leafHash(entry),
              log.inclusionProof(index, cp.size()), cp.rootHash())).isTrue();
        }
        CheckpointVerifier verifier = CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey());
        if (previous != null) {
          verifier = verifier.startingFrom(previous);
        }
        for (String note : new NoteLogReader(dir).notes()) {
          Checkpoint signed = Checkpoint.parse(note);
          if (previous == null || signed.size() >= previous.size()) {
            assertThat(CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).check(signed, log).accepted()).isTrue();
          }
        }
        assertThat(verifier.check(cp, log).accepted()).isTrue();
        previous = cp;
      }
    }
    assertThat(AuditLogVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).verify(dir).intact()).isTrue();
    System.out.println("crash test: " + KILLS + " kills, " + acked.size() + " acknowledged entries, "
        + totalDiscarded + " bytes of unacknowledged tails cut");
  }

  private static void read(Process p, Map<Long, String> acked, List<Long> checkpoints) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split(" ");
        if (parts[0].equals("ACK") && parts.length == 3) {
          acked.put(Long.parseLong(parts[1]), parts[2]);
        } else if (parts[0].equals("CHECKPOINT") && parts.length == 2) {
          checkpoints.add(Long.parseLong(parts[1]));
        }
      }
    } catch (IOException e) {
      // the process was killed: the pipe ends
    }
  }

  @Test
  void sec3_ofTwoProcessesRacingToOpenOneLogExactlyOneWinsAndTheOtherIsLocked(@TempDir Path dir) throws Exception {
    Path logDir = dir.resolve("log");
    Path go = dir.resolve("go");
    Process a = child("lock", logDir.toString(), go.toString()).start();
    Process b = child("lock", logDir.toString(), go.toString()).start();
    Thread.sleep(500);
    Files.writeString(go, "go");
    String first = firstLine(a);
    String second = firstLine(b);
    assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(List.of(first, second)).containsExactlyInAnyOrder("OPENED", "LOCKED LOCKED");
  }

  private static String firstLine(Process p) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      return String.valueOf(in.readLine());
    }
  }

  /** The notes of checkpoints.log, read as the verifier reads them. */
  private static final class NoteLogReader {
    private final Path dir;

    NoteLogReader(Path dir) {
      this.dir = dir;
    }

    List<String> notes() throws IOException {
      List<String> notes = new ArrayList<>();
      NoteLog.read(new LogLayout(dir).checkpoints(), notes);
      return notes;
    }
  }
}
