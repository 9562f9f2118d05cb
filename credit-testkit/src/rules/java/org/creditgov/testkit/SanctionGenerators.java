package org.creditgov.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListCategory;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListingPeriod;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.incentive.EligibilityCondition;
import org.creditgov.rules.incentive.Incentive;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureKind;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.SanctionFinding;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.core.verdict.FindingType;

/**
 * Seeded generators for the sanction check (SAN-1 … SAN-6): random valid measures and lists, a
 * request valid in every respect for a measure, and the same request broken in exactly one {@link
 * Violation}, each naming the one finding the check must make. Names of generated people are
 * placeholders, never real people.
 */
public final class SanctionGenerators {

  /** The start of every generated national list. */
  public static final LocalDate LISTS_FROM = LocalDate.of(2020, 1, 1);
  /** The jurisdiction requests are made in. */
  public static final Jurisdiction WHERE = Jurisdiction.of("640381");
  /** The code of the list type generated measures target. */
  public static final String TARGET_LIST = "GEN-LIST";

  private static final String[] FIELDS = {"招标投标", "政府采购", "行政许可", "安全生产", "食品药品", "农民工工资支付", "财政资金"};
  private static final String UNRELATED_FIELD = "（无关领域）";
  private static final LegalBasis LAW = basis(InstrumentLevel.LAW, "全国人民代表大会常务委员会", "（测试）某法");
  private static final LegalBasis REGULATION = basis(InstrumentLevel.ADMINISTRATIVE_REGULATION, "国务院", "（测试）某条例");
  private static final LegalBasis DEPARTMENT_RULE = basis(InstrumentLevel.DEPARTMENT_RULE, "某部", "（测试）某部规章");
  private static final LegalBasis UNRELATED = basis(InstrumentLevel.NORMATIVE_DOCUMENT, "某县人民政府办公室", "（测试）某县办法");
  private static final LegalBasis LIST_BASIS = basis(InstrumentLevel.LAW, "全国人民代表大会常务委员会", "（测试）名单所依据的法");

  /** The list type the generated measures target. */
  public static final ListType TARGETED = listType(TARGET_LIST);
  /** A list type no generated measure targets. */
  public static final ListType UNTARGETED = listType("GEN-OTHER-LIST");

  private SanctionGenerators() {}

  private static LegalBasis basis(InstrumentLevel level, String issuer, String title) {
    return LegalBasis.builder().level(level).issuer(issuer).title(title).effective(EffectivePeriod.from(LocalDate.of(2000, 1, 1)))
        .build();
  }

  private static ListType listType(String code) {
    return ListType.builder().code(code).name("（测试）名单 " + code).field(FIELDS[0]).category(ListCategory.MARKET_AND_SOCIAL_ORDER)
        .basis(LIST_BASIS).criteriaVersion("gen").noticeWorkingDays(5).objectionWindowWorkingDays(10)
        .objectionAnswerWorkingDays(5).listingPeriod(ListingPeriod.fixed(Period.ofYears(2))).addRemovalConditions("期满")
        .build();
  }

