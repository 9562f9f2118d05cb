package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.subject.Subject;
import org.immutables.value.Value;

/**
 * A record of public credit information a department submits: which catalog item it is of, the
 * subject, the field values, the decision (date and document number) it rests on, the department
 * that issued it, its severity class if it is dishonesty information, and the date it was
 * submitted. {@link ResolvedCatalog#check(CreditRecord)} judges it (CAT-1, CAT-3, CAT-5, CAT-6).
 *
 * <p>Field values are typed Java values ({@link String}, {@link Integer}, {@link Long}, {@link
 * java.math.BigDecimal}, {@link LocalDate}, {@link Boolean}, as {@link FieldType} says); a value
 * of another type is a finding, not an exception. They may be personal data, so {@code toString()}
 * never prints them, and no finding quotes them.
 *
 * <pre>{@code
 * CreditRecord record = CreditRecord.builder()
 *     .itemCode("NAT-ADMIN-PENALTY")
 *     .subject(company)
 *     .putField("penaltyContent", "罚款")
 *     .putField("fineAmount", new BigDecimal("5000.00"))
 *     .decisionDate(LocalDate.of(2025, 3, 3))
 *     .documentNumber("青市监罚〔2025〕12号")
 *     .issuingDepartment("青铜峡市市场监督管理局")
 *     .severityClass(SeverityClass.GENERAL)
 *     .submissionDate(LocalDate.of(2025, 3, 10))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class CreditRecord {

  CreditRecord() {} // subclassed only by the generated ImmutableCreditRecord

  /**
   * A builder. Mandatory: itemCode, subject, decisionDate, documentNumber, issuingDepartment,
   * submissionDate.
   */
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
   * The builder of {@link CreditRecord}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableCreditRecord.Builder {
    Builder() {}
  }

  /** The code of the catalog item the record is of. */
  public abstract String itemCode();

  /** The credit subject the record is about. */
  public abstract Subject subject();

  /** The field values by field name. May hold personal data: never printed. */
  @Value.Redacted
  public abstract ImmutableMap<String, Object> fields();

  /** The date of the decision document the record rests on; publication periods count from it. */
  public abstract LocalDate decisionDate();

  /** The number of the decision document (文书号). */
  public abstract String documentNumber();

  /** The department that issued the decision and supplies the record. */
  public abstract String issuingDepartment();

  /** The severity class, for dishonesty information. */
  public abstract Optional<SeverityClass> severityClass();

  /**
   * The date the record was submitted: it decides the catalog in force for the record (CAT-4) and
   * is judged against the item's update deadline (CAT-5).
   */
  public abstract LocalDate submissionDate();
}
