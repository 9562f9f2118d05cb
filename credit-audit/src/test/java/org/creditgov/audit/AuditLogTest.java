package org.creditgov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SEC-2, SEC-3: the durable log, its proofs, recovery and the write lock. */
class AuditLogTest {

  @Test
  void sec2_proofsFromTheStoredTreeEqualTheInMemoryOnesAcrossSegmentsAndReopening(@TempDir Path root) {
    Seeds.forEachSeed(25, seed -> {
      Path dir = java.nio.file.Files.createDirectories(root.resolve("seed-" + Long.toUnsignedString(seed)));
      SplittableRandom random = Seeds.random(seed);
      int bits = 4 + random.nextInt(3);
      List<byte[]> entries = new ArrayList<>();
      int n = 1 + random.nextInt(300);
      try (AuditLog log = TestLogs.open(dir, bits)) {
        while (entries.size() < n) {
          int batch = 1 + random.nextInt(20);
          List<byte[]> b = new ArrayList<>();
          for (int i = 0; i < batch && entries.size() + b.size() < n; i++) {
            byte[] e = new byte[random.nextInt(200)];
            random.nextBytes(e);
            b.add(e);
          }
          long first = b.size() == 1 ? log.append(b.get(0)) : log.appendAll(b);
          assertThat(first).isEqualTo(entries.size());
          entries.addAll(b);
          if (random.nextInt(4) == 0) {
            log.checkpoint();
          }
        }
        checkAgainstMemory(log, entries, random);
      }
      try (AuditLog log = TestLogs.open(dir, bits)) {
        assertThat(log.size()).isEqualTo(n);
        assertThat(log.recovery().discardedBytes()).isZero();
        checkAgainstMemory(log, entries, random);
        byte[] more = "after reopening".getBytes(StandardCharsets.UTF_8);
        assertThat(log.append(more)).isEqualTo(n);
        entries.add(more);
        checkAgainstMemory(log, entries, random);
      }
    });
  }

  private static void checkAgainstMemory(AuditLog log, List<byte[]> entries, SplittableRandom random) {
    int n = entries.size();
    LogProofs memory = MerkleProofs.inMemory(entries);
    for (int t = 0; t < 20; t++) {
      long size = 1 + random.nextInt(n);
      long index = random.nextInt((int) size);
      assertThat(log.rootHash(size)).isEqualTo(memory.rootHash(size));
      assertThat(MerkleProofsTest.same(log.inclusionProof(index, size), memory.inclusionProof(index, size))).isTrue();
      assertThat(log.entry(index)).isEqualTo(entries.get((int) index));
      assertThat(MerkleProofs.verifyInclusion(index, size, MerkleProofs.leafHash(log.entry(index)),
          log.inclusionProof(index, size), log.rootHash(size))).isTrue();
      if (size > 1) {
        long size1 = 1 + random.nextInt((int) size - 1);
        assertThat(MerkleProofsTest.same(log.consistencyProof(size1, size), memory.consistencyProof(size1, size))).isTrue();
      }
    }
  }