  /** One way to break a valid request, and the one finding it must cause. */
  public enum Violation {
    /** A date before every list: the rule-set finding that nothing is in force. */
    NO_LIST_IN_FORCE(RuleSetFinding.NOT_IN_FORCE),
    /** A code no list holds. */
    MEASURE_NOT_ON_LIST(SanctionFinding.MEASURE_NOT_ON_LIST),
    /** A subject type the measure does not cover. */
    SUBJECT_TYPE_NOT_COVERED(SanctionFinding.SUBJECT_TYPE_NOT_COVERED),
    /** A body kind the measure does not name. */
    BODY_KIND_NOT_LISTED(SanctionFinding.BODY_KIND_NOT_LISTED),
    /** A listing of a list the measure does not target. */
    LISTING_NOT_TARGETED(SanctionFinding.LISTING_NOT_TARGETED),
    /** No fact. */
    NO_CONDUCT_FACT(SanctionFinding.NO_CONDUCT_FACT),
    /** A fact without its document. */
    FACT_WITHOUT_DOCUMENT(SanctionFinding.FACT_WITHOUT_DOCUMENT),
    /** A fact after the date. */
    FACT_AFTER_DATE(SanctionFinding.FACT_AFTER_DATE),
    /** A rights-reducing measure of an organisation on a score. */
    SCORE_NOT_A_FACT(SanctionFinding.SCORE_NOT_A_FACT),
    /** Nothing cited. */
    BASIS_NOT_CITED(SanctionFinding.BASIS_NOT_CITED),
    /** Only an unrelated instrument cited. */
    BASIS_INDIRECT(SanctionFinding.BASIS_INDIRECT),
    /** Only the measure's lower basis cited. */
    BASIS_BELOW_LEVEL(SanctionFinding.BASIS_BELOW_LEVEL),
    /** The basis cited in a version no longer in force. */
    BASIS_NOT_IN_FORCE(SanctionFinding.BASIS_NOT_IN_FORCE),
    /** A list membership without a listing. */
    LISTING_MISSING(SanctionFinding.LISTING_MISSING),
    /** A listing that expired or was removed. */
    LISTING_NOT_IN_FORCE(SanctionFinding.LISTING_NOT_IN_FORCE),
    /** A listing of another subject. */
    LISTING_OF_OTHER_SUBJECT(SanctionFinding.LISTING_OF_OTHER_SUBJECT),
    /** Facts of another field. */
    FIELD_UNRELATED(SanctionFinding.FIELD_UNRELATED),
    /** Facts less serious than the measure answers. */
    TOO_HEAVY_FOR_SEVERITY(SanctionFinding.TOO_HEAVY_FOR_SEVERITY),
    /** A duration over the maximum. */
    LONGER_THAN_MAXIMUM(SanctionFinding.LONGER_THAN_MAXIMUM),
    /** A minor, for a measure that excludes minors. */
    MINOR_EXCLUDED(SanctionFinding.MINOR_EXCLUDED),
    /** A minor, for a measure that may apply to minors, not assessed. */
    MINOR_NOT_ASSESSED(SanctionFinding.MINOR_NOT_ASSESSED),
    /** Force majeure, not assessed. */
    FORCE_MAJEURE_NOT_ASSESSED(SanctionFinding.FORCE_MAJEURE_NOT_ASSESSED),
    /** Unintentional conduct, not assessed. */
    UNINTENTIONAL_NOT_ASSESSED(SanctionFinding.UNINTENTIONAL_NOT_ASSESSED),
    /** Intent unknown, not assessed. */
    INTENT_NOT_ESTABLISHED(SanctionFinding.INTENT_NOT_ESTABLISHED),
    /** Minor conduct, not assessed. */
    MINOR_CONDUCT_NOT_ASSESSED(SanctionFinding.MINOR_CONDUCT_NOT_ASSESSED),
    /** A market body required by a public body. */
    COMPELLED_MARKET_SANCTION(SanctionFinding.COMPELLED_MARKET_SANCTION),
    /** An individual on a score. */
    SCORE_SANCTION_OF_INDIVIDUAL(SanctionFinding.SCORE_SANCTION_OF_INDIVIDUAL);

    private final FindingType finding;

    Violation(FindingType finding) {
      this.finding = finding;
    }

    /** The finding a request broken this way must cause, and the only one. */
    public FindingType finding() {
      return finding;
    }
  }

