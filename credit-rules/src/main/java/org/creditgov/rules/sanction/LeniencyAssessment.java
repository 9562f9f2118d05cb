package org.creditgov.rules.sanction;

import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * A recorded assessment (宽容审慎认定) that a person made of the circumstances SAN-4 names: a minor,
 * force majeure, conduct that was not intentional or was minor. A request with such circumstances
 * and no assessment is held for review, never simply allowed.
 */
@Value.Immutable
@CreditStyle
public abstract class LeniencyAssessment {

  LeniencyAssessment() {} // subclassed only by the generated ImmutableLeniencyAssessment

  /** A builder. Mandatory: department, documentNumber, assessedOn. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link LeniencyAssessment}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableLeniencyAssessment.Builder {
    Builder() {}
  }

  /** The department that assessed. */
  public abstract String department();

  /** The number of the document recording the assessment; redacted from {@code toString()}. */
  @Value.Redacted
  public abstract String documentNumber();

  /** The date of the assessment. */
  public abstract LocalDate assessedOn();

  @Value.Check
  void check() {
    if (department().isBlank() || documentNumber().isBlank()) {
      throw new IllegalArgumentException("a leniency assessment names its department and document");
    }
  }
}
