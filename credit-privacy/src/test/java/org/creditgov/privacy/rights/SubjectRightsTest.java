package org.creditgov.privacy.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.consent.ConsentFinding;
import org.creditgov.privacy.query.GatewayFixtures;
import org.creditgov.privacy.query.QueryGateway;
import org.junit.jupiter.api.Test;

/** The person's rights (PIPL Arts. 44–47): who queried, withdrawal, correction that becomes an objection. */
class SubjectRightsTest {

  private final GatewayFixtures f = new GatewayFixtures();
  private final List<FiledRequest> filed = new ArrayList<>();

  private SubjectRights rights(OfficerVisibility officers) {
    return SubjectRights.builder().log(f.log).tokens(f.tokens).consents(f.consents).catalogs(f.catalogs)
        .records(f.records).filed(filed::add).officers(officers).clock(f.clock).build();
  }

  @Test
  void thePersonSeesWhoQueriedWhenAndForWhatPurposeWithTheOfficerPseudonymised() {
    QueryGateway gateway = f.gateway().build();
    f.consents.record(f.loanConsent("C-1").build());
    gateway.query(f.loanQuery("C-1").build());
    f.clock.advance(Duration.ofHours(1));
    gateway.query(f.loanQuery("C-404").build()); // refused: no such consent
    gateway.query(f.licensingQuery().build());   // about the company, not the person

    List<QueryNotice> seen = rights(OfficerVisibility.PSEUDONYMISED).whoQueried(f.personRef);

    assertThat(seen).hasSize(2);
    assertThat(seen).extracting(QueryNotice::department).containsOnly(GatewayFixtures.BANK);
    assertThat(seen).extracting(QueryNotice::outcome).containsExactly(Outcome.ALLOWED, Outcome.REFUSED);
    assertThat(seen.get(0).purpose().nameZh()).isEqualTo("贷款审批");
    assertThat(seen.get(0).officer()).hasValueSatisfying(o -> assertThat(o).startsWith("k2026:").doesNotContain("loan-officer"));
    assertThat(seen.get(0).officer()).isEqualTo(seen.get(1).officer());
    assertThat(rights(OfficerVisibility.NAMED).whoQueried(f.personRef).get(0).officer()).contains("loan-officer-07");
    assertThat(rights(OfficerVisibility.HIDDEN).whoQueried(f.personRef).get(0).officer()).isEmpty();
    assertThat(rights(OfficerVisibility.HIDDEN).whoQueried(f.companyRef)).hasSize(1);
  }

  @Test
  void thePersonWithdrawsAConsentAndTheNextQueryIsRefused() {
    f.consents.record(f.loanConsent("C-1").build());
    assertThat(rights(OfficerVisibility.HIDDEN).withdraw(f.personRef, "C-1").accepted()).isTrue();
    f.clock.advance(Duration.ofMillis(1));
    assertThat(f.gateway().build().query(f.loanQuery("C-1").build()).verdict().findings()).extracting(Finding::type)
        .containsExactly(ConsentFinding.WITHDRAWN);
  }

  @Test
  void aCorrectionOfAPenaltyRecordBecomesAnObjection() {
    var v = rights(OfficerVisibility.HIDDEN).requestCorrection(CorrectionRequest.builder().subject(f.personRef)
        .jurisdiction(GatewayFixtures.QTX).itemCode("NAT-ADMIN-PENALTY").documentNumber("青市监罚〔2026〕7号")
        .statement("罚款已于2026年3月10日缴清，处罚决定已被撤销").build());
    assertThat(v.findings()).extracting(Finding::type).containsExactly(RightsFinding.OBJECTION_FILED);
    assertThat(v.findings().get(0).messageZh()).contains("行政处罚信息").contains("异议");
    assertThat(filed).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RequestKind.OBJECTION);
      assertThat(r.record().documentNumber()).isEqualTo("青市监罚〔2026〕7号");
      assertThat(r.toString()).doesNotContain(GatewayFixtures.ID).doesNotContain("缴清");
    });
  }

  @Test
  void aCorrectionOfOtherInformationStaysACorrectionAndOneOfARecordThePersonDoesNotHaveIsRefused() {
    f.records.add(org.creditgov.core.catalog.CreditRecord.builder().itemCode("NAT-IP-PATENT-PLEDGE").subject(f.person)
        .putField("registrationNumber", "ZL2026-001").putField("registeredOn", java.time.LocalDate.of(2026, 2, 1))
        .putField("registrationAuthority", "国家知识产权局").decisionDate(java.time.LocalDate.of(2026, 2, 1))
        .documentNumber("ZL2026-001").issuingDepartment("国家知识产权局").submissionDate(java.time.LocalDate.of(2026, 2, 3)).build());
    SubjectRights rights = rights(OfficerVisibility.HIDDEN);
    assertThat(rights.requestCorrection(CorrectionRequest.builder().subject(f.personRef).jurisdiction(GatewayFixtures.QTX)
        .itemCode("NAT-IP-PATENT-PLEDGE").documentNumber("ZL2026-001").statement("质押已注销").build()).findings())
        .extracting(Finding::type).containsExactly(RightsFinding.CORRECTION_FILED);
    assertThat(rights.requestCorrection(CorrectionRequest.builder().subject(f.personRef).jurisdiction(GatewayFixtures.QTX)
        .itemCode("NAT-ADMIN-PENALTY").documentNumber("青市监罚〔2026〕9号").statement("不是我的").build()).findings())
        .extracting(Finding::type).containsExactly(RightsFinding.RECORD_NOT_FOUND);
    assertThat(filed).extracting(FiledRequest::kind).containsExactly(RequestKind.CORRECTION);
  }
}
