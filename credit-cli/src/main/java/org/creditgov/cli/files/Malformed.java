package org.creditgov.cli.files;

import static java.util.Objects.requireNonNull;

import org.creditgov.cli.Texts;

/**
 * Why one record of an input could not be read, and where: its first line (1-based, the header is
 * line 1 of a CSV file) and the problem, never its content (it may be personal data).
 *
 * @param line the first line of the record
 * @param kind the problem
 * @param expected the number of columns expected, for {@link Kind#WRONG_COLUMN_COUNT}
 * @param found the number found, or the column of a JSON syntax error (0 when unknown)
 */
public record Malformed(long line, Kind kind, long expected, long found) {

  /** The kinds of malformed record. */
  public enum Kind {
    /** A CSV row with more or fewer columns than the header. */
    WRONG_COLUMN_COUNT,
    /** A quoted CSV field followed by something other than a comma or the end of the row. */
    BAD_QUOTING,
    /** A quoted CSV field never closed before the end of the file. */
    UNCLOSED_QUOTE,
    /** A JSON Lines line that is not JSON. */
    INVALID_JSON,
    /** A JSON Lines line that is JSON but not an object. */
    NOT_AN_OBJECT
  }

  /** Checks the arguments. */
  public Malformed {
    requireNonNull(kind, "kind");
  }

  /** One line for the user: the line number and the problem, in the language of {@code texts}. */
  public String describe(Texts texts) {
    return texts.get("row." + kind.name(), line, expected, found);
  }
}
