package org.creditgov.bench.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.creditgov.audit.AuditLog;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable appends per second (SEC-2, SEC-3): {@link AuditLog#append} from 8 threads, each call
 * returning only once its entry is synced, batched by group commit; against a bare {@code
 * FileChannel} baseline in the same run that writes the same record bytes (a 12-byte header, 256
 * bytes of entry, a CRC-32C) 8 at a time, each 8 followed by one {@code force(false)}: the cadence
 * a perfect group commit of 8 appenders achieves. The target is at least 0.7× the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DurableAppendBenchmark {

  static final int ENTRY = 256;
  static final int APPENDERS = 8;

  private Path dir;
  private AuditLog log;
  private Path bareDir;
  private FileChannel bare;
  private long barePosition;
  private final byte[][] entries = new byte[1024][];
  private final ByteBuffer batch = ByteBuffer.allocateDirect(APPENDERS * (12 + ENTRY + 4));

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < entries.length; i++) {
      entries[i] = BenchLogs.entry(i, ENTRY, random);
    }
    dir = BenchLogs.tempDir("creditgov-append-");
    log = AuditLog.open(dir, BenchLogs.options());
    bareDir = BenchLogs.tempDir("creditgov-bare-");
    bare = FileChannel.open(bareDir.resolve("bare.seg"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    System.out.printf("%n[audit] %d appends in %d synced batches: %.2f entries per fsync%n",
        log.appendedSinceOpen(), log.batches(), (double) log.appendedSinceOpen() / Math.max(1, log.batches()));
    log.close();
    bare.close();
    BenchLogs.delete(dir);
    BenchLogs.delete(bareDir);
  }

  /** Per thread: which entry to append next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** The library: one durable append per call, 8 threads. */
  @Benchmark
  @Threads(APPENDERS)
  public long append(Cursor cursor) {
    return log.append(entries[cursor.next++ & 1023]);
  }

  /** The baseline: the same bytes through a bare FileChannel, one force per 8 records, one thread. */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(APPENDERS)
  public long bareFileChannel(Cursor cursor) throws IOException {
    batch.clear();
    CRC32C crc = new CRC32C();
    for (int i = 0; i < APPENDERS; i++) {
      byte[] e = entries[cursor.next++ & 1023];
      int start = batch.position();
      batch.putInt(e.length).putLong(barePosition).put(e);
      ByteBuffer covered = batch.duplicate();
      covered.position(start).limit(batch.position());
      crc.reset();
      crc.update(covered);
      batch.putInt((int) crc.getValue());
    }
    batch.flip();
    while (batch.hasRemaining()) {
      barePosition += bare.write(batch, barePosition);
    }
    bare.force(false);
    return barePosition;
  }
}
