package org.creditgov.bench.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.MerkleProofs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An inclusion proof in a log of 10,000,000 entries (SEC-2): {@link AuditLog#inclusionProof} of a
 * random entry in the whole tree, computed from the stored tree files; against a baseline in the
 * same run that only reads, with bare positional {@code FileChannel} reads, one 32-byte node per
 * level of the same files (the I/O a proof cannot avoid). Target: under 50 µs. The log (64-byte
 * entries) is built once under the temporary directory and reused by later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InclusionProofBenchmark {

  static final long ENTRIES = 10_000_000L;

  private AuditLog log;
  private FileChannel[] levels;
  private final SplittableRandom random = new SplittableRandom(7);
  private final ByteBuffer node = ByteBuffer.allocate(32);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    log = BenchLogs.openBuilt("10m", ENTRIES, 64);
    levels = new FileChannel[64 - Long.numberOfLeadingZeros(ENTRIES)];
    for (int l = 0; l < levels.length; l++) {
      Path file = log.directory().resolve("tree").resolve(String.format(Locale.ROOT, "level-%02d.hash", l));
      levels[l] = FileChannel.open(file, StandardOpenOption.READ);
    }
    long index = random.nextLong(ENTRIES);
    if (!MerkleProofs.verifyInclusion(index, ENTRIES, log.leafHash(index), log.inclusionProof(index, ENTRIES),
        log.latestCheckpoint().orElseThrow().rootHash())) {
      throw new IllegalStateException("a proof of the benchmark log does not verify");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    for (FileChannel ch : levels) {
      ch.close();
    }
    log.close();
  }

  /** The library: the proof of a random entry. */
  @Benchmark
  public List<byte[]> inclusionProof() {
    return log.inclusionProof(random.nextLong(ENTRIES), ENTRIES);
  }

  /** The baseline: one bare 32-byte read per level at the sibling's position, nothing else. */
  @Benchmark
  public long readOneNodePerLevel() throws IOException {
    long index = random.nextLong(ENTRIES);
    long sum = 0;
    for (int l = 0; l < levels.length; l++) {
      long sibling = (index >>> l) ^ 1;
      if (sibling < ENTRIES >>> l) {
        node.clear();
        levels[l].read(node, sibling * 32);
        sum += node.get(0);
      }
    }
    return sum;
  }
}