  @Test
  void sec2_concurrentAppendersGetDistinctConsecutiveIndexesInFewerSyncs(@TempDir Path dir) throws Exception {
    try (AuditLog log = TestLogs.open(dir, 6)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      Set<Long> indexes = ConcurrentHashMap.newKeySet();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            long index = log.append(("t" + thread + "-" + i).getBytes(StandardCharsets.UTF_8));
            assertThat(indexes.add(index)).isTrue();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      assertThat(indexes).hasSize(1600);
      assertThat(indexes.stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo(1599);
      assertThat(log.batches()).isLessThanOrEqualTo(1600);
      for (long i = 0; i < 1600; i++) {
        String text = new String(log.entry(i), StandardCharsets.UTF_8);
        assertThat(text).matches("t[0-7]-[0-9]+");
      }
    }
  }

  @Test
  void sec2_aTornTailIsCutOffKeptInRecoveredAndTheAcknowledgedEntriesStay(@TempDir Path dir) throws IOException {
    try (AuditLog log = TestLogs.open(dir, 4)) {
      for (int i = 0; i < 20; i++) {
        log.append(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
      log.checkpoint();
    }
    Path last = new LogLayout(dir).segment(16);
    long before = Files.size(last);
    // half a record: a header promising 100 bytes, then 10
    try (FileChannel ch = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer torn = ByteBuffer.allocate(22);
      torn.putInt(100).putLong(20).put(new byte[10]).flip();
      ch.write(torn);
    }
    try (AuditLog log = TestLogs.open(dir, 4)) {
      assertThat(log.size()).isEqualTo(20);
      assertThat(log.recovery().discardedBytes()).isEqualTo(22);
      assertThat(Files.size(last)).isEqualTo(before);
      try (Stream<Path> kept = Files.list(dir.resolve("recovered"))) {
        assertThat(kept.count()).isEqualTo(1);
      }
      assertThat(log.append("next".getBytes(StandardCharsets.UTF_8))).isEqualTo(20);
      assertThat(new String(log.entry(19), StandardCharsets.UTF_8)).isEqualTo("e19");
    }
  }

  @Test
  void sec2_damagedTreeFilesAreRebuiltFromTheEntries(@TempDir Path dir) throws IOException {
    byte[] root;
    try (AuditLog log = TestLogs.open(dir, 4)) {
      for (int i = 0; i < 50; i++) {
        log.append(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
      log.checkpoint();
      root = log.rootHash(50);
    }
    Path level0 = new LogLayout(dir).level(0);
    byte[] hashes = Files.readAllBytes(level0);
    hashes[32 * 7] ^= 1;
    Files.write(level0, hashes);
    try (AuditLog log = TestLogs.open(dir, 4)) {
      assertThat(log.recovery().treeRebuilt()).isTrue();
      assertThat(log.rootHash(50)).isEqualTo(root);
    }
  }

  @Test
  void sec2_aLogWhoseCheckpointedEntriesChangedIsRefusedAsCorrupt(@TempDir Path dir) throws IOException {
    try (AuditLog log = TestLogs.open(dir, 4)) {
      for (int i = 0; i < 40; i++) {
        log.append(("entry " + i).getBytes(StandardCharsets.UTF_8));
      }
      log.checkpoint();
    }
    // rewrite entry 3 with a valid checksum: only the Merkle tree can tell
    Tampering.rewrite(dir, entries -> entries.set(3, "entry X".getBytes(StandardCharsets.UTF_8)), false);
    Files.delete(new LogLayout(dir).treeState());
    assertThatThrownBy(() -> TestLogs.open(dir, 4))
        .isInstanceOfSatisfying(AuditLogException.class, e -> assertThat(e.reason()).isEqualTo(AuditLogException.Reason.CORRUPT));
    // and a log whose checkpointed tail was cut
    Path dir2 = dir.resolveSibling(dir.getFileName() + "-2");
    try (AuditLog log = TestLogs.open(dir2, 4)) {
      for (int i = 0; i < 40; i++) {
        log.append(("entry " + i).getBytes(StandardCharsets.UTF_8));
      }
      log.checkpoint();
    }
    Tampering.rewrite(dir2, entries -> entries.subList(30, 40).clear(), false);
    assertThatThrownBy(() -> TestLogs.open(dir2, 4))
        .isInstanceOfSatisfying(AuditLogException.class, e -> assertThat(e.reason()).isEqualTo(AuditLogException.Reason.CORRUPT));
  }

  @Test
  void sec3_aSecondWriterInTheSameJvmGetsLockedAndTheLockIsReleasedOnClose(@TempDir Path dir) {
    AuditLog first = TestLogs.open(dir, 4);
    assertThatThrownBy(() -> TestLogs.open(dir, 4))
        .isInstanceOfSatisfying(AuditLogException.class, e -> {
          assertThat(e.reason()).isEqualTo(AuditLogException.Reason.LOCKED);
        });
    first.close();
    try (AuditLog again = TestLogs.open(dir, 4)) {
      assertThat(again.size()).isZero();
    }
    assertThatThrownBy(() -> first.append(new byte[1])).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sec3_aDirectoryOfSomethingElseOrAnotherOriginIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> TestLogs.open(dir, 4))
        .isInstanceOfSatisfying(AuditLogException.class, e -> assertThat(e.reason()).isEqualTo(AuditLogException.Reason.NOT_THIS_LOG));
    Path other = dir.resolve("log");
    TestLogs.open(other, 4).close();
    NoteSigner signer = NoteSigner.generate("another.example/log");
    AuditLogOptions options = AuditLogOptions.builder().origin("another.example/log").signer(signer).clock(TestLogs.CLOCK).build();
    assertThatThrownBy(() -> AuditLog.open(other, options))
        .isInstanceOfSatisfying(AuditLogException.class, e -> assertThat(e.reason()).isEqualTo(AuditLogException.Reason.NOT_THIS_LOG));
    assertThatThrownBy(() -> AuditLogOptions.builder().origin("a.example/log").signer(signer).clock(TestLogs.CLOCK).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sec2_argumentsOutsideTheLogAreRefused(@TempDir Path dir) {
    try (AuditLog log = TestLogs.open(dir, 4)) {
      log.append(new byte[] {1});
      assertThatThrownBy(() -> log.entry(1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> log.inclusionProof(0, 2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> log.consistencyProof(1, 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> log.appendAll(List.of())).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> log.append((byte[]) null)).isInstanceOf(NullPointerException.class);
      assertThat(log.rootHash(0)).isEqualTo(MerkleProofs.rootHash(List.of()));
      assertThat(log.toString()).doesNotContain("\u0001");
    }
  }
}
