package org.creditgov.rules.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.creditgov.core.RequirementId;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.MessageType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BusinessContext;
import org.junit.jupiter.api.Test;

/** Incentive lists on the rule-set spine and eligibility (INC-1), with every reason a subject is not eligible. */
class IncentiveRegistryTest {

  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final LocalDate DATE = LocalDate.of(2025, 6, 2);
  private final IncentiveRegistry registry = BundledLists.incentiveRegistry();

  private static CreditRecord record(SeverityClass c, LocalDate decided) {
    return CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(COMPANY).decisionDate(decided)
        .documentNumber("青市监罚〔2025〕12号").issuingDepartment("青铜峡市市场监督管理局").severityClass(c)
        .submissionDate(decided.plusDays(3)).build();
  }

  private static List<String> codes(Verdict v) {
    return v.findings().stream().map(Finding::code).toList();
  }

  private static final LegalBasis PLAN = LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("某县人民政府办公室")
      .title("（测试）某县守信激励办法").effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1))).jurisdiction(QTX).build();

  private static final LegalBasis NATIONAL_RULE = LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("某部")
      .title("（测试）守信激励办法").effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1))).build();

  private static IncentiveList list(String id, Jurisdiction j, EffectivePeriod p, Incentive... incentives) {
    return IncentiveList.builder().header(RuleSetHeader.builder().id(id).titleZh("（测试）守信激励措施清单" + id).edition("t")
        .jurisdiction(j).effective(p).legalBasis(PLAN).addProceduralBases(PLAN).build()).addIncentives(incentives).build();
  }

  private static Incentive incentive(String code) {
    return Incentive.builder().code(code).nameZh("（测试）激励" + code).nameEn("(test) incentive " + code).addLegalBases(NATIONAL_RULE)
        .addContexts(BusinessContext.FUNDING).addSubjectTypes(SubjectType.LEGAL_PERSON)
        .addEligibility(EligibilityCondition.COMMITMENTS_KEPT).build();
  }

  @Test
  void aTrustworthySubjectIsEligible() {
    Verdict v = registry.check("QTX-INC-CREDIT-LENDING", EligibilityQuery.builder().subject(COMPANY).jurisdiction(QTX).date(DATE)
        .addDishonestyRecords(record(SeverityClass.GENERAL, DATE.minusDays(40))).build());
    assertThat(v.findings()).isEmpty();
    assertThat(v.isAllowed()).isTrue();
    assertThat(v.ruleSetVersion().map(Object::toString)).contains("incentive-list:qtx-640381-incentives@2022-05-12");
  }

  @Test
  void everyReasonOfIneligibilityIsGivenWithItsFacts() {
    Verdict v = registry.check("QTX-INC-CREDIT-LENDING", EligibilityQuery.builder().subject(COMPANY).jurisdiction(QTX).date(DATE)
        .addDishonestyRecords(record(SeverityClass.SERIOUS, DATE.minusDays(40)), record(SeverityClass.SERIOUS, DATE.plusDays(1)))
        .unkeptCommitments(2).build());
    assertThat(codes(v)).containsExactly("incentive.UNREPAIRED_SERIOUS_DISHONESTY", "incentive.COMMITMENTS_NOT_KEPT");
    assertThat(v.findings()).allMatch(f -> f.requirement() == RequirementId.INC_1 && !f.legalBases().isEmpty());
    assertThat(v.findings().get(1).messageZh()).isEqualTo("不符合激励措施““信易贷”融资支持”的条件：有2项信用承诺未履行。");
    assertThat(v.findings().get(1).fact(IncentiveFacts.UNKEPT)).contains(2L);
    assertThat(v.findings().get(0).fact(IncentiveFacts.DECIDED_ON)).contains(DATE.minusDays(40));
    assertThat(v.findings().get(0).fact(IncentiveFacts.INCENTIVE).orElseThrow().code()).isEqualTo("QTX-INC-CREDIT-LENDING");
    assertThat(v.findings().get(0).messageZh()).isEqualTo(
        "不符合激励措施““信易贷”融资支持”的条件：2025年4月23日作出的目录项NAT-ADMIN-PENALTY严重失信信息尚未修复。");
  }

  @Test
  void nothingInForceWrongTypeOrUnknownIncentive() {
    EligibilityQuery early = EligibilityQuery.builder().subject(COMPANY).jurisdiction(QTX).date(LocalDate.of(2021, 1, 1)).build();
    Verdict before = registry.check("QTX-INC-PRIORITY-TENDERING", early);
    assertThat(codes(before)).containsExactly("ruleset.NOT_IN_FORCE");
    assertThat(before.ruleSetVersion()).isEmpty();
    assertThat(before.findings().get(0).messageZh()).contains("守信激励措施清单");
    EligibilityQuery elsewhere = early.toBuilder().jurisdiction(Jurisdiction.of("410100")).date(DATE).build();
    assertThat(codes(registry.check("QTX-INC-PRIORITY-TENDERING", elsewhere))).as("the Qingtongxia list applies in Qingtongxia")
        .containsExactly("ruleset.NOT_IN_FORCE");
    EligibilityQuery individualBusiness = EligibilityQuery.builder()
        .subject(Organisation.of(SubjectType.INDIVIDUAL_BUSINESS, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某小吃店"))
        .jurisdiction(QTX).date(DATE).build();
    Verdict type = registry.check("QTX-INC-PRIORITY-TENDERING", individualBusiness);
    assertThat(codes(type)).containsExactly("incentive.SUBJECT_TYPE_NOT_ELIGIBLE");
    assertThat(type.findings().get(0).messageZh()).isEqualTo("激励措施“招标投标中加大扶持”不适用于个体工商户，其适用对象为：法人、非法人组织。");
    Verdict unknown = registry.check("NO-SUCH", individualBusiness);
    assertThat(codes(unknown)).containsExactly("incentive.INCENTIVE_NOT_ON_LIST");
    assertThat(unknown.findings().get(0).fact(IncentiveFacts.INCENTIVE_CODE)).contains("NO-SUCH");
  }

  @Test
  void listsAreLayeredAndEffectiveDatedAndACountyListNeedsNoNationalOne() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate switchDate = LocalDate.of(2025, 1, 1);
    IncentiveList v1 = list("qtx-v1", QTX, EffectivePeriod.between(from, switchDate), incentive("A"), incentive("B"));
    IncentiveList v2 = list("qtx-v2", QTX, EffectivePeriod.from(switchDate), incentive("A"));
    IncentiveList nx = list("nx", Jurisdiction.of("640000"), EffectivePeriod.from(from), incentive("NX"));
    IncentiveRegistry r = IncentiveRegistry.builder().addList(v2).addList(nx).addList(v1).build();
    ResolvedIncentiveList in2024 = r.resolve(QTX, LocalDate.of(2024, 6, 1)).orElseThrow();
    assertThat(in2024.incentives()).extracting(Incentive::code).containsExactly("NX", "A", "B");
    assertThat(in2024.ruleSetVersion()).hasToString("incentive-list:nx@2024-01-01+incentive-list:qtx-v1@2024-01-01");
    assertThat(in2024.incentivesIn(BusinessContext.FUNDING)).hasSize(3);
    ResolvedIncentiveList in2025 = r.resolve(QTX, switchDate).orElseThrow();
    assertThat(in2025.incentives()).extracting(Incentive::code).containsExactly("NX", "A");
    assertThat(in2025.period()).isEqualTo(EffectivePeriod.from(switchDate));
    EligibilityQuery q = EligibilityQuery.builder().subject(COMPANY).jurisdiction(QTX).date(switchDate).build();
    assertThat(codes(r.check("B", q))).containsExactly("incentive.INCENTIVE_NOT_ON_LIST");
    assertThat(r.check("B", q.withDate(switchDate.minusDays(1))).findings()).isEmpty();
    assertThat(r.resolve(Jurisdiction.of("640300"), LocalDate.of(2024, 6, 1)).orElseThrow().incentives())
        .extracting(Incentive::code).as("Wuzhong gets the Ningxia layer only").containsExactly("NX");
    assertThatIllegalArgumentException().as("the resolved lists answer for their own jurisdiction and period only")
        .isThrownBy(() -> in2024.check("A", q));
  }

  @Test
  void theRegistryRefusesOverlapsRedefinitionsAndDuplicateIds() {
    IncentiveList a = list("a", QTX, EffectivePeriod.from(LocalDate.of(2024, 1, 1)), incentive("A"));
    IncentiveList b = list("b", QTX, EffectivePeriod.from(LocalDate.of(2024, 6, 1)), incentive("B"));
    IncentiveList nx = list("a", Jurisdiction.of("640000"), EffectivePeriod.from(LocalDate.of(2024, 1, 1)), incentive("B"));
    List<DataProblem> problems = IncentiveRegistry.builder().addLists(List.of(a, b, nx)).problems();
    assertThat(problems).extracting(DataProblem::code).containsExactlyInAnyOrder("data.DUPLICATE_ID",
        "data.OVERLAPPING_VERSIONS", "data.REDEFINES_HIGHER_LAYER_ENTRY");
    assertThat(problems).allSatisfy(p -> assertThat(p.requirement()).contains(RequirementId.INC_1));
    assertThatThrownBy(() -> IncentiveRegistry.builder().addList(a).addList(b).build())
        .isInstanceOf(IncentiveListFormatException.class);
  }

  @Test
  void aListOrIncentiveBuiltInCodeIsCheckedWithEveryProblem() {
    assertThatThrownBy(() -> Incentive.builder().code("x y").nameZh(" ").nameEn("e").build())
        .isInstanceOfSatisfying(IncentiveListFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code() + " " + p.pointer()).containsExactly("data.INVALID_CODE /code", "data.BLANK /name/zh",
                "incentive.NO_LEGAL_BASIS /legalBases", "incentive.NONE_LISTED /contexts", "incentive.NONE_LISTED /subjectTypes",
                "incentive.NONE_LISTED /eligibility"));
    LegalBasis henan = PLAN.toBuilder().jurisdiction(Jurisdiction.of("410100")).build();
    assertThatThrownBy(() -> list("l", QTX, EffectivePeriod.from(DATE), incentive("A"), incentive("A"),
        incentive("C").toBuilder().legalBases(List.of(henan)).build()))
        .isInstanceOfSatisfying(IncentiveListFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code() + " " + p.pointer())
            .containsExactly("data.DUPLICATE_CODE /incentives/1/code", "data.BASIS_OF_OTHER_JURISDICTION /incentives/2/legalBases/0"));
  }

  @Test
  void everyFindingAndProblemHasBothMessages() {
    List<MessageType> types = new java.util.ArrayList<>(List.of(IncentiveFinding.values()));
    types.addAll(List.of(IncentiveListProblemType.values()));
    for (MessageType type : types) {
      assertThat(type.messages(Locale.ROOT).getString(type.code())).isNotBlank();
      assertThat(type.messages(Locale.SIMPLIFIED_CHINESE).getString(type.code()))
          .isNotEqualTo(type.messages(Locale.ROOT).getString(type.code()));
    }
  }
}
