package org.creditgov.rules.designation;

import java.time.LocalDate;
import java.time.Period;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.TestClock;

/**
 * Shared values of the example tests: a national test layer of list types and a Qingtongxia layer
 * with local ones. The windows (5, 10, 5 working days) and the period (1 to 3 years) are test
 * figures, not law: the library has no defaults for them.
 */
final class Fixtures {

  static final LegalBasis SAFETY_LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW)
      .issuer("全国人民代表大会常务委员会")
      .title("中华人民共和国安全生产法")
      .article("第七十八条")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1)))
      .build();

  static final LegalBasis NORMATIVE = LegalBasis.builder()
      .level(InstrumentLevel.NORMATIVE_DOCUMENT)
      .issuer("某县人民政府办公室")
      .title("某县失信惩戒办法")
      .effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1)))
      .build();

  static final String REPAIR_CONDITION = "履行行政处罚决定并完成信用修复";
  static final String PERIOD_CONDITION = "列入期限届满";

  static final ListType SAFETY = ListType.builder()
      .code("SAFETY-SEVERE")
      .name("安全生产严重失信主体名单")
      .nameEn("Severe-dishonesty list of work safety")
      .field("安全生产")
      .category(ListCategory.HEALTH_AND_LIFE_SAFETY)
      .basis(SAFETY_LAW)
      .criteriaVersion("2021-v1")
      .noticeWorkingDays(5)
      .objectionWindowWorkingDays(10)
      .objectionAnswerWorkingDays(5)
      .listingPeriod(ListingPeriod.range(Period.ofYears(1), Period.ofYears(3)))
      .addRemovalConditions(REPAIR_CONDITION, PERIOD_CONDITION)
      .build();

  /** The same list, but one that allows minors. */
  static final ListType SAFETY_MINORS = SAFETY.toBuilder().code("SAFETY-MINORS").minorsMayBeListed(true).build();
  /** The same list on a normative document: unlawful (DES-1). */
  static final ListType SAFETY_NORMATIVE = SAFETY.toBuilder().code("SAFETY-NORMATIVE").basis(NORMATIVE).build();

  static final Jurisdiction QINGTONGXIA = Jurisdiction.of("640381");

  /** A Qingtongxia list applying the national one with its own objection window (DES-2 allows it). */
  static final ListType SAFETY_QTX = SAFETY.toBuilder().code("SAFETY-SEVERE-640381").jurisdiction(QINGTONGXIA)
      .nationalListTypeCode("SAFETY-SEVERE").objectionWindowWorkingDays(3).build();
  /** A Qingtongxia list that changes the national criteria version and listing period (DES-2 forbids it). */
  static final ListType SAFETY_QTX_ALTERED = SAFETY_QTX.toBuilder().code("SAFETY-ALTERED-640381")
      .criteriaVersion("2021-v1-local").listingPeriod(ListingPeriod.fixed(Period.ofYears(5))).build();

  static final ListTypeSet NATIONAL = DesignationGenerators.set("test-national", SAFETY, SAFETY_MINORS, SAFETY_NORMATIVE);
  static final ListTypeSet QTX = ListTypeSet.of(RuleSetHeader.builder().id("test-640381").titleZh("青铜峡市测试名单类型")
      .edition("test").jurisdiction(QINGTONGXIA).effective(EffectivePeriod.from(LocalDate.of(2022, 5, 12)))
      .legalBasis(Instruments.QINGTONGXIA_PLAN_2022).addProceduralBases(Instruments.QINGTONGXIA_PLAN_2022)
      .example(true).build(), SAFETY_QTX, SAFETY_QTX_ALTERED);
  static final ListTypeRegistry REGISTRY = ListTypeRegistry.of(NATIONAL, QTX);

  static final Actor OFFICER = Actor.of("青铜峡市应急管理局", "officer-007", QINGTONGXIA);

  static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某化工有限公司");

  /** A name and a resident ID number (a public test-suite sample) that must never be printed. */
  static final String PERSON_NAME = "王小明";
  static final String PERSON_ID = "53010219200508011X";

  static NaturalPerson person() {
    return NaturalPerson.of(PERSON_NAME, ResidentIdNumber.parser(TestClock.at(LocalDate.of(2025, 1, 1))).parse(PERSON_ID));
  }

  static NaturalPerson minorBornOn(LocalDate birthDate) {
    return NaturalPerson.builder().name("李小红")
        .document(IdentityDocument.other(IdentityDocument.Kind.PASSPORT, "E00000001"))
        .birthDate(birthDate).build();
  }

  /**
   * Repair approvals for the tests of the designation procedure itself: every listing's repair
   * counts as approved from 2000-01-01 (the repair procedure's own tests approve repairs for real).
   */
  static final RepairApprovals EVERY_LISTING_REPAIRED = new RepairApprovals() {
    @Override
    public java.util.Optional<DocumentRef> approvalOfListing(DesignationId id) {
      return java.util.Optional.of(DocumentRef.of(DocumentRef.Kind.REPAIR_APPROVAL, "test-approval", LocalDate.of(2000, 1, 1)));
    }

    @Override
    public java.util.Optional<DocumentRef> approvalOfRecord(String documentNumber) {
      return java.util.Optional.empty();
    }
  };

  static DesignationService service(DesignationStore store, TestClock clock) {
    return DesignationService.builder().store(store).clock(clock).listTypes(REGISTRY)
        .repairs(EVERY_LISTING_REPAIRED).build();
  }

  static DesignationCommand.Propose propose(String id, LocalDate on) {
    return propose(id, on, COMPANY, SAFETY, "2021-v1");
  }

  static DesignationCommand.Propose propose(String id, LocalDate on, Subject subject, ListType type,
      String criteriaVersion) {
    return DesignationCommand.propose().id(DesignationId.of(id)).listTypeCode(type.code()).subject(subject)
        .criteriaVersion(criteriaVersion).on(on).grounds("2024年发生较大生产安全事故，造成3人死亡")
        .actor(OFFICER).addDocuments(DocumentRef.of(Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", on))
        .build();
  }

  static PriorNotice notice(LocalDate servedOn) {
    return PriorNotice.builder().documentNumber("青应急告〔2025〕3号")
        .grounds("较大生产安全事故").addLegalBases(SAFETY_LAW)
        .rights("当事人有权在送达之日起10个工作日内提出异议").servedOn(servedOn).build();
  }

  static DesignationCommand.ServeNotice serve(LocalDate servedOn) {
    return DesignationCommand.serveNotice().actor(OFFICER).notice(notice(servedOn)).build();
  }

  static DecisionDocument.Builder completeDecision(LocalDate on) {
    return completeDecisionWithoutPeriod(on).listingPeriod(Period.ofYears(3));
  }

  static DecisionDocument.Builder completeDecisionWithoutPeriod(LocalDate on) {
    return DecisionDocument.builder().documentNumber("青应急决〔2025〕7号").decidedOn(on)
        .grounds("较大生产安全事故").addLegalBases(SAFETY_LAW)
        .sanctionMeasureNotice("依法限制参与政府采购、工程招投标")
        .addRemovalConditions(REPAIR_CONDITION, PERIOD_CONDITION)
        .removalProcedure("向认定部门或信用中国网站提出信用修复申请")
        .remedies("可在六十日内申请行政复议，或在六个月内提起行政诉讼");
  }

  static DesignationCommand.Decide decide(LocalDate on) {
    return DesignationCommand.decide().actor(OFFICER).decision(completeDecision(on).build()).build();
  }

  static DesignationCommand.FileObjection object(LocalDate on) {
    return DesignationCommand.fileObjection().actor(OFFICER)
        .addDocuments(DocumentRef.of(Kind.OBJECTION, "异议-2025-001", on)).on(on).build();
  }

  static DesignationCommand.AnswerObjection answer(LocalDate on, boolean upheld) {
    return DesignationCommand.answerObjection().actor(OFFICER).on(on).upheld(upheld)
        .addDocuments(DocumentRef.of(Kind.OBJECTION_REPLY, "异议答复-2025-001", on)).build();
  }

  static DesignationCommand.Remove remove(LocalDate on, RemovalReason reason, Kind document) {
    return DesignationCommand.remove().actor(OFFICER).on(on).reason(reason)
        .addDocuments(DocumentRef.of(document, "青应急修〔2025〕1号", on)).build();
  }

  private Fixtures() {}
}
