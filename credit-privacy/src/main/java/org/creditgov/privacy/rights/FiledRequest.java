package org.creditgov.privacy.rights;

import java.time.Instant;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CreditRecord;
import org.immutables.value.Value;

/**
 * A correction request as filed (PRI-1, DES-4): the request, what it became (a correction, or an
 * objection for a listing or penalty record), the record concerned, and when it was filed. The
 * department's workflow takes it from here (an objection goes to the designation procedure's
 * objection step).
 */
@Value.Immutable
@CreditStyle
public abstract class FiledRequest {

  FiledRequest() {} // subclassed only by the generated implementation

  /** The request. */
  public abstract CorrectionRequest request();

  /** What it became. */
  public abstract RequestKind kind();

  /** The record concerned. Never printed. */
  @Value.Redacted
  public abstract CreditRecord record();

  /** When it was filed, by the clock. */
  public abstract Instant filedAt();
}
