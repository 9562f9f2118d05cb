package org.creditgov.audit;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The entries on disk: append-only segment files of 2^bits entries each, named by their first
 * index, each with an offsets file. Every segment but the last is full and was synced before the
 * next was created, so a crash can leave an incomplete tail only in the last one, which {@link
 * #open} scans and cuts at its first torn or damaged record (moving the cut bytes to {@code
 * recovered/}).
 */
final class Segments {

  private final LogLayout layout;
  private final int bits;
  private final long perSegment;
  @SuppressWarnings("NullAway.Init") // opened by the factories before the instance is returned
  private FileChannel segment;
  @SuppressWarnings("NullAway.Init")
  private FileChannel offsets;
  private long segmentFirst;
  private long position;
  private long size;
  private long discardedBytes;
  private final ByteBuffer header = ByteBuffer.allocate(LogLayout.SEGMENT_HEADER);
  /** Read channels of closed segments, the four used last. */
  private final java.util.LinkedHashMap<Long, FileChannel[]> readers = new java.util.LinkedHashMap<>();

  private Segments(LogLayout layout, int bits) {
    this.layout = layout;
    this.bits = bits;
    this.perSegment = 1L << bits;
  }

  long size() {
    return size;
  }

  long perSegment() {
    return perSegment;
  }

  long discardedBytes() {
    return discardedBytes;
  }

  static Segments open(LogLayout layout, int bits) throws IOException {
    Segments s = new Segments(layout, bits);
    Files.createDirectories(layout.segments());
    List<Long> firsts = layout.segmentFirsts();
    for (int i = 0; i < firsts.size(); i++) {
      if (firsts.get(i) != i * s.perSegment) {
        throw new AuditLogException(AuditLogException.Reason.CORRUPT,
            "segment " + layout.segment(i * s.perSegment).getFileName() + " is missing");
      }
    }
    int last = firsts.size() - 1;
    for (int i = 0; i < last; i++) {
      s.checkClosed(firsts.get(i));
    }
    s.openLast(last < 0 ? 0 : firsts.get(last));
    return s;
  }

