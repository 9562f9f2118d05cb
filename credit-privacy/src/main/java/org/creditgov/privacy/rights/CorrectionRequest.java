package org.creditgov.privacy.rights;

import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.immutables.value.Value;

/**
 * A person's request to correct a record about them (PIPL Art. 46): which record (its item and
 * decision document number), where, and what is wrong in the person's words (which may hold
 * personal data: never printed).
 */
@Value.Immutable
@CreditStyle
public abstract class CorrectionRequest {

  CorrectionRequest() {} // subclassed only by the generated implementation

  /** A builder; all attributes are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The person (or organisation) asking. Printed masked. */
  @Value.Redacted
  public abstract SubjectRef subject();

  /** Where the record is kept: its catalog is the one in force here. */
  public abstract Jurisdiction jurisdiction();

  /** The record's catalog item. */
  public abstract String itemCode();

  /** The record's decision document number. */
  public abstract String documentNumber();

  /** What is wrong, in the person's words. Never printed. */
  @Value.Redacted
  public abstract String statement();

  @Value.Check
  void check() {
    if (itemCode().isBlank() || documentNumber().isBlank() || statement().isBlank()) {
      throw new IllegalArgumentException("a correction request names the record and says what is wrong");
    }
  }

  /** Builds a {@link CorrectionRequest}. */
  public static final class Builder extends ImmutableCorrectionRequest.Builder {
    Builder() {}
  }
}
