package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.creditgov.audit.AuditLogException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a whole log directory (SEC-2): a live log's, a copy's, or an archive's. It recomputes
 * the Merkle tree from the entries in the segment files and compares it with every checkpoint of
 * the log's history (signed by the log's key, which the caller supplies: a key read from the
 * directory would prove nothing), with the witness-cosigned checkpoints, and with checkpoints the
 * caller trusts (for instance the latest one a witness holds, which also reveals a log rolled back
 * as a whole).
 *
 * <p>To say which entries changed, it aligns the leaf hashes recomputed from the entries with the
 * stored leaf hashes, once these are shown authentic by the signed roots: every changed, deleted,
 * inserted, moved or truncated entry is reported by index ({@link LogProblem}). If the stored tree
 * was rewritten as well, the change is located between the sizes of two checkpoints ({@link
 * AuditFinding#CHANGED_WITHIN}). The directory is only read; no lock is taken.
 *
 * <pre>{@code
 * LogVerification report = AuditLogVerifier.of(origin, logKey)
 *     .withWitness(witnessKey)
 *     .withTrustedCheckpoint(checkpointFromTheWitness)
 *     .verify(Path.of("/archive/query-log"));
 * report.problems();   // ENTRY_CHANGED[1203], ENTRY_DELETED[88..90], …
 * }</pre>
 */
public final class AuditLogVerifier {

  private static final int H = Hashes.SIZE;
  private static final int MAX_TREE_REPORTS = 16;

  private final String origin;
  private final NoteVerifierKey logKey;
  private final ImmutableList<NoteVerifierKey> witnesses;
  private final ImmutableList<Checkpoint> trusted;

  private AuditLogVerifier(String origin, NoteVerifierKey logKey, ImmutableList<NoteVerifierKey> witnesses,
      ImmutableList<Checkpoint> trusted) {
    this.origin = origin;
    this.logKey = logKey;
    this.witnesses = witnesses;
    this.trusted = trusted;
  }

  /**
   * A verifier of the log {@code origin} whose checkpoints {@code logKey} signs.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code logKey} is a cosignature key
   */
  public static AuditLogVerifier of(String origin, NoteVerifierKey logKey) {
    requireNonNull(origin, "origin");
    if (requireNonNull(logKey, "logKey").isCosignatureKey()) {
      throw new IllegalArgumentException("the log key signs checkpoints (type 0x01), not cosignatures");
    }
    return new AuditLogVerifier(origin, logKey, ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Also compares the checkpoints in {@code witnessed.log} that this witness cosigned.
   *
   * @throws NullPointerException if {@code witness} is null
   * @throws IllegalArgumentException if it is not a cosignature key
   */
  public AuditLogVerifier withWitness(NoteVerifierKey witness) {
    if (!requireNonNull(witness, "witness").isCosignatureKey()) {
      throw new IllegalArgumentException("a witness key verifies cosignatures (type 0x04)");
    }
    return new AuditLogVerifier(origin, logKey,
        ImmutableList.<NoteVerifierKey>builder().addAll(witnesses).add(witness).build(), trusted);
  }

  /**
   * Also compares a checkpoint held outside the directory (from a witness, an earlier audit).
   *
   * @throws NullPointerException if {@code checkpoint} is null
   * @throws IllegalArgumentException if it is not of this origin or not signed by the log's key
   */
  public AuditLogVerifier withTrustedCheckpoint(Checkpoint checkpoint) {
    requireNonNull(checkpoint, "checkpoint");
    if (!checkpoint.origin().equals(origin) || !checkpoint.verifiedBy(logKey)) {
      throw new IllegalArgumentException("a trusted checkpoint must be of this log and signed by its key");
    }
    return new AuditLogVerifier(origin, logKey, witnesses,
        ImmutableList.<Checkpoint>builder().addAll(trusted).add(checkpoint).build());
  }

  /**
   * Verifies the log in {@code directory}.
   *
   * @throws NullPointerException if {@code directory} is null
   * @throws AuditLogException with {@link Reason#NOT_THIS_LOG} if the directory holds no log of
   *     this origin, {@link Reason#IO} if it cannot be read
   */
  public LogVerification verify(Path directory) {
    requireNonNull(directory, "directory");
    LogLayout layout = new LogLayout(directory);
    try {
      LogLayout.Meta meta = layout.readMeta().orElseThrow(() ->
          new AuditLogException(Reason.NOT_THIS_LOG, directory + " holds no audit log"));
      if (!meta.origin.equals(origin)) {
        throw new AuditLogException(Reason.NOT_THIS_LOG, "the log in " + directory + " has another origin");
      }
      return new Run(layout).run();
    } catch (IOException e) {
      throw new AuditLogException(Reason.IO, "cannot read the log in " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * The entries of one segment file, such as an archived closed segment, with each record's
   * framing and checksum checked. To prove an archived segment later, keep beside it a checkpoint
   * and the part of the first entry's inclusion proof above the segment (docs/audit-log.md,
   * "Archiving a closed segment").
   *
   * @throws NullPointerException if {@code segmentFile} is null
   * @throws AuditLogException with {@link Reason#CORRUPT} if the file is not a segment or a record
   *     is damaged, {@link Reason#IO} if it cannot be read
   */
  public static ImmutableList<byte[]> segmentEntries(Path segmentFile) {
    requireNonNull(segmentFile, "segmentFile");
    try (FileChannel ch = FileChannel.open(segmentFile, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate(LogLayout.SEGMENT_HEADER);
      if (ch.size() < LogLayout.SEGMENT_HEADER) {
        throw new AuditLogException(Reason.CORRUPT, segmentFile.getFileName() + " is not a segment file");
      }
      Records.readFully(ch, header, 0);
      if (!Arrays.equals(header.array(), 0, 8, LogLayout.SEGMENT_MAGIC, 0, 8)) {
        throw new AuditLogException(Reason.CORRUPT, segmentFile.getFileName() + " is not a segment file");
      }
      long first = header.getLong(8);
      ImmutableList.Builder<byte[]> entries = ImmutableList.builder();
      long[] next = {first};
      Records.Scan scan = Records.scan(ch, LogLayout.SEGMENT_HEADER, (index, payload, offset) -> {
        if (index != next[0]) {
          return false;
        }
        next[0]++;
        byte[] e = new byte[payload.remaining()];
        payload.get(e);
        entries.add(e);
        return true;
      });
      if (scan.end != Records.End.CLEAN) {
        throw new AuditLogException(Reason.CORRUPT, "the record of entry " + next[0] + " in "
            + segmentFile.getFileName() + " is damaged or out of order");
      }
      return entries.build();
    } catch (IOException e) {
      throw new AuditLogException(Reason.IO, "cannot read " + segmentFile + ": " + e.getMessage(), e);
    }
  }

  /** One verification. */
  private final class Run {
    final LogLayout layout;
    final List<LogProblem> problems = new ArrayList<>();
    final MessageDigest md = Hashes.newDigest();
    final byte[][] frontier = new byte[64][];
    final TreeSet<Long> targets = new TreeSet<>();
    final Map<Long, byte[]> rootsB = new HashMap<>();
    final byte[] pair = new byte[2 * H];
    byte[] leaf = new byte[H];
    long count;
    // A: the stored leaf hashes
    @Nullable HashReader[] stored = new HashReader[64];
    long storedLeaves;
    boolean diverged;
    long divergedAt = -1;
    Bytes tailB = new Bytes();
    int treeReports;
    long bytes;

    Run(LogLayout layout) {
      this.layout = layout;
    }

    LogVerification run() throws IOException {
      List<Checkpoint> history = history();
      List<Checkpoint> witnessedCps = witnessed();
      Checkpoint latest = history.isEmpty() ? null : history.get(history.size() - 1);
      Checkpoint witnessTop = null;
      for (Checkpoint cp : witnessedCps) {
        if (witnessTop == null || cp.size() > witnessTop.size()) {
          witnessTop = cp;
        }
      }
      List<Checkpoint> all = new ArrayList<>(history);
      all.addAll(witnessedCps);
      all.sort((x, y) -> Long.compare(x.size(), y.size()));
      for (Checkpoint cp : all) {
        targets.add(cp.size());
      }
      long storedCount = Files.exists(layout.level(0)) ? Files.size(layout.level(0)) / H : 0;
      storedLeaves = storedCount;
      for (int level = 0; level < 64 && (storedCount >>> level) > 0; level++) {
        stored[level] = new HashReader(layout.level(level));
      }
      try {
        if (targets.contains(0L)) {
          rootsB.put(0L, Hashes.digest().digest());
        }
        readEntries();
      } finally {
        for (HashReader r : stored) {
          if (r != null) {
            r.close();
          }
        }
      }
      long nB = count;
      long nA = storedLeaves;
      if (!diverged && nA != nB) {
        diverged = true;
        divergedAt = Math.min(nA, nB);
      }
      Map<Long, byte[]> rootsA = diverged ? rootsOfStored(nA) : rootsB;
      // which side the signed roots vouch for: the stored leaf hashes (a) or the entries found (b)
      boolean aMatch = true;
      boolean bMatch = true;
      long maxCp = 0;
      for (Checkpoint cp : all) {
        maxCp = Math.max(maxCp, cp.size());
        if (cp.size() <= nA) {
          byte[] ra = rootsA.get(cp.size());
          aMatch &= ra != null && MessageDigest.isEqual(ra, cp.root());
        }
        if (cp.size() <= nB) {
          byte[] rb = rootsB.get(cp.size());
          bMatch &= rb != null && MessageDigest.isEqual(rb, cp.root());
        }
      }
      if (latest != null && !matches(rootsB, latest, nB)) {
        problems.add(LogProblem.range(AuditFinding.ROOT_MISMATCH, latest.size(), latest.size()));
      }
      if (witnessTop != null && !matches(rootsB, witnessTop, nB)) {
        problems.add(LogProblem.range(AuditFinding.WITNESS_ROOT_MISMATCH, witnessTop.size(), witnessTop.size()));
      }
      long logged; // how many entries the trusted side says were logged
      if (diverged && aMatch) {
        problems.addAll(align(nA, nB));
        logged = nA;
      } else if (diverged && bMatch) {
        problems.add(LogProblem.range(AuditFinding.STORED_TREE_DAMAGED, divergedAt, lastDifference(nA, nB)));
        logged = nB;
      } else if (!bMatch) {
        long from = 0;
        for (Checkpoint cp : all) {
          if (cp.size() > nB) {
            break;
          }
          byte[] rb = rootsB.get(cp.size());
          if (rb == null || !MessageDigest.isEqual(rb, cp.root())) {
            problems.add(LogProblem.range(AuditFinding.CHANGED_WITHIN, from, Math.max(from, cp.size() - 1)));
            break;
          }
          from = cp.size();
        }
        logged = nB;
      } else {
        logged = nB;
      }
      if (maxCp > Math.max(logged, nB)) {
        // signed entries that neither the entries nor the trusted hashes hold any more
        long from = Math.max(logged, nB);
        problems.add(LogProblem.range(AuditFinding.ENTRIES_TRUNCATED, from, maxCp - 1));
      }
      if (all.isEmpty()) {
        problems.add(new LogProblem(AuditFinding.NO_CHECKPOINT, 0, 0, -1, ""));
      } else if (logged > maxCp && (!diverged || aMatch)) {
        problems.add(LogProblem.range(AuditFinding.UNCHECKPOINTED_ENTRIES, logged - maxCp, logged - maxCp));
      }
      return new LogVerification(ImmutableList.copyOf(mergeTruncation(problems)), nB, bytes, latest, witnessTop);
    }

    boolean matches(Map<Long, byte[]> roots, Checkpoint cp, long n) {
      byte[] r = cp.size() <= n ? roots.get(cp.size()) : null;
      return r != null && MessageDigest.isEqual(r, cp.root());
    }

    List<Checkpoint> history() throws IOException {
      List<String> notes = new ArrayList<>();
      NoteLog.read(layout.checkpoints(), notes);
      List<Checkpoint> valid = new ArrayList<>();
      Checkpoint prev = null;
      for (int k = 0; k < notes.size(); k++) {
        Checkpoint cp = own(notes.get(k));
        boolean ok = cp != null;
        if (cp != null && prev != null && (cp.size() < prev.size()
            || cp.size() == prev.size() && !MessageDigest.isEqual(cp.root(), prev.root()))) {
          ok = false;
        }
        if (ok) {
          valid.add(cp);
          prev = cp;
        } else {
          problems.add(LogProblem.range(AuditFinding.CHECKPOINT_INVALID, k, k));
        }
      }
      return valid;
    }

    List<Checkpoint> witnessed() throws IOException {
      List<Checkpoint> out = new ArrayList<>();
      for (Checkpoint cp : trusted) {
        if (witnesses.stream().allMatch(cp::verifiedBy)) {
          out.add(cp);
        }
      }
      if (witnesses.isEmpty()) {
        return out;
      }
      List<String> notes = new ArrayList<>();
      NoteLog.read(layout.witnessed(), notes);
      for (String note : notes) {
        Checkpoint cp = own(note);
        if (cp != null && witnesses.stream().allMatch(cp::verifiedBy)) {
          out.add(cp);
        }
      }
      return out;
    }

    @Nullable Checkpoint own(String note) {
      try {
        Checkpoint cp = Checkpoint.parse(note);
        return cp.origin().equals(origin) && cp.verifiedBy(logKey) ? cp : null;
      } catch (CheckpointFormatException e) {
        return null;
      }
    }

    void readEntries() throws IOException {
      List<Long> firsts = layout.segmentFirsts();
      for (int s = 0; s < firsts.size(); s++) {
        Path file = layout.segment(firsts.get(s));
        boolean lastFile = s == firsts.size() - 1;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
          bytes += ch.size();
          ByteBuffer header = ByteBuffer.allocate(LogLayout.SEGMENT_HEADER);
          if (ch.size() < LogLayout.SEGMENT_HEADER) {
            if (!lastFile || ch.size() > 0) {
              problems.add(new LogProblem(AuditFinding.RECORD_DAMAGED, count, count, -1, file.getFileName().toString()));
            }
            continue;
          }
          Records.readFully(ch, header, 0);
          if (!Arrays.equals(header.array(), 0, 8, LogLayout.SEGMENT_MAGIC, 0, 8)) {
            problems.add(new LogProblem(AuditFinding.RECORD_DAMAGED, count, count, -1, file.getFileName().toString()));
            continue;
          }
          Records.Scan scan = Records.scan(ch, LogLayout.SEGMENT_HEADER, (index, payload, offset) -> {
            entry(payload);
            return true;
          });
          if (scan.end == Records.End.SHORT && lastFile) {
            problems.add(LogProblem.range(AuditFinding.TORN_TAIL, count, count));
          } else if (scan.end != Records.End.CLEAN) {
            problems.add(new LogProblem(AuditFinding.RECORD_DAMAGED, count, count, -1, file.getFileName().toString()));
          }
        }
      }
    }

    void entry(ByteBuffer payload) throws IOException {
      md.update((byte) 0);
      md.update(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining());
      try {
        md.digest(leaf, 0, H);
      } catch (DigestException e) {
        throw new IllegalStateException(e);
      }
      long j = count;
      if (!diverged) {
        if (j >= storedLeaves || !stored[0].matchesNext(leaf)) {
          diverged = true;
          divergedAt = j;
        }
      }
      if (diverged) {
        tailB.add(leaf);
      }
      // fold into the frontier, checking each completed node against the stored tree while aligned
      byte[] cur = leaf.clone();
      long index = j;
      int level = 0;
      while ((index & 1) == 1) {
        System.arraycopy(frontier[level], 0, pair, 0, H);
        System.arraycopy(cur, 0, pair, H, H);
        cur = new byte[H];
        Hashes.node(md, pair, 0, cur, 0);
        frontier[level] = null;
        level++;
        index >>>= 1;
        if (!diverged && treeReports < MAX_TREE_REPORTS) {
          HashReader r = stored[level];
          if (r == null || !r.matchesNext(cur)) {
            treeReports++;
            problems.add(LogProblem.range(AuditFinding.STORED_TREE_DAMAGED, index << level, ((index + 1) << level) - 1));
            if (r == null) {
              treeReports = MAX_TREE_REPORTS;
            }
          }
        }
      }
      frontier[level] = cur;
      count = j + 1;
      if (targets.contains(count)) {
        rootsB.put(count, fold(frontier, count));
      }
    }

    byte[] fold(byte[][] nodes, long size) {
      byte @Nullable [] acc = null;
      for (int level = 0; level < 64; level++) {
        if ((size >>> level & 1) == 1) {
          acc = acc == null ? nodes[level] : Hashes.node(nodes[level], acc);
        }
      }
      return java.util.Objects.requireNonNull(acc, "a size of at least 1");
    }

    /** The roots of the stored leaf hashes at the checkpoint sizes, by a second pass over level 0. */
    Map<Long, byte[]> rootsOfStored(long nA) throws IOException {
      Map<Long, byte[]> roots = new HashMap<>();
      if (targets.contains(0L)) {
        roots.put(0L, Hashes.digest().digest());
      }
      if (nA == 0) {
        return roots;
      }
      byte[][] f = new byte[64][];
      try (HashReader r = new HashReader(layout.level(0))) {
        for (long j = 0; j < nA; j++) {
          byte[] cur = r.next();
          long index = j;
          int level = 0;
          while ((index & 1) == 1) {
            cur = Hashes.node(f[level], cur);
            f[level] = null;
            level++;
            index >>>= 1;
          }
          f[level] = cur;
          if (targets.contains(j + 1)) {
            roots.put(j + 1, fold(f, j + 1));
          }
        }
      }
      return roots;
    }

    /** The stored leaf hashes and the recomputed ones from the first difference, aligned. */
    List<LogProblem> align(long nA, long nB) throws IOException {
      long p = divergedAt;
      int na = Math.toIntExact(nA - p);
      byte[] a = new byte[na * H];
      try (FileChannel ch = FileChannel.open(layout.level(0), StandardOpenOption.READ)) {
        Records.readFully(ch, ByteBuffer.wrap(a), p * H);
      }
      int nb = Math.toIntExact(nB - p);
      return Alignment.compare(a, na, tailB.data, nb, p, true);
    }

    long lastDifference(long nA, long nB) throws IOException {
      long p = divergedAt;
      long overlap = Math.min(nA, nB);
      long last = p;
      try (HashReader r = new HashReader(layout.level(0))) {
        r.skip(p);
        for (long j = p; j < overlap; j++) {
          byte[] s = r.next();
          int at = Math.toIntExact((j - p) * H);
          if (!Arrays.equals(s, 0, H, tailB.data, at, at + H)) {
            last = j;
          }
        }
      }
      return Math.max(last, Math.max(nA, nB) - 1 >= overlap ? Math.max(nA, nB) - 1 : last);
    }
  }

  /** Joins a truncation the alignment found with one beyond the stored hashes. */
  private static List<LogProblem> mergeTruncation(List<LogProblem> problems) {
    List<LogProblem> out = new ArrayList<>();
    LogProblem truncated = null;
    for (LogProblem p : problems) {
      if (p.kind() == AuditFinding.ENTRIES_TRUNCATED) {
        truncated = truncated == null ? p : LogProblem.range(AuditFinding.ENTRIES_TRUNCATED,
            Math.min(truncated.first(), p.first()), Math.max(truncated.last(), p.last()));
      } else {
        out.add(p);
      }
    }
    if (truncated != null) {
      out.add(truncated);
    }
    out.sort((p, q) -> p.kind() != q.kind() ? p.kind().compareTo(q.kind()) : Long.compare(p.first(), q.first()));
    return out;
  }

  /** Reads 32-byte hashes of a level file in order, through a buffer. */
  private static final class HashReader implements AutoCloseable {
    private final @Nullable FileChannel channel;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    private long position;

    HashReader(Path file) throws IOException {
      this.channel = Files.exists(file) ? FileChannel.open(file, StandardOpenOption.READ) : null;
      buf.limit(0);
    }

    private boolean fill() throws IOException {
      if (buf.remaining() >= H) {
        return true;
      }
      if (channel == null) {
        return false;
      }
      buf.compact();
      while (buf.position() < H) {
        int n = channel.read(buf, position);
        if (n < 0) {
          buf.flip();
          return false;
        }
        position += n;
      }
      buf.flip();
      return true;
    }

    boolean matchesNext(byte[] hash) throws IOException {
      if (!fill()) {
        return false;
      }
      int at = buf.position();
      boolean same = Arrays.equals(buf.array(), at, at + H, hash, 0, H);
      buf.position(at + H);
      return same;
    }

    byte[] next() throws IOException {
      if (!fill()) {
        throw new IOException("a level file ends early");
      }
      byte[] out = new byte[H];
      buf.get(out);
      return out;
    }

    void skip(long hashes) {
      position = hashes * H;
      buf.limit(0);
    }

    @Override
    public void close() throws IOException {
      if (channel != null) {
        channel.close();
      }
    }
  }

  /** A growable array of 32-byte hashes. */
  private static final class Bytes {
    byte[] data = new byte[H * 1024];
    int length;

    void add(byte[] hash) {
      if (length + H > data.length) {
        data = Arrays.copyOf(data, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, 2L * data.length)));
      }
      System.arraycopy(hash, 0, data, length, H);
      length += H;
    }
  }

  /** The origin and the number of witness keys and trusted checkpoints. */
  @Override
  public String toString() {
    return "AuditLogVerifier[" + origin + ", witnesses=" + witnesses.size() + ", trusted=" + trusted.size() + "]";
  }
}
