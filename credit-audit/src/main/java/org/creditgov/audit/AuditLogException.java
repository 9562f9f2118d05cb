package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

/**
 * The one typed exception of the log's files (SEC-2, SEC-3): a log directory that cannot be
 * opened or written, with a {@link #reason()}. Messages name files and indexes, never an entry's
 * content.
 */
public final class AuditLogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the log refused. */
  public enum Reason {
    /** Another process, or another {@link AuditLog} of this JVM, holds the directory's write lock. */
    LOCKED,
    /**
     * The files contradict themselves or the log's own signed checkpoint: an acknowledged or
     * checkpointed entry is missing or damaged, a closed segment is short. Not repaired
     * automatically: run {@link AuditLogVerifier} on a copy to see what changed.
     */
    CORRUPT,
    /** Reading or writing failed; after a failed write the log must be closed and reopened. */
    IO,
    /** The directory is not a log of this format, or it is a log of another origin. */
    NOT_THIS_LOG
  }

  private final Reason reason;

  AuditLogException(Reason reason, String message) {
    super(message);
    this.reason = requireNonNull(reason);
  }

  AuditLogException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = requireNonNull(reason);
  }

  /** Why the log refused. */
  public Reason reason() {
    return reason;
  }
}
