package org.creditgov.cli.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * A file read one record at a time in constant memory: each {@link #advance()} reads the next
 * record, which is either well-formed ({@link #record()}) or malformed ({@link #problem()}, with
 * the line where it starts); reading goes on after a malformed record.
 *
 * @param <T> the type of a well-formed record
 */
public interface RecordSource<T> extends Closeable {

  /**
   * Reads the next record.
   *
   * @return false at the end of the file
   * @throws IOException if the file cannot be read
   */
  boolean advance() throws IOException;

  /** The record read, or null when it is malformed. */
  @Nullable T record();

  /** Why the record read is malformed, or null when it is well-formed. */
  @Nullable Malformed problem();

  /**
   * Copies the record read, exactly as it stands in the file with its line ends, to {@code out}
   * (for the quarantine file).
   *
   * @throws IOException if the file cannot be read or {@code out} written
   */
  void copyRaw(Writer out) throws IOException;

  /** How many bytes of the file were read so far. */
  long bytesRead();
}
