package org.creditgov.audit;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * The record framing of segment and checkpoint files: a 12-byte header (payload length as a
 * big-endian u32, the record's index as a big-endian u64), the payload, and a CRC-32C of header and
 * payload. The checksum finds a torn or damaged record; it is no protection against a deliberate
 * change (anyone can recompute it): the Merkle tree and the signed checkpoints are.
 */
final class Records {

  static final int HEADER = 12;
  static final int TRAILER = 4;
  /** The largest entry: 16 MiB. */
  static final int MAX_PAYLOAD = 16 << 20;

  private Records() {}

  static int size(int payload) {
    return HEADER + payload + TRAILER;
  }

  static void put(ByteBuffer out, long index, byte[] payload) {
    int start = out.position();
    out.putInt(payload.length).putLong(index).put(payload);
    CRC32C crc = new CRC32C();
    ByteBuffer covered = out.duplicate();
    covered.position(start).limit(out.position());
    crc.update(covered);
    out.putInt((int) crc.getValue());
  }

  /** Sees each good record; returns false to stop. */
  interface Visitor {
    boolean record(long index, ByteBuffer payload, long offset) throws IOException;
  }

  /** How a scan ended. */
  enum End {
    /** At the end of the file, after a whole record. */
    CLEAN,
    /** The visitor stopped. */
    STOPPED,
    /** The file ends inside a record. */
    SHORT,
    /** A length beyond {@link #MAX_PAYLOAD}. */
    LENGTH,
    /** A checksum that does not match. */
    CHECKSUM
  }

  /** Where a scan ended: after {@code records} good records, at {@code offset}. */
  static final class Scan {
    final End end;
    final long offset;
    final long records;

    Scan(End end, long offset, long records) {
      this.end = end;
      this.offset = offset;
      this.records = records;
    }
  }

  /** Reads records from {@code start} to the end of the file, or to the first bad one. */
  @CanIgnoreReturnValue // a caller that only visits the records need not look at the scan's summary
  static Scan scan(FileChannel channel, long start, Visitor visitor) throws IOException {
    long fileSize = channel.size();
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    buf.limit(0);
    long bufStart = start; // file offset of buf[0]
    long offset = start;
    long count = 0;
    CRC32C crc = new CRC32C();
    while (true) {
      int at = (int) (offset - bufStart);
      if (offset == fileSize) {
        return new Scan(End.CLEAN, offset, count);
      }
      if (buf.limit() - at < HEADER) {
        bufStart = offset;
        buf = refill(channel, buf, offset, HEADER);
        at = 0;
        if (buf.limit() < HEADER) {
          return new Scan(End.SHORT, offset, count);
        }
      }
      int length = buf.getInt(at);
      long index = buf.getLong(at + 4);
      if (length < 0 || length > MAX_PAYLOAD) {
        return new Scan(End.LENGTH, offset, count);
      }
      int whole = size(length);
      if (buf.limit() - at < whole) {
        bufStart = offset;
        buf = refill(channel, buf, offset, whole);
        at = 0;
        if (buf.limit() < whole) {
          return new Scan(End.SHORT, offset, count);
        }
      }
      crc.reset();
      ByteBuffer covered = buf.duplicate();
      covered.position(at).limit(at + HEADER + length);
      crc.update(covered);
      if ((int) crc.getValue() != buf.getInt(at + HEADER + length)) {
        return new Scan(End.CHECKSUM, offset, count);
      }
      ByteBuffer payload = buf.duplicate();
      payload.position(at + HEADER).limit(at + HEADER + length);
      if (!visitor.record(index, payload, offset)) {
        return new Scan(End.STOPPED, offset, count);
      }
      offset += whole;
      count++;
    }
  }

  /** The buffer refilled from {@code offset}, at least {@code need} bytes long where the file has them. */
  private static ByteBuffer refill(FileChannel channel, ByteBuffer buf, long offset, int need) throws IOException {
    ByteBuffer b = buf.capacity() >= need ? buf : ByteBuffer.allocate(Integer.highestOneBit(need) << 1);
    b.clear();
    long pos = offset;
    while (b.hasRemaining()) {
      int n = channel.read(b, pos);
      if (n < 0) {
        break;
      }
      pos += n;
    }
    b.flip();
    return b;
  }

  /** The payload of the one record at {@code offset}, or null if it is damaged or not of {@code index}. */
  static byte @org.jspecify.annotations.Nullable [] readOne(FileChannel channel, long offset, long index) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(HEADER);
    if (offset + HEADER > channel.size()) {
      return null;
    }
    readFully(channel, head, offset);
    int length = head.getInt(0);
    if (length < 0 || length > MAX_PAYLOAD || head.getLong(4) != index || offset + size(length) > channel.size()) {
      return null;
    }
    ByteBuffer rest = ByteBuffer.allocate(length + TRAILER);
    readFully(channel, rest, offset + HEADER);
    CRC32C crc = new CRC32C();
    crc.update(head.array(), 0, HEADER);
    crc.update(rest.array(), 0, length);
    if ((int) crc.getValue() != rest.getInt(length)) {
      return null;
    }
    return java.util.Arrays.copyOf(rest.array(), length);
  }

  static void writeFully(FileChannel channel, ByteBuffer buf, long position) throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      pos += channel.write(buf, pos);
    }
  }

  static void readFully(FileChannel channel, ByteBuffer buf, long position) throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, pos);
      if (n < 0) {
        throw new IOException("unexpected end of file at " + pos);
      }
      pos += n;
    }
  }
}
