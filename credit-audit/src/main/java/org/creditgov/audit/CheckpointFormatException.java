package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

/**
 * A text that is not a well-formed C2SP signed note carrying a tlog-checkpoint body (SEC-2): the
 * one typed exception for bad checkpoint text, with a {@link #reason()} and the 1-based {@link
 * #line()} where the problem is (0 where it concerns the whole note). The message never repeats the
 * text.
 */
public final class CheckpointFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a checkpoint text was refused. */
  public enum Reason {
    /** Bytes that are not UTF-8, or an ASCII control character other than a newline. */
    ENCODING,
    /** No blank line followed by signature lines, or a text that does not end in a newline. */
    NO_SIGNATURE_BLOCK,
    /** A signature line that is not an em dash, a space, a key name, a space and base64 of at least five bytes. */
    SIGNATURE_LINE,
    /** More than {@value Checkpoint#MAX_SIGNATURES} signature lines. */
    TOO_MANY_SIGNATURES,
    /** Fewer than three body lines (origin, size, root hash). */
    BODY_TOO_SHORT,
    /** An empty origin, or one with a space or a plus sign. */
    ORIGIN,
    /** A size that is not a decimal number without leading zeros within 0 … 2^63 − 1. */
    SIZE,
    /** A root hash that is not the standard base64 of 32 bytes. */
    ROOT_HASH,
    /** An empty extension line. */
    EXTENSION,
    /** A timestamp extension line that is not {@code timestamp} and an ISO-8601 instant. */
    TIMESTAMP
  }

  private final Reason reason;
  private final int line;

  CheckpointFormatException(Reason reason, int line, String message) {
    super(message + (line > 0 ? " (line " + line + ")" : ""));
    this.reason = requireNonNull(reason);
    this.line = line;
  }

  /** Why the text was refused. */
  public Reason reason() {
    return reason;
  }

  /** The 1-based line of the note where the problem is, or 0 for the whole note. */
  public int line() {
    return line;
  }
}
