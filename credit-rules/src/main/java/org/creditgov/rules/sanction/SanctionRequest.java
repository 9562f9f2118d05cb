package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.creditgov.rules.designation.Designation;
import org.immutables.value.Value;

/**
 * A request to apply one listed measure to one subject, as a departmental workflow states it, for
 * {@link SanctionChecker#check(SanctionRequest)} to judge (SAN-1 … SAN-6): the subject; the
 * jurisdiction and date (they decide the measure list in force); the measure's code; the
 * implementing body and its kind, and the public body that requires it, if one does (SAN-5); what
 * triggered it; the conduct facts and the listing it rests on; the legal bases the decision cites;
 * the requested duration; and a leniency assessment, if one was recorded (SAN-4).
 *
 * <p>The subject and the listing may hold personal data: {@code toString()} prints the subject
 * through its own redacting {@code toString()} and the listing by id only.
 *
 * <pre>{@code
 * SanctionRequest request = SanctionRequest.builder()
 *     .subject(company).jurisdiction(Jurisdiction.of("640381")).date(LocalDate.of(2025, 6, 2))
 *     .measureCode("NAT-2021-TENDER-BAN")
 *     .implementingBody("青铜峡市发展和改革局").bodyKind(BodyKind.PUBLIC_BODY)
 *     .trigger(Trigger.CONDUCT_FACT).addConductFacts(fact)
 *     .addCitedBases(biddingLawArt54).duration(Period.ofYears(1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class SanctionRequest {

  SanctionRequest() {} // subclassed only by the generated ImmutableSanctionRequest

  /**
   * A builder. Mandatory: subject, jurisdiction, date, measureCode, implementingBody, bodyKind,
   * trigger. The lists may be empty (the check then reports what is missing).
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with the three attributes every request states already set: what measure, on whom,
   * on what date. The other mandatory attributes (jurisdiction, implementing body and its kind,
   * trigger) are still to be set.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String measureCode, Subject subject, LocalDate date) {
    return builder().measureCode(measureCode).subject(subject).date(date);
  }

  /**
   * The same request for another measure, as a workflow asks about each measure in turn.
   *
   * @throws NullPointerException if {@code measureCode} is null
   * @throws IllegalArgumentException if it is blank
   */
  public SanctionRequest withMeasureCode(String measureCode) {
    return toBuilder().measureCode(measureCode).build();
  }

  /**
   * The same request on another date: the measure list and listings in force are judged on it.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public SanctionRequest withDate(LocalDate date) {
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
   * The builder of {@link SanctionRequest}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableSanctionRequest.Builder {
    Builder() {}
  }

  /** The subject the measure would apply to. Personal data for a natural person. */
  public abstract Subject subject();

  /** Where the measure is applied: it decides the list layers in force. */
  public abstract Jurisdiction jurisdiction();

  /** The date of the decision: it decides the list version in force, and listings are judged on it. */
  public abstract LocalDate date();

  /** The code of the measure on the list. */
  public abstract String measureCode();

  /** The body that would implement the measure. */
  public abstract String implementingBody();

  /** The kind of that body. */
  public abstract BodyKind bodyKind();

  /**
   * The public body that requires the implementing body to apply the measure, if one does; empty
   * when the implementing body acts of its own accord (SAN-5).
   */
  public abstract Optional<String> requiredBy();

  /** What triggered the request (SAN-2, SAN-6). */
  public abstract Trigger trigger();

  /** The facts of dishonest conduct the measure rests on (SAN-2). */
  public abstract ImmutableList<ConductFact> conductFacts();

  /** The listing the measure rests on, for a {@link Trigger#LIST_MEMBERSHIP} request. */
  public abstract Optional<Designation> listing();

  /** The legal bases the decision cites for the measure (SAN-2). */
  public abstract ImmutableList<LegalBasis> citedBases();

  /** The requested duration, if the measure is for a period (SAN-3). */
  public abstract Optional<Period> duration();

  /** The recorded leniency assessment, if any (SAN-4). */
  public abstract Optional<LeniencyAssessment> leniencyAssessment();

  /**
   * @throws IllegalArgumentException if the measure code or body is blank, or the duration is not
   *     positive
   */
  @Value.Check
  void check() {
    if (measureCode().isBlank() || implementingBody().isBlank()) {
      throw new IllegalArgumentException("a sanction request names a measure code and an implementing body");
    }
    if (duration().isPresent()) {
      Period p = duration().get();
      if (p.isNegative() || p.isZero() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
        throw new IllegalArgumentException("a requested duration must be positive: " + p);
      }
    }
  }

  /** The measure, kind of body, trigger, date and jurisdiction; the subject only as its type. */
  @Override
  public String toString() {
    return "SanctionRequest[" + measureCode() + ", " + bodyKind() + ", " + trigger() + ", "
        + subject().type() + ", " + jurisdiction().code() + ", " + date() + ", "
        + conductFacts().size() + " facts" + listing().map(d -> ", listing " + d.id()).orElse("") + "]";
  }
}
