package org.creditgov.rules.sanction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.Status;
import org.jspecify.annotations.Nullable;

/**
 * The whitelist check of a sanction measure (SAN-1 … SAN-6): {@link #check(SanctionRequest)}
 * answers with a {@link Verdict} listing every finding, each with its requirement id and legal
 * basis, and naming the measure-list version applied ({@link Verdict#ruleSetVersion()}; {@code
 * "none"} when no list is in force), so a past decision can be re-evaluated as of its date.
 *
 * <p>The findings, in this order: no list in force, or the measure not on the list in force in the
 * request's jurisdiction on its date; a subject type or a kind of implementing body the list does
 * not name for the measure; a listing of a list the measure does not target (SAN-1). No conduct
 * fact, a fact without its decision document or dated after the request, a credit score taken as
 * a fact, no basis cited, a basis cited indirectly (none of the measure's own), below the level a
 * rights-reducing measure needs, or not in force; a missing listing, a listing not in force on the
 * date (expired, repaired, revoked, corrected, dropped) or of another subject (SAN-2). A field
 * unrelated to the conduct, a measure heavier than the conduct's severity class allows or longer
 * than its maximum (SAN-3). A minor the measure may not apply to; a minor, force majeure,
 * unintentional or minor conduct, or conduct of unknown intent, without a recorded leniency
 * assessment (SAN-4, held for review, never simply allowed). A public body requiring a financial
 * institution, credit-service agency, association or medium to sanction (SAN-5). A natural person
 * sanctioned because of a credit score (SAN-6).
 *
 * <p>Pure, deterministic and thread-safe: the verdict depends only on the request and the lists;
 * equal requests get equal verdicts. Nothing reads a clock: the request carries its date. No
 * finding quotes personal data.
 *
 * <pre>{@code
 * SanctionChecker checker = SanctionChecker.of(registry);
 * Verdict v = checker.check(request);
 * if (!v.isAllowed()) { v.findings().forEach(f -> show(f.requirement(), f.messageZh())); }
 * }</pre>
 */
public final class SanctionChecker {

