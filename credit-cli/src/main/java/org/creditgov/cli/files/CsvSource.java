package org.creditgov.cli.files;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CountingInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file with a header (RFC 4180, UTF-8), read record by record with Commons CSV. A row with
 * more or fewer columns than the header is malformed; so is a row with bad quoting, after which
 * reading resumes at the next row: Commons CSV reports the quoting error and goes on from where
 * it stopped, and the rest of that row it then reads is dropped with it. A record's lines are
 * those from the line after the previous record to the line it ends on.
 */
public final class CsvSource implements RecordSource<CSVRecord> {

  /** The CSV dialect read and written: RFC 4180 (commas, double quotes, CRLF written). */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final CountingInputStream counting;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final LineFollower raw;
  private final ImmutableList<String> header;
  private long lastLine;
  private long first;
  private long last;
  private @Nullable CSVRecord record;
  private @Nullable Malformed problem;

  private CsvSource(Path file, CountingInputStream counting, CSVParser parser) {
    this.counting = counting;
    this.parser = parser;
    this.records = parser.iterator();
    this.raw = new LineFollower(file);
    ImmutableList<String> h = ImmutableList.of();
    try {
      if (records.hasNext()) {
        h = ImmutableList.copyOf(records.next().values());
      }
    } catch (UncheckedIOException e) {
      h = ImmutableList.of(); // a header with bad quoting: no columns can be named
    }
    this.header = h;
    this.lastLine = parser.getCurrentLineNumber();
  }

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws IOException if it cannot be read
   */
  public static CsvSource open(Path file) throws IOException {
    CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
    try {
      CSVParser parser = CSVParser.builder()
          .setReader(new InputStreamReader(counting, StandardCharsets.UTF_8))
          .setFormat(FORMAT)
          .get();
      return new CsvSource(file, counting, parser);
    } catch (IOException | RuntimeException e) {
      counting.close();
      throw e;
    }
  }

  /** The column names of the header; empty if the file is empty or its header unreadable. */
  public ImmutableList<String> header() {
    return header;
  }

  @Override
  public boolean advance() throws IOException {
    record = null;
    problem = null;
    first = lastLine + 1;
    Malformed.Kind failure = null;
    int failures = 0;
    while (true) {
      try {
        if (!records.hasNext()) {
          if (failure == null) {
            return false;
          }
          last = Long.MAX_VALUE; // an unclosed quote runs to the end of the file
          lastLine = Long.MAX_VALUE - 1;
          problem = new Malformed(first, failure, 0, 0);
          return true;
        }
        CSVRecord r = records.next();
        long end = Math.max(first, parser.getCurrentLineNumber());
        last = end;
        lastLine = end;
        if (failure != null) {
          problem = new Malformed(first, failure, 0, 0); // r is what was left of the malformed row
        } else if (r.size() != header.size()) {
          problem = new Malformed(first, Malformed.Kind.WRONG_COLUMN_COUNT, header.size(), r.size());
        } else {
          record = r;
        }
        return true;
      } catch (UncheckedIOException e) {
        if (++failures > 1_000_000) {
          throw e; // no progress: not a file Commons CSV can read
        }
        String m = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        Malformed.Kind kind = m.contains("EOF") ? Malformed.Kind.UNCLOSED_QUOTE : Malformed.Kind.BAD_QUOTING;
        failure = failure == null ? kind : failure;
        if (kind == Malformed.Kind.UNCLOSED_QUOTE) {
          failure = kind;
        }
      }
    }
  }

  @Override
  public @Nullable CSVRecord record() {
    return record;
  }

  @Override
  public @Nullable Malformed problem() {
    return problem;
  }

  @Override
  public void copyRaw(Writer out) throws IOException {
    raw.copy(first, last, out);
  }

  @Override
  public long bytesRead() {
    return counting.getCount();
  }

  @Override
  public void close() throws IOException {
    try (LineFollower r = raw; CountingInputStream c = counting) {
      parser.close();
    }
  }
}
