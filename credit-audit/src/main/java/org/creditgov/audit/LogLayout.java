package org.creditgov.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The files of a log directory (docs/audit-log.md, "File layout"):
 *
 * <pre>
 * audit-log.properties        format, origin, entries per segment (written once)
 * LOCK                        the write lock (FileChannel.tryLock)
 * segments/00000000000000000000.seg   entries 0 … 2^bits − 1, then the next segment …
 * segments/00000000000000000000.idx   the file offset of each entry (derived, rebuilt)
 * tree/level-00.hash          leaf hashes; level-NN: hashes of complete subtrees of 2^NN leaves (derived)
 * tree/state                  the size up to which the tree files were last synced, and its root
 * checkpoints.log             every checkpoint the log signed, in order
 * checkpoint                  the latest checkpoint, as a signed note (to send to witnesses)
 * witnessed.log               every cosigned checkpoint imported from a witness
 * recovered/                  torn tails cut off after a crash, kept for inspection
 * </pre>
 */
final class LogLayout {

  static final String FORMAT = "creditgov-audit-log/1";
  static final byte[] SEGMENT_MAGIC = "CGAUDSEG".getBytes(StandardCharsets.US_ASCII);
  static final int SEGMENT_HEADER = 16;

  final Path dir;

  LogLayout(Path dir) {
    this.dir = dir;
  }

  Path meta() {
    return dir.resolve("audit-log.properties");
  }

  Path lock() {
    return dir.resolve("LOCK");
  }

  Path segments() {
    return dir.resolve("segments");
  }

  Path segment(long first) {
    return segments().resolve(String.format(Locale.ROOT, "%020d.seg", first));
  }

  Path offsets(long first) {
    return segments().resolve(String.format(Locale.ROOT, "%020d.idx", first));
  }

  Path tree() {
    return dir.resolve("tree");
  }

  Path level(int level) {
    return tree().resolve(String.format(Locale.ROOT, "level-%02d.hash", level));
  }

  Path treeState() {
    return tree().resolve("state");
  }

  Path checkpoints() {
    return dir.resolve("checkpoints.log");
  }

  Path latestCheckpoint() {
    return dir.resolve("checkpoint");
  }

  Path witnessed() {
    return dir.resolve("witnessed.log");
  }

  Path recovered() {
    return dir.resolve("recovered");
  }

  /** The first indexes of the segment files, ascending. */
  List<Long> segmentFirsts() throws IOException {
    List<Long> firsts = new ArrayList<>();
    if (!Files.isDirectory(segments())) {
      return firsts;
    }
    try (Stream<Path> files = Files.list(segments())) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.matches("[0-9]{20}\\.seg")) {
          firsts.add(Long.parseLong(name.substring(0, 20)));
        }
      }
    }
    firsts.sort(null);
    return firsts;
  }

  /** The log's settings, from {@code audit-log.properties}. */
  static final class Meta {
    final String origin;
    final int segmentBits;

    Meta(String origin, int segmentBits) {
      this.origin = origin;
      this.segmentBits = segmentBits;
    }
  }

  Optional<Meta> readMeta() throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(meta(), StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    String format = p.getProperty("format");
    String origin = p.getProperty("origin");
    String bits = p.getProperty("segmentBits");
    if (!FORMAT.equals(format) || origin == null || bits == null || !bits.matches("[0-9]{1,2}")) {
      throw new AuditLogException(AuditLogException.Reason.NOT_THIS_LOG,
          meta() + " is not the settings file of a " + FORMAT + " log");
    }
    return Optional.of(new Meta(origin, Integer.parseInt(bits)));
  }

  void writeMeta(Meta meta) throws IOException {
    String text = "# credit-audit log settings: written once, never changed\n"
        + "format=" + FORMAT + "\n"
        + "origin=" + meta.origin.replace("\\", "\\\\") + "\n"
        + "segmentBits=" + meta.segmentBits + "\n";
    writeAtomically(meta(), text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces a file whole: a temporary file, synced, renamed over it, and the directory synced. */
  static void writeAtomically(Path file, byte[] content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      Records.writeFully(ch, ByteBuffer.wrap(content), 0);
      ch.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(java.util.Objects.requireNonNull(file.getParent(), "a file in a directory"));
  }

  /** fsync of a directory, so that a created or renamed file survives a power cut (Linux). */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not every platform opens directories; where it fails there is nothing more to do
      if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
        throw e;
      }
    }
  }
}