  /** A random valid measure of the given code. */
  public static Measure measure(SplittableRandom r, String code) {
    MeasureKind kind = MeasureKind.values()[r.nextInt(MeasureKind.values().length)];
    Measure.Builder b = Measure.builder().code(code).nameZh("（测试）措施 " + code).nameEn("(test) measure " + code)
        .kind(kind).targetConduct("（测试）失信行为").addTargetLists(TARGET_LIST).implementingBody("（测试）实施单位");
    b.addLegalBases(r.nextBoolean() ? LAW : REGULATION);
    if (r.nextBoolean()) {
      b.addLegalBases(DEPARTMENT_RULE);
    }
    EnumSet<SubjectType> types = EnumSet.noneOf(SubjectType.class);
    for (SubjectType t : SubjectType.values()) {
      if (r.nextInt(3) > 0) {
        types.add(t);
      }
    }
    if (types.isEmpty()) {
      types.add(SubjectType.values()[r.nextInt(SubjectType.values().length)]);
    }
    b.addAllSubjectTypes(types);
    int fields = 1 + r.nextInt(3);
    for (int i = 0; i < fields; i++) {
      b.addFields(FIELDS[r.nextInt(FIELDS.length)]);
    }
    b.addContexts(BusinessContext.values()[r.nextInt(BusinessContext.values().length)]);
    if (kind.isPublic()) {
      b.addBodyKinds(BodyKind.PUBLIC_BODY);
    } else {
      b.addBodyKinds(BodyKind.values()[1 + r.nextInt(BodyKind.values().length - 1)]);
      if (r.nextBoolean()) {
        b.addBodyKinds(BodyKind.values()[1 + r.nextInt(BodyKind.values().length - 1)]);
      }
    }
    b.minimumSeverity(SeverityClass.values()[r.nextInt(3)]);
    if (r.nextInt(4) > 0) {
      b.maximumDuration(Period.ofMonths(6 + r.nextInt(55)));
    }
    b.appliesToMinors(types.contains(SubjectType.NATURAL_PERSON) && r.nextBoolean());
    return b.build();
  }

  /** A national list of the given measures, whose verdicts cite 国办发〔2020〕49号 for procedure. */
  public static MeasureList national(String id, EffectivePeriod effective, List<Measure> measures) {
    return MeasureList.builder().header(header(id, Jurisdiction.national(), effective)).addAllMeasures(measures).build();
  }

  /** The header of a generated list: a test title, the edition {@code gen}, 49号 as its procedural basis. */
  public static RuleSetHeader header(String id, Jurisdiction jurisdiction, EffectivePeriod effective) {
    return RuleSetHeader.builder().id(id).titleZh("（测试）失信惩戒措施清单 " + id).edition("gen").jurisdiction(jurisdiction)
        .effective(effective).legalBasis(UNRELATED).addProceduralBases(Instruments.STATE_COUNCIL_OPINION_2020_49).build();
  }

  /** A date between 2021 and 2025. */
  public static LocalDate date(SplittableRandom r) {
    return LocalDate.of(2021, 1, 1).plusDays(r.nextInt(5 * 365));
  }

  /** An adult (born 1950–1990) or an organisation of the given type; placeholder names. */
  public static Subject subject(SplittableRandom r, SubjectType type) {
    if (type == SubjectType.NATURAL_PERSON) {
      return person(r, LocalDate.of(1950, 1, 1).plusDays(r.nextInt(40 * 365)));
    }
    return Organisation.of(type, DesignationGenerators.creditCode(r), "测试企业" + r.nextInt(10_000));
  }

  /** A natural person with a placeholder name, born on the given day. */
  public static NaturalPerson person(SplittableRandom r, LocalDate birth) {
    return NaturalPerson.builder().name("测试人" + r.nextInt(10_000))
        .document(IdentityDocument.other(IdentityDocument.Kind.PASSPORT, "E" + (10_000_000 + r.nextInt(90_000_000))))
        .birthDate(birth).build();
  }

