package org.creditgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.incentive.EligibilityQuery;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.junit.jupiter.api.Test;

/**
 * Verdicts cite the procedural bases the headers of the layers in force give, never a constant
 * (SAN-1 … SAN-6, INC-1): the national model names 国办发〔2020〕49号, the Qingtongxia supplement and
 * incentive list the Qingtongxia plan; a verdict for a subject in another province cites no
 * Qingtongxia instrument, one in Qingtongxia does.
 */
class ProceduralBasesTest {

  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");
  private static final LocalDate DATE = LocalDate.of(2025, 6, 2);
  private static final Jurisdiction QINGTONGXIA = Jurisdiction.of("640381");
  private static final Jurisdiction ZHENGZHOU = Jurisdiction.of("410100");

  private static boolean isQingtongxia(LegalBasis b) {
    return b.jurisdiction().equals(java.util.Optional.of(QINGTONGXIA)) || b.title().contains("青铜峡") || b.issuer().contains("青铜峡");
  }

  private static List<LegalBasis> cited(Verdict v) {
    List<LegalBasis> all = new ArrayList<>();
    v.findings().forEach(f -> all.addAll(f.legalBases()));
    return all;
  }

  /** A request with something wrong in every part of the check, so that every kind of finding cites its bases. */
  private static SanctionRequest request(Jurisdiction where) {
    return SanctionRequest.builder("NAT-2021-TENDER-BAN", COMPANY, DATE).jurisdiction(where)
        .implementingBody("某局").bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CREDIT_SCORE)
        .addConductFacts(ConductFact.builder().field("招标投标").severityClass(SeverityClass.MINOR).intent(Intent.UNKNOWN)
            .date(DATE.plusDays(3)).build())
        .duration(Period.ofYears(5)).build();
  }

  @Test
  void aSanctionVerdictInAnotherProvinceCitesNoQingtongxiaInstrument() {
    SanctionChecker checker = SanctionChecker.of(BundledLists.registry());
    Verdict elsewhere = checker.check(request(ZHENGZHOU));
    assertThat(elsewhere.findings()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(cited(elsewhere)).isNotEmpty().noneMatch(ProceduralBasesTest::isQingtongxia);
    assertThat(elsewhere.findings()).allSatisfy(f -> assertThat(f.legalBases())
        .anySatisfy(b -> assertThat(b.documentNumber()).contains("国办发〔2020〕49号")));
    assertThat(elsewhere.ruleSetVersion().orElseThrow()).hasToString("measure-list:cn-national-measures-model@2021-12-16");

    Verdict qingtongxia = checker.check(request(QINGTONGXIA));
    assertThat(qingtongxia.findings()).extracting(Finding::code)
        .isEqualTo(elsewhere.findings().stream().map(Finding::code).toList());
    assertThat(qingtongxia.findings()).allSatisfy(f -> assertThat(f.legalBases()).anyMatch(ProceduralBasesTest::isQingtongxia));
    assertThat(qingtongxia.findingsFor(org.creditgov.core.RequirementId.SAN_4)).allSatisfy(f ->
        assertThat(isQingtongxia(f.legalBases().get(0))).as("SAN-4 cites the county plan that confirms it first").isTrue());
  }

  @Test
  void aReminderInAnotherProvinceCitesNoQingtongxiaInstrument() {
    CreditCheck check = CreditCheck.builder().measureLists(BundledLists.registry())
        .incentiveLists(BundledLists.incentiveRegistry()).itemField("BID", "招标投标").build();
    CreditRecord serious = CreditRecord.builder().itemCode("BID").subject(COMPANY).decisionDate(DATE.minusDays(30))
        .documentNumber("罚〔2025〕1号").issuingDepartment("某局").submissionDate(DATE.minusDays(25))
        .severityClass(SeverityClass.SERIOUS).build();
    CreditCheckQuery q = CreditCheckQuery.builder().subject(COMPANY).context(BusinessContext.TENDERING).jurisdiction(ZHENGZHOU)
        .date(DATE).department("郑州市某局").addRecords(serious).build();
    CreditCheckReport elsewhere = check.check(q);
    assertThat(elsewhere.measures()).singleElement().satisfies(m ->
        assertThat(m.verdict().findings()).isNotEmpty().allSatisfy(f -> assertThat(f.legalBases()).noneMatch(ProceduralBasesTest::isQingtongxia)));
    assertThat(elsewhere.incentives()).as("the Qingtongxia incentives are not offered in Zhengzhou").isEmpty();

    CreditCheckReport qingtongxia = check.check(q.toBuilder().jurisdiction(QINGTONGXIA).build());
    assertThat(qingtongxia.measures()).singleElement().satisfies(m ->
        assertThat(m.verdict().findings()).allSatisfy(f -> assertThat(f.legalBases()).anyMatch(ProceduralBasesTest::isQingtongxia)));
    assertThat(qingtongxia.incentives()).isNotEmpty().allSatisfy(i ->
        assertThat(i.verdict().findings()).isNotEmpty().allSatisfy(f -> assertThat(f.legalBases()).anyMatch(ProceduralBasesTest::isQingtongxia)));
  }

  @Test
  void anIncentiveVerdictCitesThePlanOfItsListAndNothingInForceElsewhere() {
    EligibilityQuery q = EligibilityQuery.builder().subject(COMPANY).jurisdiction(QINGTONGXIA).date(DATE).unkeptCommitments(1).build();
    Verdict v = BundledLists.incentiveRegistry().check("QTX-INC-CREDIT-LENDING", q);
    assertThat(v.findings()).singleElement().satisfies(f -> assertThat(f.legalBases().get(0)).satisfies(b -> {
      assertThat(b.title()).isEqualTo("青铜峡市进一步完善失信约束制度构建诚信建设长效机制任务分工方案");
      assertThat(b.article()).as("the procedural basis, before the incentive's own article").isEmpty();
    }));
    Verdict elsewhere = BundledLists.incentiveRegistry().check("QTX-INC-CREDIT-LENDING", q.toBuilder().jurisdiction(ZHENGZHOU).build());
    assertThat(elsewhere.findings()).extracting(Finding::code).containsExactly("ruleset.NOT_IN_FORCE");
    assertThat(cited(elsewhere)).noneMatch(ProceduralBasesTest::isQingtongxia);
  }
}
