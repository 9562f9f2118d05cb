package org.creditgov.cli.files;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A second, forward-only reader of a file that copies ranges of its lines exactly, line ends
 * included ({@code \n}, {@code \r\n} or a lone {@code \r}, each one line end, as Commons CSV counts
 * them): the raw text of a malformed record, for the quarantine file. Opened only when a record
 * is quarantined, so a clean file is read once. Not thread-safe.
 */
final class LineFollower implements Closeable {

  private final Path file;
  private @Nullable BufferedReader in;
  /** The number of the line the reader is at the start of (1-based). */
  private long line = 1;

  LineFollower(Path file) {
    this.file = file;
  }

  /**
   * Copies lines {@code first} to {@code last} (inclusive; {@link Long#MAX_VALUE} for the rest of
   * the file) to {@code out}.
   *
   * @throws IllegalStateException if {@code first} is before a line already passed
   */
  void copy(long first, long last, Writer out) throws IOException {
    if (first < line) {
      throw new IllegalStateException("line " + first + " was already passed");
    }
    BufferedReader r = in;
    if (r == null) {
      r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      in = r;
    }
    while (line < first && skipLine(r, null)) {
      line++;
    }
    while (line <= last && skipLine(r, out)) {
      line++;
    }
  }

  /** Reads one line, copying it with its end to {@code out} when given; false at the end of the file. */
  private static boolean skipLine(BufferedReader r, @Nullable Writer out) throws IOException {
    int c = r.read();
    if (c < 0) {
      return false;
    }
    while (c >= 0) {
      if (out != null) {
        out.write(c);
      }
      if (c == '\n') {
        return true;
      }
      if (c == '\r') {
        r.mark(1);
        int next = r.read();
        if (next == '\n') {
          if (out != null) {
            out.write(next);
          }
        } else if (next >= 0) {
          r.reset();
        }
        return true;
      }
      c = r.read();
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
