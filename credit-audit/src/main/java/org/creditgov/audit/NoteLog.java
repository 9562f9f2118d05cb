package org.creditgov.audit;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** An append-only file of signed notes ({@code checkpoints.log}, {@code witnessed.log}), one record each. */
final class NoteLog implements AutoCloseable {

  private final FileChannel channel;
  private final List<String> notes;
  private long end;

  private NoteLog(FileChannel channel, List<String> notes, long end) {
    this.channel = channel;
    this.notes = notes;
    this.end = end;
  }

  /** Opens for appending; a torn last record (a crash while writing it) is cut off. */
  static NoteLog open(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    List<String> notes = new ArrayList<>();
    Records.Scan scan = read(ch, notes);
    if (scan.offset < ch.size()) {
      ch.truncate(scan.offset);
      ch.force(true);
    }
    return new NoteLog(ch, notes, scan.offset);
  }

  /** Reads the notes of a file, without changing it; the scan tells how it ended. */
  @CanIgnoreReturnValue // the notes are what most callers want
  static Records.Scan read(Path file, List<String> notes) throws IOException {
    if (!Files.exists(file)) {
      return new Records.Scan(Records.End.CLEAN, 0, 0);
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(ch, notes);
    }
  }

  private static Records.Scan read(FileChannel ch, List<String> notes) throws IOException {
    return Records.scan(ch, 0, (index, payload, offset) -> {
      if (index != notes.size()) {
        return false;
      }
      byte[] b = new byte[payload.remaining()];
      payload.get(b);
      notes.add(new String(b, StandardCharsets.UTF_8));
      return true;
    });
  }

  List<String> notes() {
    return notes;
  }

  void append(String note) throws IOException {
    byte[] payload = note.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.allocate(Records.size(payload.length));
    Records.put(buf, notes.size(), payload);
    buf.flip();
    Records.writeFully(channel, buf, end);
    channel.force(false);
    end += Records.size(payload.length);
    notes.add(note);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