  /** A closed segment: its offsets file must list exactly 2^bits entries, rebuilt by a scan when it does not. */
  private void checkClosed(long first) throws IOException {
    Path idx = layout.offsets(first);
    if (Files.exists(idx) && Files.size(idx) == perSegment * 8) {
      return;
    }
    try (FileChannel seg = FileChannel.open(layout.segment(first), StandardOpenOption.READ);
        FileChannel off = FileChannel.open(idx, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      checkHeader(seg, first, false);
      long n = rebuildOffsets(seg, off, first);
      if (n != perSegment) {
        throw new AuditLogException(AuditLogException.Reason.CORRUPT,
            "closed segment " + layout.segment(first).getFileName() + " holds " + n + " good entries, not " + perSegment);
      }
    }
  }

  private long rebuildOffsets(FileChannel seg, FileChannel off, long first) throws IOException {
    ByteBuffer out = ByteBuffer.allocate(8 << 10);
    long[] expected = {first};
    long[] written = {0};
    Records.Scan scan = Records.scan(seg, LogLayout.SEGMENT_HEADER, (index, payload, offset) -> {
      if (index != expected[0] || index >= first + perSegment) {
        return false;
      }
      expected[0]++;
      if (!out.hasRemaining()) {
        out.flip();
        Records.writeFully(off, out, written[0]);
        written[0] += out.limit();
        out.clear();
      }
      out.putLong(offset);
      return true;
    });
    out.flip();
    Records.writeFully(off, out, written[0]);
    position = scan.offset;
    return scan.records;
  }

  @CanIgnoreReturnValue
  private boolean checkHeader(FileChannel seg, long first, boolean lenient) throws IOException {
    header.clear();
    long fileSize = seg.size();
    if (fileSize < LogLayout.SEGMENT_HEADER) {
      if (lenient) {
        return false;
      }
      throw new AuditLogException(AuditLogException.Reason.CORRUPT, "segment " + first + " has no header");
    }
    Records.readFully(seg, header, 0);
    byte[] magic = Arrays.copyOf(header.array(), 8);
    if (!Arrays.equals(magic, LogLayout.SEGMENT_MAGIC) || header.getLong(8) != first) {
      if (lenient && fileSize == LogLayout.SEGMENT_HEADER) {
        return false;
      }
      throw new AuditLogException(AuditLogException.Reason.CORRUPT, "segment " + first + " has a wrong header");
    }
    return true;
  }

  private void openLast(long first) throws IOException {
    segmentFirst = first;
    Path segPath = layout.segment(first);
    boolean existed = Files.exists(segPath);
    segment = FileChannel.open(segPath, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    offsets = FileChannel.open(layout.offsets(first), StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    if (!existed || !checkHeader(segment, first, true)) {
      // a new segment, or one whose creation a crash interrupted before any entry was synced
      segment.truncate(0);
      writeHeader(first);
      offsets.truncate(0);
      position = LogLayout.SEGMENT_HEADER;
      size = first;
      LogLayout.syncDirectory(layout.segments());
      return;
    }
    offsets.truncate(0);
    long n = rebuildOffsets(segment, offsets, first);
    size = first + n;
    long end = segment.size();
    if (position < end) {
      keepTornTail(first, position, end);
      segment.truncate(position);
      segment.force(true);
    }
  }

  /** Copies the bytes a crash left after the last whole record to {@code recovered/}, so that nothing is destroyed unseen. */
  private void keepTornTail(long first, long from, long end) throws IOException {
    Files.createDirectories(layout.recovered());
    Path copy = layout.recovered().resolve(String.format(Locale.ROOT, "%020d-at-%d.torn", first, from));
    try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      segment.transferTo(from, end - from, out);
      out.force(true);
    }
    LogLayout.syncDirectory(layout.recovered());
    discardedBytes += end - from;
  }

  private void writeHeader(long first) throws IOException {
    ByteBuffer h = ByteBuffer.allocate(LogLayout.SEGMENT_HEADER);
    h.put(LogLayout.SEGMENT_MAGIC).putLong(first).flip();
    Records.writeFully(segment, h, 0);
  }

  /**
   * Appends the records of {@code entries[from, to)} with indexes from {@link #size()}, and syncs
   * them before it returns. A batch that reaches the end of a segment is split: the full segment is
   * synced before the next one is created.
   */
  void append(byte[][] entries, int from, int to, ByteBuffer scratch) throws IOException {
    int i = from;
    while (i < to) {
      if (size == segmentFirst + perSegment) {
        segment.force(false);
        synchronized (this) {
          segment.close();
          offsets.close();
          openLast(size);
        }
      }
      int n = (int) Math.min(to - i, segmentFirst + perSegment - size);
      ByteBuffer buf = scratch;
      int bytes = 0;
      for (int k = i; k < i + n; k++) {
        bytes += Records.size(entries[k].length);
      }
      if (buf.capacity() < bytes) {
        buf = ByteBuffer.allocateDirect(Integer.highestOneBit(bytes) << 1);
      }
      buf.clear();
      ByteBuffer off = ByteBuffer.allocate(8 * n);
      long pos = position;
      for (int k = i; k < i + n; k++) {
        off.putLong(pos);
        Records.put(buf, size + (k - i), entries[k]);
        pos += Records.size(entries[k].length);
      }
      buf.flip();
      Records.writeFully(segment, buf, position);
      off.flip();
      Records.writeFully(offsets, off, (size - segmentFirst) * 8);
      segment.force(false);
      position = pos;
      size += n;
      i += n;
    }
  }

  /** Reads one entry, checking its record. */
  synchronized byte[] read(long index) throws IOException {
    long first = index >>> bits << bits;
    if (first == segmentFirst) {
      return readFrom(segment, offsets, first, index);
    }
    FileChannel[] pair = readers.get(first);
    if (pair == null) {
      if (readers.size() >= 4) {
        java.util.Iterator<FileChannel[]> eldest = readers.values().iterator();
        FileChannel[] gone = eldest.next();
        eldest.remove();
        gone[0].close();
        gone[1].close();
      }
      pair = new FileChannel[] {
        FileChannel.open(layout.segment(first), StandardOpenOption.READ),
        FileChannel.open(layout.offsets(first), StandardOpenOption.READ)
      };
      readers.put(first, pair);
    }
    return readFrom(pair[0], pair[1], first, index);
  }

  private static byte[] readFrom(FileChannel seg, FileChannel off, long first, long index) throws IOException {
    ByteBuffer o = ByteBuffer.allocate(8);
    Records.readFully(off, o, (index - first) * 8);
    byte[] payload = Records.readOne(seg, o.getLong(0), index);
    if (payload == null) {
      throw new AuditLogException(AuditLogException.Reason.CORRUPT, "the record of entry " + index + " is damaged");
    }
    return payload;
  }

  synchronized void close() throws IOException {
    for (FileChannel[] pair : readers.values()) {
      pair[0].close();
      pair[1].close();
    }
    readers.clear();
    try {
      segment.close();
    } finally {
      offsets.close();
    }
  }
}
