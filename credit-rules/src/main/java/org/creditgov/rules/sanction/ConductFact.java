package org.creditgov.rules.sanction;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.SeverityClass;
import org.immutables.value.Value;

/**
 * A specific fact of dishonest conduct a sanction rests on (SAN-2): its field and severity class
 * (SAN-3), whether it was intentional and whether force majeure caused it (SAN-4), its date, and
 * the decision document or listing it rests on (a legally effective document, 国办发〔2020〕49号).
 *
 * <pre>{@code
 * ConductFact fact = ConductFact.builder()
 *     .field("招标投标").severityClass(SeverityClass.SERIOUS).intent(Intent.INTENTIONAL)
 *     .date(LocalDate.of(2025, 3, 3)).document("青财采罚〔2025〕4号").build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class ConductFact {

  ConductFact() {} // subclassed only by the generated ImmutableConductFact

  /** A builder. Mandatory: field, severityClass, intent, date; forceMajeure defaults to false. */
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
   * The builder of {@link ConductFact}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableConductFact.Builder {
    Builder() {}
  }

  /** The field (领域) of the conduct, compared exactly with a measure's fields. */
  public abstract String field();

  /** The severity class of the conduct. */
  public abstract SeverityClass severityClass();

  /** Whether the conduct was intentional. */
  public abstract Intent intent();

  /** Whether force majeure (natural disaster, epidemic …) caused the conduct (SAN-4). */
  @Value.Default
  public boolean forceMajeure() {
    return false;
  }

  /** The date of the conduct (or of the decision finding it). */
  public abstract LocalDate date();

  /**
   * The number of the decision document or the listing the fact rests on; may identify a case, so
   * it is redacted from {@code toString()} and never quoted in a finding.
   */
  @Value.Redacted
  public abstract Optional<String> document();

  @Value.Check
  void check() {
    if (field().isBlank()) {
      throw new IllegalArgumentException("a conduct fact needs a field");
    }
    if (document().isPresent() && document().get().isBlank()) {
      throw new IllegalArgumentException("a conduct fact's document number must not be blank; leave it empty");
    }
  }
}
