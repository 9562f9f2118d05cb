package org.creditgov.cli.files;

import com.google.common.io.CountingInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A UTF-8 file read a line at a time; each line becomes a record through a parse that may find it
 * malformed. Plain text ({@link #text}) takes every line as it is; JSON Lines ({@link
 * JsonLines#open}) parses each line as an object. Blank lines are passed over.
 *
 * @param <T> the type of a well-formed record
 */
public class LineSource<T> implements RecordSource<T> {

  /** How a line becomes a record. */
  @FunctionalInterface
  public interface LineParser<T> {
    /**
     * The record of a line, or the problem with it.
     *
     * @param line the text of the line, without its end
     * @param number its number (1-based)
     * @param problem where to put the problem when the line is malformed
     * @return the record, or null when malformed
     */
    @Nullable T parse(String line, long number, Malformed[] problem);
  }

  private final CountingInputStream counting;
  private final BufferedReader in;
  private final LineParser<T> parser;
  private final boolean skipBlank;
  private long number;
  private @Nullable String line;
  private @Nullable T record;
  private @Nullable Malformed problem;

  LineSource(Path file, LineParser<T> parser, boolean skipBlank) throws IOException {
    this.counting = new CountingInputStream(Files.newInputStream(file));
    this.in = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16);
    this.parser = parser;
    this.skipBlank = skipBlank;
  }

  /**
   * A plain text file, every line a record (blank lines too).
   *
   * @throws IOException if it cannot be read
   */
  public static LineSource<String> text(Path file) throws IOException {
    return new LineSource<>(file, (l, n, p) -> l, false);
  }

  @Override
  public boolean advance() throws IOException {
    record = null;
    problem = null;
    while (true) {
      String l = in.readLine();
      if (l == null) {
        line = null;
        return false;
      }
      number++;
      if (skipBlank && l.isBlank()) {
        continue;
      }
      line = l;
      Malformed[] p = new Malformed[1];
      record = parser.parse(l, number, p);
      problem = record == null ? p[0] : null;
      return true;
    }
  }

  @Override
  public @Nullable T record() {
    return record;
  }

  @Override
  public @Nullable Malformed problem() {
    return problem;
  }

  @Override
  public void copyRaw(Writer out) throws IOException {
    if (line != null) {
      out.write(line);
      out.write('\n');
    }
  }

  @Override
  public long bytesRead() {
    return counting.getCount();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
