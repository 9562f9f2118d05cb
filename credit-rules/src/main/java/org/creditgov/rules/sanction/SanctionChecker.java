package org.creditgov.rules.sanction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.RepairApprovals;
import org.creditgov.rules.designation.Status;
import org.jspecify.annotations.Nullable;

/**
 * The whitelist check of a sanction measure (SAN-1 … SAN-6): {@link #check(SanctionRequest)}
 * answers with a {@link Verdict} listing every finding, each with its requirement id and legal
 * basis, and naming the measure-list versions applied ({@link Verdict#ruleSetVersion()}, each
 * layer's id and effective date; empty when no list is in force), so a past decision can be
 * re-evaluated as of its date. Findings cite the procedural bases the headers of the layers in
 * force give (the national list: 国办发〔2020〕49号; a county supplement: its county's plan) and the
 * measure's own bases, never another jurisdiction's plan; with no list in force, 49号.
 *
 * <p>The findings, in this order: no list in force ({@code ruleset.NOT_IN_FORCE}, {@link
 * MeasureListRegistry#notInForce}), or the measure not on the list in force in the
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
 * sanctioned because of a credit score (SAN-6). SAN-4 and SAN-6 findings cite the most local
 * layer's procedural bases first: those rules are confirmed in the county plan (§二.8), while
 * 49号's own wording on them could not be read.
 *
 * <p>Each finding carries named facts ({@link SanctionFacts}): the measure by its names, the
 * maximum and proposed durations and their last days, the listing's status and end, the dates
 * compared. Pure, deterministic and thread-safe: the verdict depends only on the request and the lists;
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

  private final MeasureListRegistry registry;
  private final RepairApprovals repairs;

  private SanctionChecker(MeasureListRegistry registry, RepairApprovals repairs) {
    this.registry = registry;
    this.repairs = repairs;
  }

  /**
   * A checker of the lists of {@code registry}, knowing no repair.
   *
   * @throws NullPointerException if {@code registry} is null
   */
  public static SanctionChecker of(MeasureListRegistry registry) {
    return of(registry, RepairApprovals.none());
  }

  /**
   * A checker of the lists of {@code registry} that refuses a request resting on information whose
   * repair {@code repairs} approved on or before the request's date (REP-5): a listing repaired, or a
   * conduct fact whose decision document was repaired.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SanctionChecker of(MeasureListRegistry registry, RepairApprovals repairs) {
    return new SanctionChecker(requireNonNull(registry, "registry"), requireNonNull(repairs, "repairs"));
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
    Findings f = new Findings();
    if (list == null) {
      f.add(registry.notInForce(request.jurisdiction(), request.date()));
    }
    if (repairs != RepairApprovals.NONE) {
      repaired(request, list == null ? NO_LIST : list.proceduralBases(), f);
    }
    return check(list, request, f);
  }

  /**
   * REP-5: the sanctions founded on repaired information are lifted with the repair. One finding
   * per repair decision: a listing and the conduct record it rests on, repaired by one decision,
   * are one repair.
   */
  private void repaired(SanctionRequest request, ImmutableList<LegalBasis> bases, Findings f) {
    LocalDate date = request.date();
    Set<String> reported = new HashSet<>();
    Consumer<DocumentRef> finding = doc -> {
      if (reported.add(doc.number())) {
        f.add(SanctionFinding.FOUNDED_ON_REPAIRED_INFORMATION, bases, Fact.code("document", doc.number()),
            Fact.date("repairedOn", doc.issuedOn()));
      }
    };
    request.listing().flatMap(l -> repairs.listingRepairedBy(l.id(), date)).ifPresent(finding);
    for (ConductFact fact : request.conductFacts()) {
      fact.document().flatMap(d -> repairs.recordRepairedBy(d, date)).ifPresent(finding);
    }
  }

  /** The check against a resolved list (or none, whose finding {@code f} already holds). */
  private static Verdict check(@Nullable ResolvedMeasureList list, SanctionRequest request, Findings f) {
    LocalDate date = request.date();
    Subject subject = request.subject();
    SubjectType type = subject.type();
    boolean person = type == SubjectType.NATURAL_PERSON;
    CompiledMeasure m = list == null ? null : list.compiled(request.measureCode());
    String code = request.measureCode();
    ImmutableList<LegalBasis> general = list == null ? NO_LIST : list.proceduralBases();
    ImmutableList<LegalBasis> leniency = list == null ? NO_LIST : list.mostLocalFirst();
    ImmutableList<LegalBasis> bases = m == null ? general : m.findingBases;
    Fact measure = m == null ? Fact.term("measure", Term.of(code, code, code)) : m.measureFact;

    // SAN-1: the list and the measure's scope
    if (list != null && m == null) {
      f.add(SanctionFinding.MEASURE_NOT_ON_LIST, general, Fact.code("measureCode", code), list.jurisdictionFact(),
          Fact.date("date", date), list.listsFact());
    } else if (m != null) {
      if (!m.covers(type)) {
        f.add(SanctionFinding.SUBJECT_TYPE_NOT_COVERED, bases, measure, SUBJECT_TYPES[type.ordinal()], m.coveredTypes);
      }
      if (!m.implementedBy(request.bodyKind())) {
        f.add(SanctionFinding.BODY_KIND_NOT_LISTED, bases, measure, BODY_KINDS[request.bodyKind().ordinal()]);
      }
    }
    Designation listing = request.listing().orElse(null);
    if (listing != null && m != null && request.trigger() == Trigger.LIST_MEMBERSHIP
        && !m.measure.targetLists().contains(listing.listType().code())) {
      f.add(SanctionFinding.LISTING_NOT_TARGETED, bases, measure, listType(listing));
    }

    // SAN-2: a specific fact, a direct basis of the required level, a listing in force
    ImmutableList<ConductFact> facts = request.conductFacts();
    if (facts.isEmpty()) {
      f.add(SanctionFinding.NO_CONDUCT_FACT, general, measure);
    }
    for (int i = 0; i < facts.size(); i++) {
      ConductFact fact = facts.get(i);
      if (fact.document().isEmpty()) {
        f.add(SanctionFinding.FACT_WITHOUT_DOCUMENT, general, Fact.count("factNumber", i + 1));
      }
      if (fact.date().isAfter(date)) {
        f.add(SanctionFinding.FACT_AFTER_DATE, general, Fact.count("factNumber", i + 1), Fact.date("factDate", fact.date()),
            Fact.date("date", date));
      }
    }
    if (request.trigger() == Trigger.CREDIT_SCORE && !person && m != null && m.rightsReducing) {
      f.add(SanctionFinding.SCORE_NOT_A_FACT, bases, measure);
    }
    if (m != null && m.publicMeasure) {
      checkBases(m, request.citedBases(), date, f);
    }
    if (listing == null) {
      if (request.trigger() == Trigger.LIST_MEMBERSHIP) {
        f.add(SanctionFinding.LISTING_MISSING, general, measure);
      }
    } else {
      Status status = listing.statusOn(date);
      if (status != Status.LISTED) {
        Fact[] about = {Fact.code("listing", listing.id().value()), listType(listing), Fact.term("status", status),
            Fact.date("date", date)};
        Optional<LocalDate> off = listing.listedUntil(); // the first day off the list
        f.add(SanctionFinding.LISTING_NOT_IN_FORCE, listingBases(general, listing),
            off.isPresent() ? append(about, Fact.date("listedUntil", off.get())) : about);
      }
      boolean responsible = m != null && m.measure.appliesToResponsiblePersons() && person
          && listing.subjectRef().type().isOrganisation();
      if (!responsible && !listing.isOf(subject)) {
        f.add(SanctionFinding.LISTING_OF_OTHER_SUBJECT, listingBases(general, listing), Fact.code("listing", listing.id().value()));
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
        f.add(SanctionFinding.FIELD_UNRELATED, bases, measure, Fact.terms("conductFields", factFields(facts)), m.fields);
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
      if (anyRelevant && m != null && !m.measure.fields().contains(fact.field())) {
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
        f.add(SanctionFinding.TOO_HEAVY_FOR_SEVERITY, bases, measure,
            CONDUCT_CLASSES[worst], m.minimumClass);
      }
      Period duration = request.duration().orElse(null);
      if (duration != null && m.maximumDuration != null) {
        LocalDate proposedLastDay = date.plus(duration);
        LocalDate maximumLastDay = date.plus(m.maximumDuration);
        if (proposedLastDay.isAfter(maximumLastDay)) {
          f.add(SanctionFinding.LONGER_THAN_MAXIMUM, bases, measure, Fact.period("proposed", duration),
              Fact.period("maximum", m.maximumDuration), Fact.date("proposedLastDay", proposedLastDay),
              Fact.date("maximumLastDay", maximumLastDay));
        }
      }
    }

    // SAN-4: leniency
    boolean minorNow = person && subject.isMinorOn(date);
    boolean assessed = request.leniencyAssessment().isPresent()
        && !request.leniencyAssessment().get().assessedOn().isAfter(date);
    if (minorNow && m != null && !m.measure.appliesToMinors()) {
      f.add(SanctionFinding.MINOR_EXCLUDED, bases, measure, Fact.date("date", date));
    } else if ((minorNow || minorAtConduct) && !assessed) {
      f.add(SanctionFinding.MINOR_NOT_ASSESSED, leniency, measure);
    }
    if (!assessed) {
      if (forceMajeure) {
        f.add(SanctionFinding.FORCE_MAJEURE_NOT_ASSESSED, leniency, measure);
      }
      if (unintentional) {
        f.add(SanctionFinding.UNINTENTIONAL_NOT_ASSESSED, leniency, measure);
      }
      if (unknownIntent) {
        f.add(SanctionFinding.INTENT_NOT_ESTABLISHED, leniency, measure);
      }
      if (minorConduct) {
        f.add(SanctionFinding.MINOR_CONDUCT_NOT_ASSESSED, leniency, measure);
      }
    } else if (minorNow || minorAtConduct || forceMajeure || unintentional || unknownIntent || minorConduct) {
      f.add(SanctionFinding.LENIENCY_ASSESSED, leniency, measure,
          Fact.date("assessedOn", request.leniencyAssessment().get().assessedOn()));
    }

    // SAN-5: no compelled sanctions by market bodies
    if (!request.bodyKind().isPublic() && request.requiredBy().isPresent()) {
      f.add(SanctionFinding.COMPELLED_MARKET_SANCTION, general, BODY_KINDS[request.bodyKind().ordinal()], measure);
    }

    // SAN-6: no sanction of an individual for a credit score
    if (request.trigger() == Trigger.CREDIT_SCORE && person) {
      f.add(SanctionFinding.SCORE_SANCTION_OF_INDIVIDUAL, leniency, measure);
    }

    if (f.list == null) {
      return list == null ? Verdict.allowed() : list.allowedVerdict();
    }
    Verdict.Builder v = Verdict.builder().addAllFindings(f.list);
    if (list != null) {
      v.ruleSetVersion(list.ruleSetVersion());
    }
    return v.build();
  }

  /** The facts of each subject type, kind of body and severity class, by ordinal: made once. */
  private static final Fact[] SUBJECT_TYPES = facts("subjectType", SubjectType.values());
  private static final Fact[] BODY_KINDS = facts("bodyKind", BodyKind.values());
  private static final Fact[] CONDUCT_CLASSES = facts("conductClass", SeverityClass.values());

  private static <E extends Enum<E> & org.creditgov.core.Bilingual> Fact[] facts(String name, E[] values) {
    Fact[] facts = new Fact[values.length];
    for (E e : values) {
      facts[e.ordinal()] = Fact.term(name, e);
    }
    return facts;
  }

  /** What findings cite when no list is in force: the instrument that requires measure lists. */
  private static final ImmutableList<LegalBasis> NO_LIST = ImmutableList.of(MeasureListRegistry.KIND.foundingBasis());

  /** SAN-2: cited, directly (one of the measure's own bases), at the level required, in force. */
  private static void checkBases(CompiledMeasure m, ImmutableList<LegalBasis> cited, LocalDate date, Findings f) {
    if (cited.isEmpty()) {
      f.add(SanctionFinding.BASIS_NOT_CITED, m.findingBases, m.measureFact);
      return;
    }
    boolean direct = false;
    LegalBasis atLevel = null;
    boolean inForce = false;
    for (int i = 0; i < cited.size(); i++) {
      LegalBasis c = cited.get(i);
      for (LegalBasis b : m.bases) {
        if (CompiledMeasure.sameInstrument(c, b)) {
          direct = true;
          if (!m.rightsReducing || CompiledMeasure.qualifiesForRightsReducing(c)) {
            atLevel = atLevel == null ? c : atLevel;
            inForce |= c.inForceOn(date);
          }
          break;
        }
      }
    }
    if (!direct) {
      f.add(SanctionFinding.BASIS_INDIRECT, m.findingBases, m.measureFact, m.citations);
    } else if (atLevel == null) {
      f.add(SanctionFinding.BASIS_BELOW_LEVEL, m.findingBases, m.measureFact);
    } else if (!inForce) {
      f.add(SanctionFinding.BASIS_NOT_IN_FORCE, m.findingBases, m.measureFact, Fact.text("citation", atLevel.citation()),
          Fact.date("date", date));
    }
  }

  private static ImmutableList<Term> factFields(List<ConductFact> facts) {
    TreeSet<String> fields = new TreeSet<>();
    facts.forEach(fact -> fields.add(fact.field()));
    return CompiledMeasure.fieldTerms(fields);
  }

  /** The list a listing is on, by its name. */
  private static Fact listType(Designation listing) {
    ListType t = listing.listType();
    return Fact.term("listType", Term.of(t.code(), t.name(), t.name()));
  }

  /** What a finding about a listing cites: the procedural bases, then the list's own basis. */
  private static ImmutableList<LegalBasis> listingBases(ImmutableList<LegalBasis> general, Designation listing) {
    return ImmutableSet.<LegalBasis>builder().addAll(general).add(listing.listType().basis()).build().asList();
  }

  private static Fact[] append(Fact[] facts, Fact more) {
    Fact[] all = Arrays.copyOf(facts, facts.length + 1);
    all[facts.length] = more;
    return all;
  }

  @Override
  public String toString() {
    return "SanctionChecker[" + registry + "]";
  }

  /** The findings of one check, allocated on the first one. */
  private static final class Findings {
    @Nullable List<Finding> list;

    void add(SanctionFinding type, ImmutableList<LegalBasis> bases, Fact... facts) {
      add(Finding.of(type, bases, facts));
    }

    void add(Finding finding) {
      if (list == null) {
        list = new ArrayList<>(4);
      }
      list.add(finding);
    }
  }
}
