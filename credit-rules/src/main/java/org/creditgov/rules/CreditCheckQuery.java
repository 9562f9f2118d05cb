package org.creditgov.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Subject;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.sanction.BusinessContext;
import org.immutables.value.Value;

/**
 * What a departmental workflow asks {@link CreditCheck} (OPS-1): which subject, in which business
 * context, where and when, by which department; and the subject's credit information the
 * department's platform holds — its dishonesty records still in force (not repaired, still
 * published), its designations, and how many of its credit commitments were not kept.
 */
@Value.Immutable
@CreditStyle
public abstract class CreditCheckQuery {

  CreditCheckQuery() {} // subclassed only by the generated ImmutableCreditCheckQuery

  /**
   * A builder. Mandatory: subject, context, jurisdiction, date, department; the lists may be
   * empty; no unkept commitments by default.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same query on another date: what is in force, and which listings and records count, is
   * judged on it.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public CreditCheckQuery withDate(LocalDate date) {
    return toBuilder().date(date).build();
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
   * The builder of {@link CreditCheckQuery}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableCreditCheckQuery.Builder {
    Builder() {}
  }

  /** The subject. Personal data for a natural person. */
  public abstract Subject subject();

  /** The business context of the workflow. */
  public abstract BusinessContext context();

  /** Where the department acts: it decides the list layers in force. */
  public abstract Jurisdiction jurisdiction();

  /** The date of the check (from the caller, or {@link CreditCheck#today()}). */
  public abstract LocalDate date();

  /** The department that asks, and would implement a measure. */
  public abstract String department();

  /** The subject's credit records still in force (dishonesty information not repaired). */
  public abstract ImmutableList<CreditRecord> records();

  /** The subject's designations, of any status. */
  public abstract ImmutableList<Designation> designations();

  /** How many credit commitments the subject did not keep. */
  @Value.Default
  public int unkeptCommitments() {
    return 0;
  }

  /**
   * @throws IllegalArgumentException if a record or designation is of another subject, the
   *     department is blank or the count is negative
   */
  @Value.Check
  void check() {
    if (department().isBlank()) {
      throw new IllegalArgumentException("a credit check names the department that asks");
    }
    if (unkeptCommitments() < 0) {
      throw new IllegalArgumentException("unkeptCommitments must not be negative");
    }
    for (CreditRecord r : records()) {
      if (!r.subject().equals(subject())) {
        throw new IllegalArgumentException("a record of item " + r.itemCode() + " is of another subject");
      }
    }
    for (Designation d : designations()) {
      if (!d.isOf(subject())) {
        throw new IllegalArgumentException("designation " + d.id() + " is of another subject");
      }
    }
  }

  /** The context, subject type, jurisdiction, date and counts; never the subject itself. */
  @Override
  public String toString() {
    return "CreditCheckQuery[" + context() + ", " + subject().type() + ", " + jurisdiction().code() + ", " + date()
        + ", " + records().size() + " records, " + designations().size() + " designations]";
  }
}
