package org.creditgov.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** What an attacker with access to the files does: rewrites the segment files with valid framing and checksums. */
final class Tampering {

  private Tampering() {}

  static List<byte[]> entries(Path dir) throws IOException {
    LogLayout layout = new LogLayout(dir);
    List<byte[]> out = new ArrayList<>();
    for (long first : layout.segmentFirsts()) {
      try (FileChannel ch = FileChannel.open(layout.segment(first), StandardOpenOption.READ)) {
        Records.scan(ch, LogLayout.SEGMENT_HEADER, (index, payload, offset) -> {
          byte[] b = new byte[payload.remaining()];
          payload.get(b);
          out.add(b);
          return true;
        });
      }
    }
    return out;
  }

  /**
   * Rewrites the entries through {@code change}, into segments of the log's size; with {@code
   * rebuildTree} the tree files are recomputed too, as a careful attacker would.
   */
  static void rewrite(Path dir, Consumer<List<byte[]>> change, boolean rebuildTree) throws IOException {
    LogLayout layout = new LogLayout(dir);
    int bits = layout.readMeta().orElseThrow().segmentBits;
    List<byte[]> entries = entries(dir);
    change.accept(entries);
    for (long first : layout.segmentFirsts()) {
      Files.delete(layout.segment(first));
      Files.deleteIfExists(layout.offsets(first));
    }
    long per = 1L << bits;
    for (long first = 0; first < entries.size() || first == 0; first += per) {
      List<byte[]> part = entries.subList((int) first, (int) Math.min(entries.size(), first + per));
      writeSegment(layout, first, part);
    }
    if (rebuildTree) {
      try (Stream<Path> files = Files.list(layout.tree())) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.delete(p);
        }
      }
      HashStore store = HashStore.empty(layout);
      byte[] leaves = new byte[entries.size() * 32];
      for (int i = 0; i < entries.size(); i++) {
        System.arraycopy(Hashes.leaf(entries.get(i)), 0, leaves, i * 32, 32);
      }
      store.append(leaves, entries.size());
      store.close();
    }
  }

  static void writeSegment(LogLayout layout, long first, List<byte[]> part) throws IOException {
    int bytes = LogLayout.SEGMENT_HEADER;
    for (byte[] e : part) {
      bytes += Records.size(e.length);
    }
    ByteBuffer buf = ByteBuffer.allocate(bytes);
    buf.put(LogLayout.SEGMENT_MAGIC).putLong(first);
    for (int i = 0; i < part.size(); i++) {
      Records.put(buf, first + i, part.get(i));
    }
    buf.flip();
    try (FileChannel ch = FileChannel.open(layout.segment(first), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      Records.writeFully(ch, buf, 0);
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("LOCK")) {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