  /** A request valid in every respect for the measure, on the given date (after {@link #LISTS_FROM}). */
  public static SanctionRequestSpec valid(SplittableRandom r, Measure m, LocalDate date) {
    List<SubjectType> types = new ArrayList<>(m.subjectTypes());
    SanctionRequestSpec s = new SanctionRequestSpec(subject(r, types.get(r.nextInt(types.size()))), WHERE, date, m.code());
    List<BodyKind> kinds = new ArrayList<>(m.bodyKinds());
    s.bodyKind = kinds.get(r.nextInt(kinds.size()));
    List<String> fields = new ArrayList<>(m.fields());
    int facts = 1 + r.nextInt(3);
    for (int i = 0; i < facts; i++) {
      int lowest = Math.max(m.minimumSeverity().ordinal(), SeverityClass.GENERAL.ordinal());
      s.facts.add(fact(fields.get(r.nextInt(fields.size())), SeverityClass.values()[lowest + r.nextInt(3 - lowest)],
          Intent.INTENTIONAL, false, date.minusDays(1 + r.nextInt(300))));
    }
    if (m.kind().isPublic()) {
      LegalBasis qualifying = m.legalBases().get(0);
      s.cited.add(r.nextBoolean() ? qualifying : withArticle(qualifying, "第" + (1 + r.nextInt(90)) + "条"));
    }
    if (m.maximumDuration().isPresent() && r.nextBoolean()) {
      Period max = m.maximumDuration().get();
      s.duration = Optional.of(Period.ofMonths(1 + r.nextInt((int) max.toTotalMonths())));
    }
    return s;
  }

  private static LegalBasis withArticle(LegalBasis b, String article) {
    return LegalBasis.builder().level(b.level()).issuer(b.issuer()).title(b.title()).article(article).effective(b.effective())
        .build();
  }

  private static ConductFact fact(String field, SeverityClass c, Intent intent, boolean forceMajeure, LocalDate date) {
    return ConductFact.builder().field(field).severityClass(c).intent(intent).forceMajeure(forceMajeure).date(date)
        .document("测试罚〔2025〕" + date.getDayOfYear() + "号").build();
  }

  private static ConductFact withFact(ConductFact f, String field, SeverityClass c, Intent intent, boolean forceMajeure,
      LocalDate date, boolean document) {
    ConductFact.Builder b = ConductFact.builder().field(field).severityClass(c).intent(intent)
        .forceMajeure(forceMajeure).date(date);
    if (document) {
      f.document().ifPresent(b::document);
    }
    return b.build();
  }

  /** Replaces one random fact by {@code change} of it. */
  private static void changeOneFact(SplittableRandom r, SanctionRequestSpec s, java.util.function.UnaryOperator<ConductFact> change) {
    int i = r.nextInt(s.facts.size());
    s.facts.set(i, change.apply(s.facts.get(i)));
  }

  /**
   * A listing of {@code subject} on {@code type}, listed on {@code listedOn} for 2 years, removed
   * on {@code removedOn} for {@code reason} when given; built from its events.
   */
  public static Designation listing(String id, ListType type, Subject subject, LocalDate listedOn,
      Optional<RemovalReason> reason, Optional<LocalDate> removedOn) {
    DesignationId did = DesignationId.of(id);
    Actor actor = Actor.of("测试县人力资源和社会保障局", "officer-1", WHERE);
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    LocalDate proposed = listedOn.minusDays(40);
    List<DesignationEvent> events = new ArrayList<>();
    events.add(DesignationEvent.Proposed.builder().designationId(did).version(1).actor(actor).on(proposed).recordedAt(at)
        .addLegalBases(type.basis()).listType(type).subject(subject).criteriaVersion(type.criteriaVersion()).grounds("g").build());
    events.add(DesignationEvent.NoticeServed.builder().designationId(did).version(2).actor(actor).on(proposed.plusDays(2))
        .recordedAt(at).addLegalBases(type.basis())
        .notice(PriorNotice.builder().documentNumber("告-1").grounds("g").addLegalBases(type.basis()).rights("r")
            .servedOn(proposed.plusDays(2)).build())
        .timeliness(Timeliness.ON_TIME).workingDaysLate(0).build());
    events.add(DesignationEvent.Listed.builder().designationId(did).version(3).actor(actor).on(listedOn).recordedAt(at)
        .addLegalBases(type.basis())
        .decision(DecisionDocument.builder().documentNumber("决-1").decidedOn(listedOn).grounds("g").addLegalBases(type.basis())
            .sanctionMeasureNotice("n").addAllRemovalConditions(type.removalConditions()).removalProcedure("p").remedies("r")
            .listingPeriod(Period.ofYears(2)).build())
        .build());
    if (reason.isPresent() && removedOn.isPresent()) {
      events.add(DesignationEvent.Removed.builder().designationId(did).version(4).actor(actor).on(removedOn.get())
          .recordedAt(at).addLegalBases(type.basis()).reason(reason.get())
          .addDocuments(DocumentRef.of(reason.get().requiredDocument().orElse(DocumentRef.Kind.CORRECTION), "修-1", removedOn.get()))
          .build());
    }
    return Designation.replay(events, WorkingDayCalendar.china());
  }

