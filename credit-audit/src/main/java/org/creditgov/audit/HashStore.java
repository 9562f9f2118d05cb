package org.creditgov.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The stored tree: one file per level, level L holding the hashes of the complete subtrees of 2^L
 * leaves in order (level 0 the leaf hashes). A proof reads one node per level, so an inclusion
 * proof in a log of 10 M entries costs about 24 node reads and no entry read. Levels from {@link
 * #MEMORY_LEVEL} up (1/64 of the hashes) are also kept in memory; the lower ones are read from
 * the files.
 *
 * <p>One writer appends; any number of threads read nodes of sizes already published. The files
 * are derived from the entries: they are synced at each checkpoint and rebuilt from the entries
 * after the last synced size on open.
 */
final class HashStore implements NodeSource {

  static final int MEMORY_LEVEL = 6;
  private static final int MAX_LEVELS = 64;

  private final LogLayout layout;
  private final FileChannel[] files = new FileChannel[MAX_LEVELS];
  private final AtomicReferenceArray<byte[]> memory = new AtomicReferenceArray<>(MAX_LEVELS);
  private final long[] memoryCount = new long[MAX_LEVELS];
  private final byte[][] frontier = new byte[MAX_LEVELS][];
  private final ByteBuffer[] pending = new ByteBuffer[MAX_LEVELS];
  private final long[] pendingFirst = new long[MAX_LEVELS];
  private final MessageDigest md = Hashes.newDigest();
  private long size;

  private HashStore(LogLayout layout) {
    this.layout = layout;
  }

  /** Opens the level files and cuts them to {@code size} leaves; the caller checks the root. */
  static HashStore open(LogLayout layout, long size) throws IOException {
    Files.createDirectories(layout.tree());
    HashStore store = new HashStore(layout);
    store.size = size;
    for (int level = 0; level < MAX_LEVELS; level++) {
      long count = size >>> level;
      if (count == 0 && !Files.exists(layout.level(level))) {
        break;
      }
      FileChannel ch = store.channel(level);
      if (ch.size() < count * Hashes.SIZE) {
        throw new IOException(layout.level(level) + " is shorter than " + count + " hashes");
      }
      if (ch.size() > count * Hashes.SIZE) {
        ch.truncate(count * Hashes.SIZE);
      }
      if (level >= MEMORY_LEVEL) {
        byte[] all = new byte[Math.toIntExact(Math.max(count, 16) * Hashes.SIZE)];
        ByteBuffer b = ByteBuffer.wrap(all, 0, Math.toIntExact(count * Hashes.SIZE));
        Records.readFully(ch, b, 0);
        store.memory.set(level, all);
        store.memoryCount[level] = count;
      }
    }
    for (int level = 0; level < MAX_LEVELS; level++) {
      if ((size >>> level & 1) == 1) {
        store.frontier[level] = store.node(level, (size >>> level) - 1);
      }
    }
    return store;
  }

  /** An empty store, every level file cut to nothing: the start of a rebuild from the entries. */
  static HashStore empty(LogLayout layout) throws IOException {
    Files.createDirectories(layout.tree());
    for (int level = 0; level < MAX_LEVELS; level++) {
      if (Files.exists(layout.level(level))) {
        try (FileChannel ch = FileChannel.open(layout.level(level), StandardOpenOption.WRITE)) {
          ch.truncate(0);
        }
      }
    }
    return open(layout, 0);
  }

  private synchronized FileChannel channel(int level) throws IOException {
    FileChannel ch = files[level];
    if (ch == null) {
      ch = FileChannel.open(layout.level(level), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      files[level] = ch;
    }
    return ch;
  }

  long size() {
    return size;
  }

  /** Adds leaf hashes (32 bytes each, {@code count} of them, from {@code leaves[0]}) and every node they complete. */
  void append(byte[] leaves, int count) throws IOException {
    byte[] pair = new byte[2 * Hashes.SIZE];
    for (int i = 0; i < count; i++) {
      byte[] cur = Arrays.copyOfRange(leaves, i * Hashes.SIZE, (i + 1) * Hashes.SIZE);
      long index = size + i;
      int level = 0;
      emit(0, index, cur);
      while ((index & 1) == 1) {
        System.arraycopy(frontier[level], 0, pair, 0, Hashes.SIZE);
        System.arraycopy(cur, 0, pair, Hashes.SIZE, Hashes.SIZE);
        cur = new byte[Hashes.SIZE];
        Hashes.node(md, pair, 0, cur, 0);
        frontier[level] = null;
        level++;
        index >>>= 1;
        emit(level, index, cur);
      }
      frontier[level] = cur;
    }
    for (int level = 0; level < MAX_LEVELS; level++) {
      ByteBuffer b = pending[level];
      if (b != null && b.position() > 0) {
        b.flip();
        Records.writeFully(channel(level), b, pendingFirst[level] * Hashes.SIZE);
        b.clear();
      }
    }
    size += count;
  }

  private void emit(int level, long index, byte[] hash) {
    ByteBuffer b = pending[level];
    if (b == null) {
      b = ByteBuffer.allocateDirect(Math.max(Hashes.SIZE * 64, (1 << 16) >>> Math.min(level, 10)));
      pending[level] = b;
    }
    if (b.position() == 0) {
      pendingFirst[level] = index;
    }
    if (!b.hasRemaining()) {
      ByteBuffer bigger = ByteBuffer.allocateDirect(b.capacity() * 2);
      b.flip();
      bigger.put(b);
      pending[level] = bigger;
      b = bigger;
    }
    b.put(hash);
    if (level >= MEMORY_LEVEL) {
      byte[] mem = memory.get(level);
      long n = memoryCount[level];
      if (mem == null || (n + 1) * Hashes.SIZE > mem.length) {
        mem = Arrays.copyOf(mem == null ? new byte[0] : mem, Math.toIntExact(Math.max(16, 2 * (n + 1)) * Hashes.SIZE));
        memory.set(level, mem);
      }
      System.arraycopy(hash, 0, mem, Math.toIntExact(n * Hashes.SIZE), Hashes.SIZE);
      memoryCount[level] = n + 1;
    }
  }

  /** Reads a stored node; the node must belong to a published size. */
  @Override
  public byte[] node(int level, long index) {
    if (level >= MEMORY_LEVEL) {
      byte[] mem = memory.get(level);
      int at = Math.toIntExact(index * Hashes.SIZE);
      return Arrays.copyOfRange(mem, at, at + Hashes.SIZE);
    }
    byte[] out = new byte[Hashes.SIZE];
    try {
      Records.readFully(channel(level), ByteBuffer.wrap(out), index * Hashes.SIZE);
    } catch (IOException e) {
      throw new AuditLogException(AuditLogException.Reason.IO, "cannot read " + layout.level(level), e);
    }
    return out;
  }

  /**
   * Whether every stored node is the hash of its two children, level by level (one pass over the
   * files, a hash per leaf): a damaged leaf or node shows as a mismatch with its parent.
   */
  boolean selfConsistent() throws IOException {
    ByteBuffer below = ByteBuffer.allocate(1 << 20);
    ByteBuffer here = ByteBuffer.allocate(1 << 19);
    byte[] expected = new byte[Hashes.SIZE];
    for (int level = 1; level < MAX_LEVELS && (size >>> level) > 0; level++) {
      long count = size >>> level;
      FileChannel lower = channel(level - 1);
      FileChannel upper = channel(level);
      for (long k = 0; k < count; ) {
        int chunk = (int) Math.min(count - k, here.capacity() / Hashes.SIZE);
        below.clear().limit(2 * chunk * Hashes.SIZE);
        here.clear().limit(chunk * Hashes.SIZE);
        Records.readFully(lower, below, 2 * k * Hashes.SIZE);
        Records.readFully(upper, here, k * Hashes.SIZE);
        for (int i = 0; i < chunk; i++) {
          Hashes.node(md, below.array(), 2 * i * Hashes.SIZE, expected, 0);
          if (!Arrays.equals(expected, 0, Hashes.SIZE, here.array(), i * Hashes.SIZE, (i + 1) * Hashes.SIZE)) {
            return false;
          }
        }
        k += chunk;
      }
    }
    return true;
  }

  /** Syncs every level file. */
  void force() throws IOException {
    for (FileChannel ch : files) {
      if (ch != null) {
        ch.force(false);
      }
    }
  }

  void close() throws IOException {
    IOException failure = null;
    for (FileChannel ch : files) {
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException e) {
          failure = e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
