package org.creditgov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SEC-2: every kind of tampering with a copy of a log directory is found, by index, and nothing is
 * invented: random logs, one random tampering each, and the exact report expected of it.
 */
class AuditLogVerifierTest {

  private static final WitnessCosigner WITNESS = WitnessCosigner.ed25519("witness.example.org/w1",
      Ed25519.generate(), Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));

  enum Kind { NONE, CHANGE, DELETE, INSERT, MOVE, TRUNCATE }

  /** A log of n unique entries with a few checkpoints, the last at n, cosigned by the witness. */
  static List<byte[]> build(Path dir, SplittableRandom random, int n) {
    List<byte[]> entries = new ArrayList<>();
    try (AuditLog log = TestLogs.open(dir, 4)) {
      List<byte[]> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] tail = new byte[random.nextInt(60)];
        random.nextBytes(tail);
        byte[] e = concat(("entry " + i + " ").getBytes(StandardCharsets.UTF_8), tail);
        entries.add(e);
        batch.add(e);
        if (random.nextInt(60) == 0) {
          log.appendAll(batch);
          batch.clear();
          log.checkpoint();
        }
      }
      if (!batch.isEmpty()) {
        log.appendAll(batch);
      }
      Checkpoint last = log.checkpoint();
      assertThat(log.importCosignature(WITNESS.cosign(last).note(), WITNESS.verifierKey()).accepted()).isTrue();
    }
    return entries;
  }

  static AuditLogVerifier verifier() {
    return AuditLogVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).withWitness(WITNESS.verifierKey());
  }

  @Test
  void sec2_eachTamperingIsReportedByIndexAndNothingElse(@TempDir Path root) {
    Seeds.forEachSeed(120, seed -> {
      Path dir = java.nio.file.Files.createDirectories(root.resolve("seed-" + Long.toUnsignedString(seed)));
      SplittableRandom random = Seeds.random(seed);
      int n = 20 + random.nextInt(200);
      Path original = dir.resolve("original");
      build(original, random, n);
      assertThat(verifier().verify(original).problems()).as("the untouched log").isEmpty();

      Path copy = dir.resolve("copy");
      Tampering.copy(original, copy);
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      Set<String> expected = new TreeSet<>();
      switch (kind) {
        case NONE:
          break;
        case CHANGE: {
          TreeSet<Integer> changed = new TreeSet<>();
          int k = 1 + random.nextInt(4);
          while (changed.size() < k) {
            changed.add(random.nextInt(n));
          }
          Tampering.rewrite(copy, entries -> changed.forEach(i -> entries.set(i, ("forged " + i).getBytes(StandardCharsets.UTF_8))), false);
          changed.forEach(i -> expected.add("ENTRY_CHANGED " + i));
          break;
        }
        case DELETE: {
          int from = random.nextInt(n - 1);
          int len = 1 + random.nextInt(Math.min(5, n - 1 - from));
          Tampering.rewrite(copy, entries -> entries.subList(from, from + len).clear(), false);
          for (int i = from; i < from + len; i++) {
            expected.add("ENTRY_DELETED " + i);
          }
          break;
        }
        case INSERT: {
          int at = random.nextInt(n);
          int len = 1 + random.nextInt(4);
          Tampering.rewrite(copy, entries -> {
            for (int i = 0; i < len; i++) {
              entries.add(at + i, ("inserted " + i).getBytes(StandardCharsets.UTF_8));
            }
          }, false);
          for (int i = at; i < at + len; i++) {
            expected.add("ENTRY_INSERTED " + i);
          }
          break;
        }
        case MOVE: {
          int from = random.nextInt(n);
          int to;
          do {
            to = random.nextInt(n);
          } while (Math.abs(to - from) < 2);
          int target = to;
          Tampering.rewrite(copy, entries -> entries.add(target, entries.remove(from)), false);
          expected.add("ENTRY_REORDERED " + from + " at " + to);
          break;
        }
        case TRUNCATE: {
          int cut = 1 + random.nextInt(Math.min(40, n - 1));
          Tampering.rewrite(copy, entries -> entries.subList(n - cut, n).clear(), false);
          for (int i = n - cut; i < n; i++) {
            expected.add("ENTRIES_TRUNCATED " + i);
          }
          break;
        }
        default:
          throw new AssertionError(kind);
      }
      if (kind != Kind.NONE) {
        expected.add("ROOT_MISMATCH " + n);
        expected.add("WITNESS_ROOT_MISMATCH " + n);
      }
      LogVerification report = verifier().verify(copy);
      assertThat(expand(report)).as("%s: %s", kind, report).isEqualTo(expected);
      if (kind != Kind.NONE) {
        assertThat(report.intact()).isFalse();
        assertThat(report.verdict().findings()).allSatisfy(f -> {
          assertThat(f.requirement().id()).isEqualTo("SEC-2");
          assertThat(f.messageZh()).doesNotContain("entry ").doesNotContain("forged");
        });
      }
    });
  }

  /** Each problem, one line per index: "KIND index" (and " at position" for a move). */
  static Set<String> expand(LogVerification report) {
    Set<String> out = new TreeSet<>();
    for (LogProblem p : report.problems()) {
      if (p.kind() == AuditFinding.ENTRY_REORDERED) {
        out.add(p.kind() + " " + p.first() + " at " + p.foundAt().getAsLong());
      } else {
        for (long i = p.first(); i <= p.last(); i++) {
          out.add(p.kind() + " " + i);
        }
      }
    }
    return out;
  }

  @Test
  void sec2_aDamagedRecordIsReportedAndWhatCouldNotBeReadIsMissing(@TempDir Path dir) throws IOException {
    build(dir, Seeds.random(7), 40);
    // entries 16..31 are in the second segment; damage entry 20's bytes without fixing its checksum
    Path segment = new LogLayout(dir).segment(16);
    byte[] bytes = Files.readAllBytes(segment);
    List<byte[]> entries = Tampering.entries(dir);
    long offset = LogLayout.SEGMENT_HEADER;
    for (int i = 16; i < 20; i++) {
      offset += Records.size(entries.get(i).length);
    }
    bytes[(int) offset + Records.HEADER + 2] ^= 0x20;
    Files.write(segment, bytes);
    LogVerification report = verifier().verify(dir);
    Set<String> expected = new TreeSet<>(Set.of("RECORD_DAMAGED 20", "ROOT_MISMATCH 40", "WITNESS_ROOT_MISMATCH 40"));
    for (int i = 20; i < 32; i++) {
      expected.add("ENTRY_DELETED " + i);
    }
    assertThat(expand(report)).isEqualTo(expected);
    assertThat(report.problems(AuditFinding.RECORD_DAMAGED).get(0).file()).isEqualTo(segment.getFileName().toString());
  }

  @Test
  void sec2_aRewrittenTreeIsFoundAndTheChangeBoundedByTwoCheckpoints(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log");
    try (AuditLog l = TestLogs.open(log, 4)) {
      for (int i = 0; i < 100; i++) {
        l.append(("e" + i).getBytes(StandardCharsets.UTF_8));
        if (i == 29 || i == 59) {
          l.checkpoint();
        }
      }
      l.checkpoint();
    }
    Tampering.rewrite(log, entries -> entries.set(45, "forged".getBytes(StandardCharsets.UTF_8)), true);
    LogVerification report = AuditLogVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).verify(log);
    assertThat(report.problems()).containsExactly(
        LogProblem.range(AuditFinding.ROOT_MISMATCH, 100, 100),
        LogProblem.range(AuditFinding.CHANGED_WITHIN, 30, 59));
  }

  @Test
  void sec2_aLogRolledBackAsAWholeIsCaughtByTheWitnessCheckpoint(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log");
    Path earlier = dir.resolve("earlier");
    Checkpoint later;
    try (AuditLog l = TestLogs.open(log, 4)) {
      for (int i = 0; i < 30; i++) {
        l.append(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
      l.checkpoint();
    }
    Tampering.copy(log, earlier);
    try (AuditLog l = TestLogs.open(log, 4)) {
      for (int i = 30; i < 50; i++) {
        l.append(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
      later = WITNESS.cosign(l.checkpoint());
    }
    // the attacker puts the whole earlier directory back: entries, tree and checkpoints agree
    LogVerification alone = verifier().verify(earlier);
    assertThat(alone.problems()).isEmpty();
    LogVerification withWitness = verifier().withTrustedCheckpoint(later).verify(earlier);
    assertThat(expand(withWitness)).isEqualTo(Stream.concat(
        Stream.of("WITNESS_ROOT_MISMATCH 50"),
        Stream.iterate(30, i -> i < 50, i -> i + 1).map(i -> "ENTRIES_TRUNCATED " + i)).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void sec2_damagedTreeFilesAreReportedForRepairAndEntriesStayTrusted(@TempDir Path dir) throws IOException {
    build(dir, Seeds.random(11), 64);
    Path level0 = new LogLayout(dir).level(0);
    byte[] hashes = Files.readAllBytes(level0);
    hashes[32 * 9 + 5] ^= 1;
    Files.write(level0, hashes);
    LogVerification report = verifier().verify(dir);
    assertThat(report.problems()).containsExactly(LogProblem.range(AuditFinding.STORED_TREE_DAMAGED, 9, 9));
    assertThat(report.verdict().outcome()).isEqualTo(org.creditgov.core.verdict.Outcome.NEEDS_REVIEW);
  }

  @Test
  void sec2_entriesAfterTheLastCheckpointAreInformationAndALogWithoutCheckpointIsForReview(@TempDir Path dir) {
    try (AuditLog l = TestLogs.open(dir, 4)) {
      for (int i = 0; i < 10; i++) {
        l.append(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(verifier().verify(dir).problems()).containsExactly(new LogProblem(AuditFinding.NO_CHECKPOINT, 0, 0, -1, ""));
    try (AuditLog l = TestLogs.open(dir, 4)) {
      l.checkpoint();
      l.append("more".getBytes(StandardCharsets.UTF_8));
    }
    LogVerification report = verifier().verify(dir);
    assertThat(report.problems()).containsExactly(LogProblem.range(AuditFinding.UNCHECKPOINTED_ENTRIES, 1, 1));
    assertThat(report.intact()).isTrue();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
