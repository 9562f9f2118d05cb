package org.creditgov.cli.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a streaming command reads: CSV with a header, JSON Lines, plain text. */
public enum RecordFormat {
  /** RFC 4180 CSV, UTF-8, the first record the header. */
  CSV,
  /** JSON Lines: one JSON object per line, UTF-8. */
  JSONL,
  /** Plain UTF-8 text, a line at a time. */
  TEXT;

  /** The format a file's extension names: {@code .csv}; {@code .jsonl} or {@code .ndjson}; {@code .txt}. */
  public static Optional<RecordFormat> ofExtension(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".txt") || name.endsWith(".log")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }
}
