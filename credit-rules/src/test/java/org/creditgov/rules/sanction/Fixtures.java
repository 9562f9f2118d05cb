package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
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
import org.jspecify.annotations.Nullable;

/** Shared values of the sanction example tests. Durations and classes are test figures, not law. */
final class Fixtures {

  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final Jurisdiction NINGXIA = Jurisdiction.of("640000");
  static final LocalDate DATE = LocalDate.of(2025, 6, 2);

  static final LegalBasis BIDDING_LAW = LegalBasis.builder().level(InstrumentLevel.LAW)
      .issuer("全国人民代表大会常务委员会").title("中华人民共和国招标投标法").article("第五十四条")
      .effective(EffectivePeriod.from(LocalDate.of(2000, 1, 1))).build();
  static final LegalBasis DEPARTMENT_RULE = LegalBasis.builder().level(InstrumentLevel.DEPARTMENT_RULE)
      .issuer("某部").title("某部招标投标违法行为记录公告办法").effective(EffectivePeriod.from(LocalDate.of(2010, 1, 1))).build();
  static final LegalBasis NORMATIVE = LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT)
      .issuer("某县人民政府办公室").title("某县失信惩戒实施办法").effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1))).build();
  static final LegalBasis NX_REGULATION = LegalBasis.builder().level(InstrumentLevel.LOCAL_REGULATION)
      .issuer("宁夏回族自治区人民代表大会常务委员会").title("（测试）宁夏回族自治区社会信用条例")
      .effective(EffectivePeriod.from(LocalDate.of(2022, 1, 1))).jurisdiction(NINGXIA).build();
  static final LegalBasis HENAN_REGULATION = LegalBasis.builder().level(InstrumentLevel.LOCAL_REGULATION)
      .issuer("河南省人民代表大会常务委员会").title("（测试）河南省社会信用条例")
      .effective(EffectivePeriod.from(LocalDate.of(2022, 1, 1))).jurisdiction(Jurisdiction.of("410000")).build();

  static final String WAGE_LIST = "WAGE-ARREARS";

  static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");
  static final String PERSON_NAME = "王小明";
  static final String PERSON_ID = "53010219200508011X";

  static NaturalPerson person() {
    return NaturalPerson.of(PERSON_NAME, ResidentIdNumber.parser(
        java.time.Clock.fixed(Instant.parse("2025-01-01T04:00:00Z"), java.time.ZoneOffset.UTC)).parse(PERSON_ID));
  }

  static NaturalPerson minor() {
    return NaturalPerson.builder().name("李小红")
        .document(IdentityDocument.other(IdentityDocument.Kind.PASSPORT, "E00000001"))
        .birthDate(LocalDate.of(2010, 3, 1)).build();
  }

  /** A measure spec; every attribute may be changed before {@link MeasureSpec#build()}. */
  static final class MeasureSpec {
    String code;
    MeasureKind kind = MeasureKind.RIGHTS_REDUCING;
    List<LegalBasis> bases = List.of(BIDDING_LAW, DEPARTMENT_RULE);
    List<SubjectType> subjectTypes = List.of(SubjectType.LEGAL_PERSON, SubjectType.INDIVIDUAL_BUSINESS, SubjectType.NATURAL_PERSON);
    List<BodyKind> bodyKinds = List.of(BodyKind.PUBLIC_BODY);
    SeverityClass minimum = SeverityClass.GENERAL;
    @Nullable Period maximum = Period.ofYears(3);
    boolean minors;
    boolean responsible;

    MeasureSpec(String code) {
      this.code = code;
    }

    MeasureSpec kind(MeasureKind v) { kind = v; return this; }
    MeasureSpec bases(LegalBasis... v) { bases = List.of(v); return this; }
    MeasureSpec subjectTypes(SubjectType... v) { subjectTypes = List.of(v); return this; }
    MeasureSpec bodyKinds(BodyKind... v) { bodyKinds = List.of(v); return this; }
    MeasureSpec minimum(SeverityClass v) { minimum = v; return this; }
    MeasureSpec maximum(@Nullable Period v) { maximum = v; return this; }
    MeasureSpec minors(boolean v) { minors = v; return this; }
    MeasureSpec responsible(boolean v) { responsible = v; return this; }

    Measure build() {
      Measure.Builder b = Measure.builder().code(code).nameZh("在一定期限内取消投标资格").nameEn("No bidding for a period")
          .kind(kind).addAllLegalBases(bases).targetConduct("串通投标情节严重的投标人").addTargetLists(WAGE_LIST)
          .addFields("招标投标", "农民工工资支付").addContexts(BusinessContext.TENDERING).addAllSubjectTypes(subjectTypes)
          .implementingBody("招标投标行政监督部门").addAllBodyKinds(bodyKinds).minimumSeverity(minimum)
          .appliesToMinors(minors).appliesToResponsiblePersons(responsible);
      if (maximum != null) {
        b.maximumDuration(maximum);
      }
      return b.build();
    }
  }

  static MeasureSpec m(String code) {
    return new MeasureSpec(code);
  }

  /** A conduct-fact spec. */
  static final class FactSpec {
    String field = "招标投标";
    SeverityClass severity = SeverityClass.SERIOUS;
    Intent intent = Intent.INTENTIONAL;
    boolean forceMajeure;
    LocalDate date = DATE.minusDays(30);
    @Nullable String document = "青发改罚〔2025〕3号";

    FactSpec field(String v) { field = v; return this; }
    FactSpec severity(SeverityClass v) { severity = v; return this; }
    FactSpec intent(Intent v) { intent = v; return this; }
    FactSpec forceMajeure(boolean v) { forceMajeure = v; return this; }
    FactSpec date(LocalDate v) { date = v; return this; }
    FactSpec document(@Nullable String v) { document = v; return this; }

    ConductFact build() {
      ConductFact.Builder b = ConductFact.builder().field(field).severityClass(severity).intent(intent)
          .forceMajeure(forceMajeure).date(date);
      if (document != null) {
        b.document(document);
      }
      return b.build();
    }
  }

  static FactSpec f() {
    return new FactSpec();
  }

  static final Measure TENDER_BAN = m("T-BAN").build();

  static MeasureList national(String id, EffectivePeriod effective, Measure... measures) {
    return MeasureList.builder().header(header(id, Jurisdiction.national(), effective, NORMATIVE_NATIONAL))
        .addMeasures(measures).build();
  }

  /** A test header whose verdicts cite 49号 for procedure. */
  static RuleSetHeader header(String id, Jurisdiction j, EffectivePeriod effective, LegalBasis issuedBy) {
    return RuleSetHeader.builder().id(id).titleZh("失信惩戒措施清单（测试）" + id).edition("test").jurisdiction(j)
        .effective(effective).legalBasis(issuedBy).addProceduralBases(Instruments.STATE_COUNCIL_OPINION_2020_49).build();
  }

  static final LegalBasis NORMATIVE_NATIONAL = LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT)
      .issuer("国家发展和改革委员会、中国人民银行").title("全国失信惩戒措施基础清单（测试）")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 1, 1))).build();

  static final MeasureList NATIONAL = national("nat-test", EffectivePeriod.from(LocalDate.of(2021, 1, 1)), TENDER_BAN);

  static SanctionChecker checker(MeasureList... lists) {
    return SanctionChecker.of(MeasureListRegistry.builder().addLists(List.of(lists)).build());
  }

  static ConductFact fact() {
    return f().build();
  }

  static final ListType WAGE_LIST_TYPE = ListType.builder().code(WAGE_LIST).name("拖欠农民工工资失信联合惩戒对象名单")
      .field("农民工工资支付").category(ListCategory.MARKET_AND_SOCIAL_ORDER)
      .basis(LegalBasis.builder().level(InstrumentLevel.ADMINISTRATIVE_REGULATION).issuer("国务院")
          .title("保障农民工工资支付条例").effective(EffectivePeriod.from(LocalDate.of(2020, 5, 1))).build())
      .criteriaVersion("test").noticeWorkingDays(5).objectionWindowWorkingDays(10).objectionAnswerWorkingDays(5)
      .listingPeriod(ListingPeriod.fixed(Period.ofYears(3))).addRemovalConditions("期满").build();

  static final ListType OTHER_LIST_TYPE = ListType.builder().code("OTHER-LIST").name("其他名单")
      .field("安全生产").category(ListCategory.HEALTH_AND_LIFE_SAFETY).basis(BIDDING_LAW)
      .criteriaVersion("test").noticeWorkingDays(5).objectionWindowWorkingDays(10).objectionAnswerWorkingDays(5)
      .listingPeriod(ListingPeriod.fixed(Period.ofYears(3))).addRemovalConditions("期满").build();

  /**
   * A designation listed on {@code listedOn} for {@code period}, removed on {@code removedOn} for
   * {@code reason} if given: built from its events, as a store would give them back.
   */
  static Designation listing(String id, ListType type, Subject subject, LocalDate listedOn, Period period,
      @Nullable RemovalReason reason, @Nullable LocalDate removedOn) {
    DesignationId did = DesignationId.of(id);
    Actor actor = Actor.of("青铜峡市人力资源和社会保障局", "officer-1", QTX);
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    List<DesignationEvent> events = new ArrayList<>();
    LocalDate proposed = listedOn.minusDays(40);
    events.add(DesignationEvent.Proposed.builder().designationId(did).version(1).actor(actor).on(proposed)
        .recordedAt(at).addLegalBases(type.basis()).listType(type).subject(subject).criteriaVersion(type.criteriaVersion())
        .grounds("拖欠农民工工资").build());
    events.add(DesignationEvent.NoticeServed.builder().designationId(did).version(2).actor(actor)
        .on(proposed.plusDays(2)).recordedAt(at).addLegalBases(type.basis())
        .notice(PriorNotice.builder().documentNumber("告-1").grounds("g").addLegalBases(type.basis()).rights("r")
            .servedOn(proposed.plusDays(2)).build())
        .timeliness(Timeliness.ON_TIME).workingDaysLate(0).build());
    events.add(DesignationEvent.Listed.builder().designationId(did).version(3).actor(actor).on(listedOn)
        .recordedAt(at).addLegalBases(type.basis())
        .decision(DecisionDocument.builder().documentNumber("决-1").decidedOn(listedOn).grounds("g")
            .addLegalBases(type.basis()).sanctionMeasureNotice("n").addAllRemovalConditions(type.removalConditions())
            .removalProcedure("p").remedies("r").listingPeriod(period).build())
        .build());
    if (reason != null && removedOn != null) {
      events.add(DesignationEvent.Removed.builder().designationId(did).version(4).actor(actor).on(removedOn)
          .recordedAt(at).addLegalBases(type.basis()).reason(reason)
          .addDocuments(DocumentRef.of(reason.requiredDocument().orElse(DocumentRef.Kind.CORRECTION), "修-1", removedOn))
          .build());
    }
    return Designation.replay(events, WorkingDayCalendar.china());
  }

  /** A request spec whose attributes the tests change field by field before building it. */
  static final class Spec {
    Subject subject = COMPANY;
    Jurisdiction jurisdiction = QTX;
    LocalDate date = DATE;
    String measureCode = "T-BAN";
    String body = "青铜峡市发展和改革局";
    BodyKind kind = BodyKind.PUBLIC_BODY;
    Optional<String> requiredBy = Optional.empty();
    Trigger trigger = Trigger.CONDUCT_FACT;
    List<ConductFact> facts = new ArrayList<>(List.of(fact()));
    Optional<Designation> listing = Optional.empty();
    List<LegalBasis> cited = new ArrayList<>(List.of(BIDDING_LAW));
    Optional<Period> duration = Optional.of(Period.ofYears(1));
    Optional<LeniencyAssessment> assessment = Optional.empty();

    SanctionRequest build() {
      SanctionRequest.Builder b = SanctionRequest.builder().subject(subject).jurisdiction(jurisdiction)
          .date(date).measureCode(measureCode).implementingBody(body).bodyKind(kind).trigger(trigger)
          .addAllConductFacts(facts).addAllCitedBases(cited);
      requiredBy.ifPresent(b::requiredBy);
      listing.ifPresent(b::listing);
      duration.ifPresent(b::duration);
      assessment.ifPresent(b::leniencyAssessment);
      return b.build();
    }
  }

  static ImmutableList<String> codes(org.creditgov.core.verdict.Verdict v) {
    return v.findings().stream().map(f -> f.code()).collect(ImmutableList.toImmutableList());
  }

  private Fixtures() {}
}
