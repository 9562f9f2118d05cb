package org.creditgov.bench.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.LogVerification;
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
 * Whole-log verification (SEC-2): {@link AuditLogVerifier#verify} of a closed log of 1,000,000
 * entries of 200 bytes (about 216 MB of segment files): every entry rehashed, the tree recomputed
 * and compared with the stored tree and the checkpoint; against a baseline in the same run that
 * reads the same segment files with a bare {@code FileChannel} and feeds every byte to one SHA-256.
 * MB/s = segment bytes ÷ time. Target: at least 100 MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerificationBenchmark {

  static final long ENTRIES = 1_000_000L;

  private Path dir;
  private List<Path> segments;
  private AuditLogVerifier verifier;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    try (AuditLog log = BenchLogs.openBuilt("1m", ENTRIES, 200)) {
      dir = log.directory();
    }
    try (Stream<Path> files = Files.list(dir.resolve("segments"))) {
      segments = files.filter(p -> p.toString().endsWith(".seg")).sorted().collect(Collectors.toList());
    }
    verifier = AuditLogVerifier.of(BenchLogs.ORIGIN, BenchLogs.SIGNER.verifierKey());
    LogVerification report = verifier.verify(dir);
    if (!report.problems().isEmpty() || report.entries() != ENTRIES) {
      throw new IllegalStateException("the benchmark log does not verify: " + report);
    }
    System.out.printf("%n[audit] verifying %d entries, %d bytes of segments%n", report.entries(), report.bytesRead());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    // the log is kept for the next run
  }

  /** The library: the whole verification. */
  @Benchmark
  public LogVerification verify() {
    return verifier.verify(dir);
  }

  /** The baseline: read every segment byte and hash it all with one SHA-256. */
  @Benchmark
  public byte[] readAndSha256() throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Path p : segments) {
      try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
        buffer.clear();
        while (ch.read(buffer) >= 0) {
          buffer.flip();
          md.update(buffer.array(), 0, buffer.limit());
          buffer.clear();
        }
      }
    }
    return md.digest();
  }
}
