package org.creditgov.rules.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.io.BundledLists;
import org.junit.jupiter.api.Test;

/** Incentive eligibility (INC-1), with every reason a subject is not eligible. */
class IncentiveListTest {

  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final LocalDate DATE = LocalDate.of(2025, 6, 2);
  private final IncentiveList list = BundledLists.qingtongxiaIncentives();

  private static CreditRecord record(SeverityClass c, LocalDate decided) {
    return CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(COMPANY).decisionDate(decided)
        .documentNumber("青市监罚〔2025〕12号").issuingDepartment("青铜峡市市场监督管理局").severityClass(c)
        .submissionDate(decided.plusDays(3)).build();
  }

  private static List<String> codes(Verdict v) {
    return v.findings().stream().map(Finding::code).toList();
  }

  @Test
  void aTrustworthySubjectIsEligible() {
    Verdict v = list.check("QTX-INC-CREDIT-LENDING", EligibilityQuery.builder().subject(COMPANY).jurisdiction(QTX).date(DATE)
        .addDishonestyRecords(record(SeverityClass.GENERAL, DATE.minusDays(40))).build());
    assertThat(v.findings()).isEmpty();
    assertThat(v.isAllowed()).isTrue();
    assertThat(v.ruleSetVersion().map(Object::toString)).contains("incentive-list:qtx-640381-incentives@2022-05-12");
  }

  @Test
  void everyReasonOfIneligibilityIsGiven() {
    Verdict v = list.check("QTX-INC-CREDIT-LENDING", EligibilityQuery.builder().subject(COMPANY).jurisdiction(QTX).date(DATE)
        .addDishonestyRecords(record(SeverityClass.SERIOUS, DATE.minusDays(40)), record(SeverityClass.SERIOUS, DATE.plusDays(1)))
        .unkeptCommitments(2).build());
    assertThat(codes(v)).containsExactly("incentive.UNREPAIRED_SERIOUS_DISHONESTY", "incentive.COMMITMENTS_NOT_KEPT");
    assertThat(v.findings()).allMatch(f -> f.requirement() == RequirementId.INC_1 && !f.legalBases().isEmpty());
    assertThat(v.findings().get(1).messageZh()).contains("2项信用承诺未履行");
  }

  @Test
  void wrongListWrongPlaceWrongTypeOrUnknownIncentive() {
    EligibilityQuery early = EligibilityQuery.builder().subject(COMPANY).jurisdiction(Jurisdiction.of("410100"))
        .date(LocalDate.of(2021, 1, 1)).build();
    assertThat(codes(list.check("QTX-INC-PRIORITY-TENDERING", early))).containsExactly("incentive.LIST_NOT_IN_FORCE", "incentive.OUTSIDE_JURISDICTION");
    EligibilityQuery individualBusiness = EligibilityQuery.builder()
        .subject(Organisation.of(SubjectType.INDIVIDUAL_BUSINESS, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某小吃店"))
        .jurisdiction(QTX).date(DATE).build();
    assertThat(codes(list.check("QTX-INC-PRIORITY-TENDERING", individualBusiness))).containsExactly("incentive.SUBJECT_TYPE_NOT_ELIGIBLE");
    assertThat(codes(list.check("NO-SUCH", individualBusiness))).containsExactly("incentive.INCENTIVE_NOT_ON_LIST");
  }

  @Test
  void everyFindingHasBothMessages() {
    for (IncentiveFinding type : IncentiveFinding.values()) {
      assertThat(type.messages(java.util.Locale.ROOT).getString(type.code())).isNotBlank();
      assertThat(type.messages(java.util.Locale.SIMPLIFIED_CHINESE).getString(type.code()))
          .isNotEqualTo(type.messages(java.util.Locale.ROOT).getString(type.code()));
    }
  }
}
