package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.creditgov.audit.AuditLogException.Reason;
import org.creditgov.audit.entry.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * The tamper-evident log of queries and decisions (SEC-2, SEC-3, DES-7): entries appended to
 * crash-safe segment files, an RFC 9162 Merkle tree over them stored level by level, signed C2SP
 * checkpoints, and inclusion and consistency proofs computed from the stored tree without reading
 * the entries.
 *
 * <p><b>Durability.</b> {@link #append(byte[])} returns an entry's index only once the entry is on
 * disk (its segment file synced with {@code FileChannel.force}). Concurrent appenders are batched:
 * while one thread syncs a batch, the others queue, and the next batch goes to disk with one sync
 * (group commit). After a crash, {@link #open} cuts an incomplete tail of the last segment (a torn
 * record, a batch that was not synced; the bytes are kept in {@code recovered/}), never an
 * acknowledged entry, and rebuilds the tree files from the last size they were synced at. A log
 * whose checkpointed entries are missing or damaged is refused ({@link Reason#CORRUPT}), not
 * repaired.
 *
 * <p><b>One writer.</b> The directory's {@code LOCK} file is held with {@code FileChannel.tryLock}
 * while the log is open: a second process, or a second {@code AuditLog} of this JVM, gets {@link
 * Reason#LOCKED}.
 *
 * <p><b>No deletion.</b> There is no way to delete or rewrite an entry. Retention of at least six
 * months (SEC-3) is the operator's archive policy; a closed segment stays verifiable after it is
 * archived (docs/audit-log.md).
 *
 * <p>Thread-safe. Proofs may be computed while entries are appended.
 */
public final class AuditLog implements LogProofs, Closeable {

  private final LogLayout layout;
  private final AuditLogOptions options;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Segments segments;
  private final HashStore hashes;
  private final NoteLog checkpoints;
  private final NoteLog witnessed;
  private final RecoveryReport recovery;

  private final ReentrantLock queueLock = new ReentrantLock();
  private final Condition batchDone = queueLock.newCondition();
  private final Condition arrived = queueLock.newCondition();
  private boolean leaderWaiting;
  private java.util.Set<Long> lastThreads = java.util.Set.of();
  private java.util.Set<Long> previousThreads = java.util.Set.of();
  private long lastSyncNanos;
  private ArrayList<Pending> queue = new ArrayList<>();
  private boolean writing;
  private boolean closed;
  private @Nullable Throwable failure;
  private final ByteBuffer scratch = ByteBuffer.allocateDirect(1 << 20);
  private long batches;
  private long appended;

  private final Object checkpointLock = new Object();
  private volatile long size;
  private volatile @Nullable Checkpoint latest;
  private volatile @Nullable Checkpoint latestWitnessed;

  private AuditLog(LogLayout layout, AuditLogOptions options, FileChannel lockChannel, FileLock lock,
      Segments segments, HashStore hashes, NoteLog checkpoints, NoteLog witnessed, RecoveryReport recovery,
      @Nullable Checkpoint latest, @Nullable Checkpoint latestWitnessed) {
    this.layout = layout;
    this.options = options;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.segments = segments;
    this.hashes = hashes;
    this.checkpoints = checkpoints;
    this.witnessed = witnessed;
    this.recovery = recovery;
    this.size = segments.size();
    this.latest = latest;
    this.latestWitnessed = latestWitnessed;
  }

  /**
   * Opens the log in {@code directory} for writing, creating it if it does not exist, and recovers
   * it after a crash.
   *
   * @throws NullPointerException if an argument is null
   * @throws AuditLogException with {@link Reason#LOCKED} if the log is open elsewhere, {@link
   *     Reason#NOT_THIS_LOG} if the directory holds something else or a log of another origin,
   *     {@link Reason#CORRUPT} if an acknowledged or checkpointed entry is missing or damaged or
   *     the latest checkpoint does not hold, {@link Reason#IO} if the files cannot be read or
   *     written
   */
  public static AuditLog open(Path directory, AuditLogOptions options) {
    requireNonNull(directory, "directory");
    requireNonNull(options, "options");
    LogLayout layout = new LogLayout(directory);
    FileChannel lockChannel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(directory);
      lockChannel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new AuditLogException(Reason.LOCKED, "the log in " + directory + " is open for writing elsewhere");
      }
      AuditLog log = recover(layout, options, lockChannel, lock);
      return log;
    } catch (IOException e) {
      closeQuietly(lockChannel);
      throw new AuditLogException(Reason.IO, "cannot open the log in " + directory + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(lockChannel); // releases the lock too
      throw e;
    }
  }

  private static AuditLog recover(LogLayout layout, AuditLogOptions options, FileChannel lockChannel, FileLock lock)
      throws IOException {
    Optional<LogLayout.Meta> meta = layout.readMeta();
    int bits;
    if (meta.isEmpty()) {
      try (Stream<Path> files = Files.list(layout.dir)) {
        if (files.anyMatch(p -> !p.getFileName().toString().equals("LOCK"))) {
          throw new AuditLogException(Reason.NOT_THIS_LOG, layout.dir + " is not empty and holds no audit log");
        }
      }
      bits = options.segmentBits();
      layout.writeMeta(new LogLayout.Meta(options.origin(), bits));
    } else {
      if (!meta.get().origin.equals(options.origin())) {
        throw new AuditLogException(Reason.NOT_THIS_LOG, "the log in " + layout.dir + " has another origin");
      }
      bits = meta.get().segmentBits;
    }
    Segments segments = Segments.open(layout, bits);
    long n = segments.size();
    NoteLog checkpoints = NoteLog.open(layout.checkpoints());
    NoteLog witnessed = NoteLog.open(layout.witnessed());
    Checkpoint latest = null;
    if (!checkpoints.notes().isEmpty()) {
      latest = parseOwn(checkpoints.notes().get(checkpoints.notes().size() - 1), options, layout.checkpoints());
    }
    Checkpoint latestWitnessed = null;
    if (!witnessed.notes().isEmpty()) {
      latestWitnessed = parseOwn(witnessed.notes().get(witnessed.notes().size() - 1), options, layout.witnessed());
    }
    long[] state = readTreeState(layout);
    long w = state == null ? 0 : state[0];
    long must = Math.max(w, latest == null ? 0 : latest.size());
    if (n < must) {
      throw new AuditLogException(Reason.CORRUPT,
          "entries " + n + " to " + (must - 1) + " were acknowledged and checkpointed but are missing");
    }
    HashStore hashes = null;
    boolean rebuilt = false;
    if (state != null) {
      try {
        hashes = HashStore.open(layout, w);
        if (!hashes.selfConsistent() || !MessageDigest.isEqual(TreeMath.root(hashes, w), treeStateRoot(layout))) {
          hashes.close();
          hashes = null;
        }
      } catch (IOException | RuntimeException e) {
        if (hashes != null) {
          hashes.close();
        }
        hashes = null;
      }
    }
    if (hashes == null) {
      hashes = HashStore.empty(layout);
      rebuilt = state != null;
    }
    long rehashed = n - hashes.size();
    rehash(layout, bits, hashes, n);
    if (latest != null && !MessageDigest.isEqual(TreeMath.root(hashes, latest.size()), latest.root())) {
      hashes.close();
      checkpoints.close();
      witnessed.close();
      segments.close();
      throw new AuditLogException(Reason.CORRUPT,
          "the entries no longer hash to the log's latest checkpoint of " + latest.size() + " entries");
    }
    RecoveryReport report = new RecoveryReport(n, segments.discardedBytes(), rehashed, rebuilt);
    return new AuditLog(layout, options, lockChannel, lock, segments, hashes, checkpoints, witnessed, report,
        latest, latestWitnessed);
  }

  private static Checkpoint parseOwn(String note, AuditLogOptions options, Path file) {
    try {
      Checkpoint cp = Checkpoint.parse(note);
      if (!cp.origin().equals(options.origin()) || !cp.verifiedBy(options.signer().verifierKey())) {
        throw new AuditLogException(Reason.CORRUPT, "the last checkpoint in " + file.getFileName()
            + " is not signed by this log's key");
      }
      return cp;
    } catch (CheckpointFormatException e) {
      throw new AuditLogException(Reason.CORRUPT, "the last checkpoint in " + file.getFileName() + " is malformed", e);
    }
  }

  private static long @Nullable [] readTreeState(LogLayout layout) throws IOException {
    try {
      String text = Files.readString(layout.treeState(), StandardCharsets.US_ASCII);
      String[] lines = text.split("\n");
      if (lines.length != 2 || !lines[0].matches("[0-9]{1,19}")) {
        return null;
      }
      return new long[] {Long.parseLong(lines[0])};
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static byte[] treeStateRoot(LogLayout layout) throws IOException {
    String[] lines = Files.readString(layout.treeState(), StandardCharsets.US_ASCII).split("\n");
    return Base64.getDecoder().decode(lines[1]);
  }

  /** Hashes the entries from the stored tree's size up to {@code n}, reading them from the segments. */
  private static void rehash(LogLayout layout, int bits, HashStore hashes, long n) throws IOException {
    long from = hashes.size();
    if (from >= n) {
      return;
    }
    int chunk = 4096;
    byte[] leaves = new byte[chunk * Hashes.SIZE];
    MessageDigest md = Hashes.newDigest();
    for (long first = from >>> bits << bits; first < n; first += 1L << bits) {
      int[] count = {0};
      try (FileChannel seg = FileChannel.open(layout.segment(first), StandardOpenOption.READ)) {
        Records.scan(seg, LogLayout.SEGMENT_HEADER, (index, payload, offset) -> {
          if (index >= n) {
            return false;
          }
          if (index >= hashes.size() + count[0]) {
            md.update((byte) 0);
            md.update(payload);
            try {
              md.digest(leaves, count[0] * Hashes.SIZE, Hashes.SIZE);
            } catch (java.security.DigestException e) {
              throw new IllegalStateException(e);
            }
            if (++count[0] == chunk) {
              hashes.append(leaves, count[0]);
              count[0] = 0;
            }
          }
          return true;
        });
      }
      hashes.append(leaves, count[0]);
    }
    if (hashes.size() != n) {
      throw new AuditLogException(Reason.CORRUPT, "only " + hashes.size() + " of " + n + " entries could be read");
    }
  }

  private static final class Pending {
    final byte[] entry;
    final byte[] leaf;
    final long thread = Thread.currentThread().getId();
    long index = -1;
    @Nullable Throwable error;
    boolean finished;

    Pending(byte[] entry) {
      this.entry = entry;
      this.leaf = Hashes.leaf(entry);
    }
  }

  /**
   * Appends an entry and returns its index once it is durable (synced to disk), batched with the
   * entries other threads append at the same time.
   *
   * @throws NullPointerException if {@code entry} is null
   * @throws IllegalArgumentException if the entry is longer than 16 MiB
   * @throws IllegalStateException if the log is closed
   * @throws AuditLogException with {@link Reason#IO} if writing failed (then, and after any earlier
   *     failure, the log must be closed and reopened)
   */
  @CanIgnoreReturnValue // the index is for proofs; the append is durable either way
  public long append(byte[] entry) {
    requireNonNull(entry, "entry");
    return appendAll(List.of(entry));
  }

  /**
   * Appends an audit entry in its canonical JSON encoding ({@link AuditEntry#canonicalJson()}).
   *
   * @throws NullPointerException if {@code entry} is null
   * @throws IllegalStateException if the log is closed
   * @throws AuditLogException with {@link Reason#IO} if writing failed
   */
  @CanIgnoreReturnValue // the index is for proofs; the append is durable either way
  public long append(AuditEntry entry) {
    return append(requireNonNull(entry, "entry").canonicalJson());
  }

  /**
   * Appends entries in order, with consecutive indexes, and returns the first index once all are
   * durable.
   *
   * @throws NullPointerException if the list or an entry is null
   * @throws IllegalArgumentException if the list is empty or an entry is longer than 16 MiB
   * @throws IllegalStateException if the log is closed
   * @throws AuditLogException with {@link Reason#IO} if writing failed
   */
  @CanIgnoreReturnValue
  public long appendAll(List<byte[]> entries) {
    requireNonNull(entries, "entries");
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    List<Pending> mine = new ArrayList<>(entries.size());
    for (byte[] e : entries) {
      requireNonNull(e, "entry");
      if (e.length > Records.MAX_PAYLOAD) {
        throw new IllegalArgumentException("an entry is at most 16 MiB, this one has " + e.length + " bytes");
      }
      mine.add(new Pending(e.clone()));
    }
    Pending last = mine.get(mine.size() - 1);
    queueLock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the log is closed");
      }
      if (failure != null) {
        throw new AuditLogException(Reason.IO, "an earlier write failed: close and reopen the log", failure);
      }
      queue.addAll(mine);
      if (leaderWaiting) {
        arrived.signal();
      }
      while (!last.finished) {
        if (!writing) {
          writing = true;
          awaitCompany();
          ArrayList<Pending> batch = queue;
          queue = new ArrayList<>();
          queueLock.unlock();
          Throwable error = null;
          try {
            write(batch);
          } catch (IOException | RuntimeException | Error e) {
            error = e;
          } finally {
            queueLock.lock();
          }
          writing = false;
          previousThreads = lastThreads;
          lastThreads = threadsOf(batch);
          for (Pending p : batch) {
            p.finished = true;
            p.error = error;
          }
          if (error != null) {
            failure = error;
            for (Pending p : queue) {
              p.finished = true;
              p.error = error;
            }
            queue.clear();
          }
          batchDone.signalAll();
        } else {
          batchDone.awaitUninterruptibly();
        }
      }
    } finally {
      queueLock.unlock();
    }
    if (last.error != null) {
      throw new AuditLogException(Reason.IO, "the entry could not be written: " + last.error.getMessage(), last.error);
    }
    return mine.get(0).index;
  }

  /**
   * Group commit's short wait: appenders that were in the last two batches but are not queued yet
   * are about to come back (they are returning from their previous append), so the new leader
   * waits for them, at most half the last sync's duration and 200 µs. Without it, eight appenders
   * settle into two alternating batches of four, each paying a sync.
   */
  private void awaitCompany() {
    java.util.Set<Long> expected = new java.util.HashSet<>(lastThreads);
    expected.addAll(previousThreads);
    if (expected.size() <= 1) {
      return;
    }
    long wait = Math.min(200_000L, lastSyncNanos / 2);
    long deadline = System.nanoTime() + wait;
    leaderWaiting = true;
    try {
      while (threadsOf(queue).size() < expected.size()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        arrived.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      leaderWaiting = false;
    }
  }

  private static java.util.Set<Long> threadsOf(List<Pending> batch) {
    java.util.Set<Long> threads = new java.util.HashSet<>();
    for (Pending p : batch) {
      threads.add(p.thread);
    }
    return threads;
  }

  /** Writes one batch: the records with one sync, then the tree; then publishes the new size. */
  private void write(List<Pending> batch) throws IOException {
    long start = System.nanoTime();
    int n = batch.size();
    byte[][] entries = new byte[n][];
    byte[] leaves = new byte[n * Hashes.SIZE];
    long first = segments.size();
    for (int i = 0; i < n; i++) {
      Pending p = batch.get(i);
      entries[i] = p.entry;
      System.arraycopy(p.leaf, 0, leaves, i * Hashes.SIZE, Hashes.SIZE);
      p.index = first + i;
    }
    segments.append(entries, 0, n, scratch);
    lastSyncNanos = System.nanoTime() - start;
    hashes.append(leaves, n);
    batches++;
    appended += n;
    size = segments.size();
  }

  /** The number of durable entries. */
  @Override
  public long size() {
    return size;
  }

  /**
   * Reads entry {@code index} back, checking its record.
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < size()}
   * @throws IllegalStateException if the log is closed
   * @throws AuditLogException with {@link Reason#CORRUPT} if its record is damaged, {@link
   *     Reason#IO} if it cannot be read
   */
  public byte[] entry(long index) {
    long n = size;
    if (index < 0 || index >= n) {
      throw new IllegalArgumentException("entry " + index + " is outside 0.." + (n - 1));
    }
    ensureOpen();
    try {
      return segments.read(index);
    } catch (IOException e) {
      throw new AuditLogException(Reason.IO, "cannot read entry " + index, e);
    }
  }

  @Override
  public byte[] rootHash(long treeSize) {
    Checks.size(treeSize, size);
    ensureOpen();
    return TreeMath.root(hashes, treeSize);
  }

  @Override
  public List<byte[]> inclusionProof(long index, long treeSize) {
    Checks.inclusion(index, treeSize, size);
    ensureOpen();
    return TreeMath.inclusion(hashes, index, treeSize);
  }

  @Override
  public List<byte[]> consistencyProof(long size1, long size2) {
    Checks.consistency(size1, size2, size);
    ensureOpen();
    return TreeMath.consistency(hashes, size1, size2);
  }

  /** The leaf hash of entry {@code index}, from the stored tree. */
  public byte[] leafHash(long index) {
    Checks.inclusion(index, index + 1, size);
    ensureOpen();
    return hashes.node(0, index);
  }

  /**
   * Signs a checkpoint of the log as it is now, with a timestamp from the options' clock, and keeps
   * it ({@code checkpoints.log}, and {@code checkpoint} for witnesses). The tree files are synced
   * first, so that a reopened log need not rehash what the checkpoint covers.
   *
   * @throws IllegalStateException if the log is closed
   * @throws AuditLogException with {@link Reason#IO} if the checkpoint cannot be written
   */
  public Checkpoint checkpoint() {
    ensureOpen();
    synchronized (checkpointLock) {
      long n = size;
      try {
        hashes.force();
        byte[] root = TreeMath.root(hashes, n);
        LogLayout.writeAtomically(layout.treeState(),
            (n + "\n" + Base64.getEncoder().encodeToString(root) + "\n").getBytes(StandardCharsets.US_ASCII));
        Checkpoint cp = Checkpoint.sign(options.origin(), n, root, options.clock().instant(), options.signer());
        checkpoints.append(cp.note());
        LogLayout.writeAtomically(layout.latestCheckpoint(), cp.note().getBytes(StandardCharsets.UTF_8));
        latest = cp;
        return cp;
      } catch (IOException e) {
        throw new AuditLogException(Reason.IO, "cannot write a checkpoint: " + e.getMessage(), e);
      }
    }
  }

  /** The latest checkpoint the log signed, if any. */
  public Optional<Checkpoint> latestCheckpoint() {
    return Optional.ofNullable(latest);
  }

  /**
   * Imports a witness's cosignature of one of this log's checkpoints: the note must carry this
   * log's valid signature and the witness's valid cosignature, and its size and root must hold for
   * this log. An accepted note is kept in {@code witnessed.log}; a refused one is not, and the
   * answer says why.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code witness} is not a cosignature key
   * @throws AuditLogException with {@link Reason#IO} if it cannot be written
   */
  public CheckpointCheck importCosignature(String cosignedNote, NoteVerifierKey witness) {
    requireNonNull(cosignedNote, "cosignedNote");
    requireNonNull(witness, "witness");
    CheckpointVerifier verifier = CheckpointVerifier.of(options.origin(), options.signer().verifierKey(), witness);
    Checkpoint previous = latestWitnessed;
    if (previous != null && previous.verifiedBy(witness)) {
      verifier = verifier.startingFrom(previous);
    }
    CheckpointCheck check = verifier.check(cosignedNote, this);
    if (check.accepted()) {
      synchronized (checkpointLock) {
        try {
          Checkpoint cp = check.checkpoint().orElseThrow();
          witnessed.append(cp.note());
          latestWitnessed = cp;
        } catch (IOException e) {
          throw new AuditLogException(Reason.IO, "cannot keep the cosigned checkpoint: " + e.getMessage(), e);
        }
      }
    }
    return check;
  }

  /** The latest witness-cosigned checkpoint imported, if any. */
  public Optional<Checkpoint> latestWitnessed() {
    return Optional.ofNullable(latestWitnessed);
  }

  /** What {@link #open} found and did. */
  public RecoveryReport recovery() {
    return recovery;
  }

  /** The number of synced batches since the log was opened (how well group commit batches). */
  public long batches() {
    queueLock.lock();
    try {
      return batches;
    } finally {
      queueLock.unlock();
    }
  }

  /** The number of entries appended since the log was opened. */
  public long appendedSinceOpen() {
    queueLock.lock();
    try {
      return appended;
    } finally {
      queueLock.unlock();
    }
  }

  /** The number of entries per segment file, 2^bits, fixed when the log was created. */
  public long entriesPerSegment() {
    return segments.perSegment();
  }

  /** The directory of the log. */
  public Path directory() {
    return layout.dir;
  }

  private void ensureOpen() {
    queueLock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the log is closed");
      }
    } finally {
      queueLock.unlock();
    }
  }

  /**
   * Waits for the batch being written, then closes the files and releases the lock. Entries
   * appended since the last checkpoint are durable, but covered by no signature until the next
   * checkpoint: sign one before closing.
   *
   * @throws AuditLogException with {@link Reason#IO} if a file cannot be closed
   */
  @Override
  public void close() {
    queueLock.lock();
    try {
      if (closed) {
        return;
      }
      while (writing) {
        batchDone.awaitUninterruptibly();
      }
      closed = true;
    } finally {
      queueLock.unlock();
    }
    IOException error = null;
    for (Closeable c : ImmutableList.<Closeable>of(hashes::close, segments::close, checkpoints::close, witnessed::close)) {
      try {
        c.close();
      } catch (IOException e) {
        error = e;
      }
    }
    try {
      lock.release();
    } catch (IOException e) {
      error = e;
    }
    closeQuietly(lockChannel);
    if (error != null) {
      throw new AuditLogException(Reason.IO, "cannot close the log: " + error.getMessage(), error);
    }
  }

  private static void closeQuietly(@Nullable FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing to do: the channel is unusable anyway
      }
    }
  }

  /** The directory and size; an audit log never prints an entry. */
  @Override
  public String toString() {
    return "AuditLog[" + layout.dir + ", " + options.origin() + ", size=" + size + "]";
  }
}
