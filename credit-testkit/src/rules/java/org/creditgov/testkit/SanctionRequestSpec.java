package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.LeniencyAssessment;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;

/**
 * A mutable description of a {@link SanctionRequest} for generators and tests: generators change its
 * fields (its fact list in place) and {@link #build()} it, and report a case as a spec. To vary a
 * built request, {@link SanctionRequest#toBuilder()} does as well. Not thread-safe; {@link #copy()}
 * before changing a shared spec.
 */
public final class SanctionRequestSpec {

  /** The subject. */
  public Subject subject;
  /** Where. */
  public Jurisdiction jurisdiction;
  /** The decision date. */
  public LocalDate date;
  /** The measure code. */
  public String measureCode;
  /** The implementing body's name. */
  public String body = "测试县发展和改革局";
  /** The implementing body's kind. */
  public BodyKind bodyKind = BodyKind.PUBLIC_BODY;
  /** The public body requiring it, if any. */
  public Optional<String> requiredBy = Optional.empty();
  /** The trigger. */
  public Trigger trigger = Trigger.CONDUCT_FACT;
  /** The conduct facts. */
  public List<ConductFact> facts = new ArrayList<>();
  /** The listing. */
  public Optional<Designation> listing = Optional.empty();
  /** The cited bases. */
  public List<LegalBasis> cited = new ArrayList<>();
  /** The requested duration. */
  public Optional<Period> duration = Optional.empty();
  /** The leniency assessment. */
  public Optional<LeniencyAssessment> assessment = Optional.empty();

  /**
   * A spec of the mandatory attributes.
   *
   * @throws NullPointerException if an argument is null
   */
  public SanctionRequestSpec(Subject subject, Jurisdiction jurisdiction, LocalDate date, String measureCode) {
    this.subject = requireNonNull(subject, "subject");
    this.jurisdiction = requireNonNull(jurisdiction, "jurisdiction");
    this.date = requireNonNull(date, "date");
    this.measureCode = requireNonNull(measureCode, "measureCode");
  }

  /** An independent copy (the lists are copied; their elements are immutable). */
  public SanctionRequestSpec copy() {
    SanctionRequestSpec c = new SanctionRequestSpec(subject, jurisdiction, date, measureCode);
    c.body = body;
    c.bodyKind = bodyKind;
    c.requiredBy = requiredBy;
    c.trigger = trigger;
    c.facts = new ArrayList<>(facts);
    c.listing = listing;
    c.cited = new ArrayList<>(cited);
    c.duration = duration;
    c.assessment = assessment;
    return c;
  }

  /**
   * The request.
   *
   * @throws IllegalArgumentException as {@link SanctionRequest}'s builder does
   */
  public SanctionRequest build() {
    SanctionRequest.Builder b = SanctionRequest.builder().subject(subject).jurisdiction(jurisdiction).date(date)
        .measureCode(measureCode).implementingBody(body).bodyKind(bodyKind).trigger(trigger)
        .addAllConductFacts(facts).addAllCitedBases(cited);
    requiredBy.ifPresent(b::requiredBy);
    listing.ifPresent(b::listing);
    duration.ifPresent(b::duration);
    assessment.ifPresent(b::leniencyAssessment);
    return b.build();
  }

  @Override
  public String toString() {
    return "SanctionRequestSpec[" + measureCode + ", " + bodyKind + ", " + trigger + ", " + subject.type() + ", " + date
        + ", " + facts.size() + " facts]";
  }
}