  /**
   * The valid request {@code valid} for measure {@code m} broken in exactly the given way, or
   * empty when the measure makes that violation impossible (a measure with no maximum duration
   * cannot be exceeded …). {@code valid} is not changed.
   */
  public static Optional<SanctionRequestSpec> violate(SplittableRandom r, Measure m, SanctionRequestSpec valid, Violation v) {
    SanctionRequestSpec s = valid.copy();
    boolean person = s.subject.type() == SubjectType.NATURAL_PERSON;
    boolean rightsReducing = m.kind() == MeasureKind.RIGHTS_REDUCING;
    if (s.facts.isEmpty() && EnumSet.of(Violation.FACT_WITHOUT_DOCUMENT, Violation.FACT_AFTER_DATE,
        Violation.FORCE_MAJEURE_NOT_ASSESSED, Violation.UNINTENTIONAL_NOT_ASSESSED, Violation.INTENT_NOT_ESTABLISHED,
        Violation.MINOR_CONDUCT_NOT_ASSESSED).contains(v)) {
      return Optional.empty(); // no fact left to break (after NO_CONDUCT_FACT)
    }
    switch (v) {
      case NO_LIST_IN_FORCE -> {
        s.date = LISTS_FROM.minusDays(1 + r.nextInt(300));
        for (int i = 0; i < s.facts.size(); i++) {
          ConductFact f = s.facts.get(i);
          s.facts.set(i, withFact(f, f.field(), f.severityClass(), f.intent(), false, s.date.minusDays(1 + r.nextInt(100)), true));
        }
      }
      case MEASURE_NOT_ON_LIST -> s.measureCode = "NOT-ON-LIST-" + m.code();
      case SUBJECT_TYPE_NOT_COVERED -> {
        List<SubjectType> others = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(m.subjectTypes())));
        if (others.isEmpty()) {
          return Optional.empty();
        }
        SubjectType t = others.get(r.nextInt(others.size()));
        if (t == SubjectType.NATURAL_PERSON && rightsReducing && s.trigger == Trigger.CREDIT_SCORE) {
          return Optional.empty();
        }
        s.subject = subject(r, t);
      }
      case BODY_KIND_NOT_LISTED -> {
        List<BodyKind> others = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(m.bodyKinds())));
        s.bodyKind = others.get(r.nextInt(others.size()));
      }
      case LISTING_NOT_TARGETED -> {
        s.trigger = Trigger.LIST_MEMBERSHIP;
        s.listing = Optional.of(listing("GEN-L-" + r.nextInt(1000), UNTARGETED, s.subject, s.date.minusDays(1 + r.nextInt(300)),
            Optional.empty(), Optional.empty()));
      }
      case NO_CONDUCT_FACT -> s.facts.clear();
      case FACT_WITHOUT_DOCUMENT -> changeOneFact(r, s, f -> withFact(f, f.field(), f.severityClass(), f.intent(), false, f.date(), false));
      case FACT_AFTER_DATE -> changeOneFact(r, s,
          f -> withFact(f, f.field(), f.severityClass(), f.intent(), false, s.date.plusDays(1 + r.nextInt(30)), true));
      case SCORE_NOT_A_FACT -> {
        if (person || !rightsReducing) {
          return Optional.empty();
        }
        s.trigger = Trigger.CREDIT_SCORE;
      }
      case BASIS_NOT_CITED -> {
        if (!m.kind().isPublic()) {
          return Optional.empty();
        }
        s.cited.clear();
      }
      case BASIS_INDIRECT -> {
        if (!m.kind().isPublic()) {
          return Optional.empty();
        }
        s.cited = new ArrayList<>(List.of(UNRELATED));
      }
      case BASIS_BELOW_LEVEL -> {
        if (!rightsReducing || !m.legalBases().contains(DEPARTMENT_RULE)) {
          return Optional.empty();
        }
        s.cited = new ArrayList<>(List.of(DEPARTMENT_RULE));
      }
      case BASIS_NOT_IN_FORCE -> {
        if (!m.kind().isPublic()) {
          return Optional.empty();
        }
        LegalBasis b = m.legalBases().get(0);
        s.cited = new ArrayList<>(List.of(LegalBasis.builder().level(b.level()).issuer(b.issuer()).title(b.title())
            .effective(EffectivePeriod.between(LocalDate.of(2000, 1, 1), s.date.minusDays(r.nextInt(365)))).build()));
      }
      case LISTING_MISSING -> s.trigger = Trigger.LIST_MEMBERSHIP;
      case LISTING_NOT_IN_FORCE -> {
        s.trigger = Trigger.LIST_MEMBERSHIP;
        boolean expired = r.nextBoolean();
        LocalDate listed = expired ? s.date.minusYears(2).minusDays(r.nextInt(300)) : s.date.minusDays(200 + r.nextInt(300));
        Optional<RemovalReason> reason = expired ? Optional.empty()
            : Optional.of(List.of(RemovalReason.REPAIRED, RemovalReason.REVOKED_ON_REMEDY, RemovalReason.ERROR_CORRECTED).get(r.nextInt(3)));
        Optional<LocalDate> removed = expired ? Optional.empty() : Optional.of(listed.plusDays(1 + r.nextInt(199)));
        s.listing = Optional.of(listing("GEN-L-" + r.nextInt(1000), TARGETED, s.subject, listed, reason, removed));
      }
      case LISTING_OF_OTHER_SUBJECT -> {
        s.trigger = Trigger.LIST_MEMBERSHIP;
        Subject other = subject(r, SubjectType.LEGAL_PERSON);
        if (other.equals(s.subject)) {
          return Optional.empty();
        }
        s.listing = Optional.of(listing("GEN-L-" + r.nextInt(1000), TARGETED, other, s.date.minusDays(1 + r.nextInt(300)),
            Optional.empty(), Optional.empty()));
      }
      case FIELD_UNRELATED -> {
        for (int i = 0; i < s.facts.size(); i++) {
          ConductFact f = s.facts.get(i);
          s.facts.set(i, withFact(f, UNRELATED_FIELD, f.severityClass(), f.intent(), false, f.date(), true));
        }
      }
      case TOO_HEAVY_FOR_SEVERITY -> {
        if (m.minimumSeverity() != SeverityClass.SERIOUS) {
          return Optional.empty(); // lowering to MINOR would also call for a leniency assessment
        }
        for (int i = 0; i < s.facts.size(); i++) {
          ConductFact f = s.facts.get(i);
          s.facts.set(i, withFact(f, f.field(), SeverityClass.GENERAL, f.intent(), false, f.date(), true));
        }
      }
      case LONGER_THAN_MAXIMUM -> {
        if (m.maximumDuration().isEmpty()) {
          return Optional.empty();
        }
        s.duration = Optional.of(m.maximumDuration().get().plusDays(1 + r.nextInt(400)));
      }
      case MINOR_EXCLUDED, MINOR_NOT_ASSESSED -> {
        boolean allowsMinors = m.appliesToMinors();
        if (!m.subjectTypes().contains(SubjectType.NATURAL_PERSON) || allowsMinors != (v == Violation.MINOR_NOT_ASSESSED)
            || s.trigger == Trigger.CREDIT_SCORE) {
          return Optional.empty();
        }
        s.subject = person(r, s.date.minusYears(10).minusDays(r.nextInt(7 * 365)));
      }
      case FORCE_MAJEURE_NOT_ASSESSED -> changeOneFact(r, s,
          f -> withFact(f, f.field(), f.severityClass(), f.intent(), true, f.date(), true));
      case UNINTENTIONAL_NOT_ASSESSED -> changeOneFact(r, s,
          f -> withFact(f, f.field(), f.severityClass(), Intent.NOT_INTENTIONAL, false, f.date(), true));
      case INTENT_NOT_ESTABLISHED -> changeOneFact(r, s,
          f -> withFact(f, f.field(), f.severityClass(), Intent.UNKNOWN, false, f.date(), true));
      case MINOR_CONDUCT_NOT_ASSESSED -> {
        if (m.minimumSeverity() != SeverityClass.MINOR) {
          return Optional.empty();
        }
        changeOneFact(r, s, f -> withFact(f, f.field(), SeverityClass.MINOR, f.intent(), false, f.date(), true));
      }
      case COMPELLED_MARKET_SANCTION -> {
        if (s.bodyKind.isPublic()) {
          return Optional.empty();
        }
        s.requiredBy = Optional.of("（测试）某局");
      }
      case SCORE_SANCTION_OF_INDIVIDUAL -> {
        if (!person) {
          return Optional.empty();
        }
        s.trigger = Trigger.CREDIT_SCORE;
      }
      default -> throw new AssertionError(v);
    }
    return Optional.of(s);
  }

  // ------------------------------------------------------------------ whole lists, for round trips

  /** Texts that exercise a JSON writer and reader: quotes, backslashes, line breaks, CJK, astral characters; never blank. */
  private static final String[] TEXTS = {
    "（测试）文本", "a \"quoted\" text", "back\\slash", "多行\n文本", "tab\tand ünïcødé", "emoji 😀 措施", "<>&'", " padded ",
    "第十七条第二款", "青铜峡市（示例）"
  };

  /** A random non-blank text. */
  public static String text(SplittableRandom r) {
    return TEXTS[r.nextInt(TEXTS.length)] + (r.nextBoolean() ? "" : " " + r.nextInt(1000));
  }

  /**
   * A random legal basis: any level, a document number and an article or not, an end or not; a
   * local instrument (and, sometimes, a normative document) belongs to a jurisdiction of {@code
   * chain}, which must hold one below the national level when {@code local} is true.
   */
  public static LegalBasis basis(SplittableRandom r, List<Jurisdiction> chain, boolean local) {
    List<Jurisdiction> locals = chain.stream().filter(j -> !j.equals(Jurisdiction.national())).toList();
    List<InstrumentLevel> levels = new ArrayList<>(List.of(InstrumentLevel.values()));
    if (!local || locals.isEmpty()) {
      levels.removeIf(InstrumentLevel::isLocal);
    }
    InstrumentLevel level = levels.get(r.nextInt(levels.size()));
    LocalDate from = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(25 * 365));
    EffectivePeriod effective = r.nextInt(4) == 0 ? EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(9000)))
        : EffectivePeriod.from(from);
    LegalBasis.Builder b = LegalBasis.builder().level(level).issuer(text(r)).title(text(r)).effective(effective);
    if (r.nextBoolean()) {
      b.documentNumber("测试发〔" + (2000 + r.nextInt(26)) + "〕" + r.nextInt(100) + "号");
    }
    if (r.nextBoolean()) {
      b.article("第" + (1 + r.nextInt(90)) + "条");
    }
    boolean normativeLocal = level == InstrumentLevel.NORMATIVE_DOCUMENT && local && !locals.isEmpty() && r.nextBoolean();
    if (level.isLocal() || normativeLocal) {
      b.jurisdiction(locals.get(r.nextInt(locals.size())));
    }
    return b.build();
  }

  /** A random header of a list version of {@code jurisdiction} in force over {@code effective}. */
  public static RuleSetHeader randomHeader(SplittableRandom r, String id, Jurisdiction jurisdiction, EffectivePeriod effective) {
    List<Jurisdiction> chain = jurisdiction.parentChain();
    RuleSetHeader.Builder b = RuleSetHeader.builder().id(id).titleZh(text(r)).edition(text(r)).jurisdiction(jurisdiction)
        .effective(effective).legalBasis(basis(r, chain, true)).example(r.nextBoolean());
    if (r.nextBoolean()) {
      b.titleEn(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addProceduralBases(basis(r, chain, true));
    }
    if (r.nextBoolean()) {
      b.source(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addUnconfirmed(text(r));
    }
    return b.build();
  }

  /**
   * A random valid measure of a layer of {@code layer}: {@link #measure} with random texts,
   * further bases (never a local instrument outside the layer's chain), with or without targeted
   * lists, a source and unconfirmed notes.
   */
  public static Measure randomMeasure(SplittableRandom r, String code, Jurisdiction layer) {
    Measure m = measure(r, code);
    Measure.Builder b = m.toBuilder().nameZh(text(r)).nameEn(text(r)).targetConduct(text(r)).implementingBody(text(r));
    List<LegalBasis> bases = new ArrayList<>(m.legalBases());
    for (int i = r.nextInt(3); i > 0; i--) {
      bases.add(basis(r, layer.parentChain(), !layer.equals(Jurisdiction.national())));
    }
    b.legalBases(bases);
    if (r.nextInt(3) == 0 && !m.appliesToResponsiblePersons()) {
      b.targetLists(List.of());
    }
    if (r.nextBoolean()) {
      b.addFields(text(r));
    }
    if (r.nextBoolean()) {
      b.source(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addUnconfirmed(text(r));
    }
    if (m.subjectTypes().contains(SubjectType.NATURAL_PERSON) && !m.targetLists().isEmpty() && r.nextInt(4) == 0) {
      b.appliesToResponsiblePersons(true).targetLists(m.targetLists());
    }
    return b.build();
  }

  /** A random valid measure list of {@code size} random measures. */
  public static MeasureList randomList(SplittableRandom r, String id, Jurisdiction jurisdiction, EffectivePeriod effective,
      int size) {
    MeasureList.Builder b = MeasureList.builder().header(randomHeader(r, id, jurisdiction, effective));
    for (int i = 0; i < size; i++) {
      b.addMeasures(randomMeasure(r, id.toUpperCase(java.util.Locale.ROOT) + "-M" + i, jurisdiction));
    }
    return b.build();
  }

  /** A random valid incentive of a layer of {@code layer}. */
  public static Incentive incentive(SplittableRandom r, String code, Jurisdiction layer) {
    Incentive.Builder b = Incentive.builder().code(code).nameZh(text(r)).nameEn(text(r))
        .addContexts(BusinessContext.values()[r.nextInt(BusinessContext.values().length)]);
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      b.addLegalBases(basis(r, layer.parentChain(), true));
    }
    for (SubjectType t : SubjectType.values()) {
      if (r.nextBoolean()) {
        b.addSubjectTypes(t);
      }
    }
    b.addSubjectTypes(SubjectType.values()[r.nextInt(SubjectType.values().length)]);
    for (EligibilityCondition c : EligibilityCondition.values()) {
      if (r.nextInt(3) > 0) {
        b.addEligibility(c);
      }
    }
    b.addEligibility(EligibilityCondition.values()[r.nextInt(EligibilityCondition.values().length)]);
    if (r.nextBoolean()) {
      b.source(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addUnconfirmed(text(r));
    }
    return b.build();
  }

  /** A random valid incentive list of {@code size} random incentives. */
  public static IncentiveList randomIncentiveList(SplittableRandom r, String id, Jurisdiction jurisdiction,
      EffectivePeriod effective, int size) {
    IncentiveList.Builder b = IncentiveList.builder().header(randomHeader(r, id, jurisdiction, effective));
    for (int i = 0; i < size; i++) {
      b.addIncentives(incentive(r, id.toUpperCase(java.util.Locale.ROOT) + "-I" + i, jurisdiction));
    }
    return b.build();
  }
}