  private static final ImmutableList<LegalBasis> GENERAL =
      ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49, Instruments.QINGTONGXIA_PLAN_2022);
  /** SAN-4 and SAN-6 are confirmed in the seed plan (§二.8); 49号's text on them was not readable. */
  private static final ImmutableList<LegalBasis> SEED_FIRST =
      ImmutableList.of(Instruments.QINGTONGXIA_PLAN_2022, Instruments.STATE_COUNCIL_OPINION_2020_49);

  private final MeasureListRegistry registry;

  private SanctionChecker(MeasureListRegistry registry) {
    this.registry = registry;
  }

  /**
   * A checker of the lists of {@code registry}.
   *
   * @throws NullPointerException if {@code registry} is null
   */
  public static SanctionChecker of(MeasureListRegistry registry) {
    return new SanctionChecker(requireNonNull(registry, "registry"));
  }

  /** The lists the checker applies. */
  public MeasureListRegistry registry() {
    return registry;
  }

  /**
   * Judges a request against the measure list in force in its jurisdiction on its date, with
   * every finding (SAN-1 … SAN-6).
   *
   * @throws NullPointerException if {@code request} is null
   */
  public Verdict check(SanctionRequest request) {
    requireNonNull(request, "request");
    ResolvedMeasureList list = registry.resolveOrNull(request.jurisdiction(), request.date());
    return check(list, request);
  }

  /** The check against a resolved list (or none): shared with {@code CreditCheck}'s reminders. */
  static Verdict check(@Nullable ResolvedMeasureList list, SanctionRequest request) {
    Findings f = new Findings();
    LocalDate date = request.date();
    Subject subject = request.subject();
    SubjectType type = subject.type();
    boolean person = type == SubjectType.NATURAL_PERSON;
    CompiledMeasure m = list == null ? null : list.compiled(request.measureCode());
    String code = request.measureCode();

    // SAN-1: the list and the measure's scope
    if (list == null) {
      f.add(SanctionFinding.NO_LIST_IN_FORCE, GENERAL, date, request.jurisdiction());
    } else if (m == null) {
      f.add(SanctionFinding.MEASURE_NOT_ON_LIST, GENERAL, code, request.jurisdiction(), date, list.ruleSetVersion());
    } else {
      if (!m.covers(type)) {
        f.add(SanctionFinding.SUBJECT_TYPE_NOT_COVERED, m.findingBases, code, type, m.subjectTypesText);
      }
      if (!m.implementedBy(request.bodyKind())) {
        f.add(SanctionFinding.BODY_KIND_NOT_LISTED, m.findingBases, code, request.bodyKind());
      }
    }
    Designation listing = request.listing().orElse(null);
    if (listing != null && m != null && request.trigger() == Trigger.LIST_MEMBERSHIP
        && !m.measure.targetLists().contains(listing.listType().code())) {
      f.add(SanctionFinding.LISTING_NOT_TARGETED, m.findingBases, code, listing.listType().code());
    }

    // SAN-2: a specific fact, a direct basis of the required level, a listing in force
    ImmutableList<ConductFact> facts = request.conductFacts();
    if (facts.isEmpty()) {
      f.add(SanctionFinding.NO_CONDUCT_FACT, GENERAL, code);
    }
    for (int i = 0; i < facts.size(); i++) {
      ConductFact fact = facts.get(i);
      if (fact.document().isEmpty()) {
        f.add(SanctionFinding.FACT_WITHOUT_DOCUMENT, GENERAL, i + 1);
      }
      if (fact.date().isAfter(date)) {
        f.add(SanctionFinding.FACT_AFTER_DATE, GENERAL, i + 1, fact.date(), date);
      }
    }
    if (request.trigger() == Trigger.CREDIT_SCORE && !person && m != null && m.rightsReducing) {
      f.add(SanctionFinding.SCORE_NOT_A_FACT, m.findingBases, code);
    }
    if (m != null && m.publicMeasure) {
      checkBases(m, request.citedBases(), date, f);
    }
    if (listing == null) {
      if (request.trigger() == Trigger.LIST_MEMBERSHIP) {
        f.add(SanctionFinding.LISTING_MISSING, GENERAL, code);
      }
    } else {
      Status status = listing.statusOn(date);
      if (status != Status.LISTED) {
        f.add(SanctionFinding.LISTING_NOT_IN_FORCE, listingBases(listing), listing.id().value(),
            listing.listType().code(), Texts.of(status), date);
      }
      boolean responsible = m != null && m.measure.appliesToResponsiblePersons() && person
          && listing.subjectRef().type().isOrganisation();
      if (!responsible && !listing.isOf(subject)) {
        f.add(SanctionFinding.LISTING_OF_OTHER_SUBJECT, listingBases(listing), listing.id().value());
      }
    }

    // SAN-3: relevance and proportionality, over the facts in the measure's fields
    boolean anyRelevant = false;
    if (m != null) {
      for (int i = 0; i < facts.size(); i++) {
        if (m.measure.fields().contains(facts.get(i).field())) {
          anyRelevant = true;
          break;
        }
      }
      if (!facts.isEmpty() && !anyRelevant) {
        f.add(SanctionFinding.FIELD_UNRELATED, m.findingBases, code, factFields(facts), m.measure.fields());
      }
    }
    int worst = -1;
    boolean minorAtConduct = false;
    boolean forceMajeure = false;
    boolean unintentional = false;
    boolean unknownIntent = false;
    boolean minorConduct = false;
    for (int i = 0; i < facts.size(); i++) {
      ConductFact fact = facts.get(i);
      if (anyRelevant && !m.measure.fields().contains(fact.field())) {
        continue; // judged on the facts the measure answers
      }
      worst = Math.max(worst, fact.severityClass().ordinal());
      minorAtConduct |= person && subject.isMinorOn(fact.date());
      forceMajeure |= fact.forceMajeure();
      unintentional |= fact.intent() == Intent.NOT_INTENTIONAL;
      unknownIntent |= fact.intent() == Intent.UNKNOWN;
      minorConduct |= fact.severityClass() == SeverityClass.MINOR;
    }
    if (m != null) {
      if (worst >= 0 && worst < m.minimumSeverity) {
        f.add(SanctionFinding.TOO_HEAVY_FOR_SEVERITY, m.findingBases, code,
            Texts.of(SeverityClass.values()[worst]), Texts.of(m.measure.minimumSeverity()));
      }
      Period duration = request.duration().orElse(null);
      if (duration != null && m.maximumDuration != null
          && date.plus(duration).isAfter(date.plus(m.maximumDuration))) {
        f.add(SanctionFinding.LONGER_THAN_MAXIMUM, m.findingBases, code, duration, m.maximumDuration);
      }
    }

    // SAN-4: leniency
    boolean minorNow = person && subject.isMinorOn(date);
    boolean assessed = request.leniencyAssessment().isPresent()
        && !request.leniencyAssessment().get().assessedOn().isAfter(date);
    if (minorNow && m != null && !m.measure.appliesToMinors()) {
      f.add(SanctionFinding.MINOR_EXCLUDED, m.findingBases, code, date);
    } else if ((minorNow || minorAtConduct) && !assessed) {
      f.add(SanctionFinding.MINOR_NOT_ASSESSED, SEED_FIRST, code);
    }
    if (!assessed) {
      if (forceMajeure) {
        f.add(SanctionFinding.FORCE_MAJEURE_NOT_ASSESSED, SEED_FIRST, code);
      }
      if (unintentional) {
        f.add(SanctionFinding.UNINTENTIONAL_NOT_ASSESSED, SEED_FIRST, code);
      }
      if (unknownIntent) {
        f.add(SanctionFinding.INTENT_NOT_ESTABLISHED, SEED_FIRST, code);
      }
      if (minorConduct) {
        f.add(SanctionFinding.MINOR_CONDUCT_NOT_ASSESSED, SEED_FIRST, code);
      }
    } else if (minorNow || minorAtConduct || forceMajeure || unintentional || unknownIntent || minorConduct) {
      f.add(SanctionFinding.LENIENCY_ASSESSED, SEED_FIRST, code, request.leniencyAssessment().get().assessedOn());
    }

    // SAN-5: no compelled sanctions by market bodies
    if (!request.bodyKind().isPublic() && request.requiredBy().isPresent()) {
      f.add(SanctionFinding.COMPELLED_MARKET_SANCTION, GENERAL, request.bodyKind(), code);
    }

    // SAN-6: no sanction of an individual for a credit score
    if (request.trigger() == Trigger.CREDIT_SCORE && person) {
      f.add(SanctionFinding.SCORE_SANCTION_OF_INDIVIDUAL, SEED_FIRST, code);
    }

    if (f.list == null) {
      return list == null ? Verdict.allowed() : list.allowedVerdict();
    }
    return Verdict.builder().addAllFindings(f.list).ruleSetVersion(list == null ? Optional.empty() : Optional.of(list.ruleSetVersion())).build();
  }

  /** SAN-2: cited, directly (one of the measure's own bases), at the level required, in force. */
  private static void checkBases(CompiledMeasure m, ImmutableList<LegalBasis> cited, LocalDate date, Findings f) {
    if (cited.isEmpty()) {
      f.add(SanctionFinding.BASIS_NOT_CITED, m.findingBases, m.code);
      return;
    }
    boolean direct = false;
    boolean atLevel = false;
    boolean inForce = false;
    for (int i = 0; i < cited.size(); i++) {
      LegalBasis c = cited.get(i);
      for (LegalBasis b : m.bases) {
        if (CompiledMeasure.sameInstrument(c, b)) {
          direct = true;
          if (!m.rightsReducing || CompiledMeasure.qualifiesForRightsReducing(c)) {
            atLevel = true;
            inForce |= c.inForceOn(date);
          }
          break;
        }
      }
    }
    if (!direct) {
      f.add(SanctionFinding.BASIS_INDIRECT, m.findingBases, m.code, citations(m));
    } else if (!atLevel) {
      f.add(SanctionFinding.BASIS_BELOW_LEVEL, m.findingBases, m.code);
    } else if (!inForce) {
      f.add(SanctionFinding.BASIS_NOT_IN_FORCE, m.findingBases, m.code, date);
    }
  }

  private static String citations(CompiledMeasure m) {
    StringBuilder s = new StringBuilder();
    for (LegalBasis b : m.bases) {
      s.append(s.length() == 0 ? "" : "; ").append(b.citation());
    }
    return s.toString();
  }

  private static String factFields(List<ConductFact> facts) {
    TreeSet<String> fields = new TreeSet<>();
    facts.forEach(fact -> fields.add(fact.field()));
    return fields.toString();
  }

  private static ImmutableList<LegalBasis> listingBases(Designation listing) {
    return ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49, Instruments.QINGTONGXIA_PLAN_2022,
        listing.listType().basis());
  }

  @Override
  public String toString() {
    return "SanctionChecker[" + registry + "]";
  }

  /** The findings of one check, allocated on the first one. */
  private static final class Findings {
    @Nullable List<Finding> list;

    void add(SanctionFinding type, ImmutableList<LegalBasis> bases, Object... arguments) {
      if (list == null) {
        list = new ArrayList<>(4);
      }
      list.add(Finding.ofArgs(type, bases, arguments));
    }
  }
}
