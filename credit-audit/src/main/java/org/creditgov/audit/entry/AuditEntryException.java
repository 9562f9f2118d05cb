package org.creditgov.audit.entry;

import static java.util.Objects.requireNonNull;

/**
 * An audit entry refused because of what a field holds (PRI-1, SEC-2), with a {@link #reason()} and
 * the {@link #field()} name. The message never contains the value.
 */
public final class AuditEntryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why the entry was refused. */
  public enum Reason {
    /** A text field is, or contains, a valid resident ID number: subjects are logged as pseudonym tokens only. */
    RESIDENT_ID_NUMBER,
    /** A text field is, or contains, a valid unified social credit code: subjects are logged as pseudonym tokens only. */
    CREDIT_CODE,
    /** A text field holds an unpaired surrogate, which UTF-8 cannot encode. */
    NOT_UNICODE,
    /** The payload is not canonical JSON (sorted keys, no insignificant whitespace, UTF-8). */
    NOT_CANONICAL_JSON,
    /** Bytes read back are not an entry of this format: another format, a member missing or unknown. */
    NOT_AN_ENTRY
  }

  private final Reason reason;
  private final String field;

  AuditEntryException(Reason reason, String field, String message) {
    super("audit entry field '" + field + "': " + message);
    this.reason = requireNonNull(reason);
    this.field = requireNonNull(field);
  }

  /** Why the entry was refused. */
  public Reason reason() {
    return reason;
  }

  /** The name of the field, as in the canonical JSON. */
  public String field() {
    return field;
  }
}
