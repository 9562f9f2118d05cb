package org.creditgov.rules.incentive;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Subject;
import org.creditgov.rules.designation.Designation;
import org.immutables.value.Value;

/**
 * What an incentive eligibility check looks at (INC-1): the subject, where and when, its
 * designations, its dishonesty information still in force (records not repaired and still
 * published: the caller's credit platform decides that), and how many of its credit commitments
 * were not kept.
 */
@Value.Immutable
@CreditStyle
public abstract class EligibilityQuery {

  EligibilityQuery() {} // subclassed only by the generated ImmutableEligibilityQuery

  /** A builder. Mandatory: subject, jurisdiction, date; the lists may be empty; no unkept commitments by default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same query on another date: what is in force, and which listings and records count, is
   * judged on it.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public EligibilityQuery withDate(LocalDate date) {
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
   * The builder of {@link EligibilityQuery}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableEligibilityQuery.Builder {
    Builder() {}
  }

  /** The subject. Personal data for a natural person. */
  public abstract Subject subject();

  /** Where the incentive would be granted. */
  public abstract Jurisdiction jurisdiction();

  /** The date of the decision. */
  public abstract LocalDate date();

  /** The subject's designations (of every status: only those listed on the date count). */
  public abstract ImmutableList<Designation> designations();

  /** The subject's dishonesty information not repaired (records of any class; serious ones count). */
  public abstract ImmutableList<CreditRecord> dishonestyRecords();

  /** How many credit commitments the subject did not keep. */
  @Value.Default
  public int unkeptCommitments() {
    return 0;
  }

  /**
   * @throws IllegalArgumentException if a designation or record is of another subject, or the
   *     count of unkept commitments is negative
   */
  @Value.Check
  void check() {
    if (unkeptCommitments() < 0) {
      throw new IllegalArgumentException("unkeptCommitments must not be negative");
    }
    for (Designation d : designations()) {
      if (!d.isOf(subject())) {
        throw new IllegalArgumentException("designation " + d.id() + " is of another subject");
      }
    }
    for (CreditRecord r : dishonestyRecords()) {
      if (!r.subject().equals(subject())) {
        throw new IllegalArgumentException("a record of item " + r.itemCode() + " is of another subject");
      }
    }
  }

  /** The subject's type, the jurisdiction, the date and the counts; never the subject itself. */
  @Override
  public String toString() {
    return "EligibilityQuery[" + subject().type() + ", " + jurisdiction().code() + ", " + date() + ", "
        + designations().size() + " designations, " + dishonestyRecords().size() + " records, "
        + unkeptCommitments() + " unkept commitments]";
  }
}
