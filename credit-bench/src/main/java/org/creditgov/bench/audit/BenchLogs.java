package org.creditgov.bench.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.NoteSigner;

/** The logs the audit benchmarks run on, built once and kept under the temporary directory between runs. */
final class BenchLogs {

  static final String ORIGIN = "bench.example.gov.cn/audit";
  static final NoteSigner SIGNER = signer();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  private BenchLogs() {}

  private static NoteSigner signer() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      SecureRandom fixed = SecureRandom.getInstance("SHA1PRNG");
      fixed.setSeed(20261201L);
      g.initialize(NamedParameterSpec.ED25519, fixed);
      return NoteSigner.ed25519(ORIGIN, g.generateKeyPair());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static AuditLogOptions options() {
    return AuditLogOptions.builder().origin(ORIGIN).signer(SIGNER).clock(CLOCK).build();
  }

  /** Entry {@code i} of a benchmark log: a fixed-size record of pseudo-random bytes after its number. */
  static byte[] entry(long i, int size, SplittableRandom random) {
    byte[] e = new byte[size];
    random.nextBytes(e);
    byte[] n = Long.toString(i).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(n, 0, e, 0, Math.min(n.length, size));
    return e;
  }

  /**
   * Opens (building it first if it is not there) a log of {@code count} entries of {@code size}
   * bytes under {@code java.io.tmpdir}, checkpointed at its end.
   */
  static AuditLog openBuilt(String name, long count, int size) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "creditgov-bench-" + name);
    if (Files.exists(dir)) {
      AuditLog log = AuditLog.open(dir, options());
      if (log.size() == count && log.latestCheckpoint().map(c -> c.size() == count).orElse(false)) {
        return log;
      }
      log.close();
      delete(dir);
    }
    AuditLog log = AuditLog.open(dir, options());
    SplittableRandom random = new SplittableRandom(count);
    List<byte[]> chunk = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      chunk.add(entry(i, size, random));
      if (chunk.size() == 65_536 || i == count - 1) {
        log.appendAll(chunk);
        chunk.clear();
      }
    }
    log.checkpoint();
    return log;
  }

  static Path tempDir(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
