package org.creditgov.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionFacts;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.junit.jupiter.api.Test;

/** The worked example of docs/sanctions.md gives what the guide says. */
class SanctionsGuideTest {

  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");

  private static SanctionRequest request(Period duration, Intent intent) {
    LegalBasis biddingLaw = BundledLists.nationalModel().measure("NAT-2021-TENDER-BAN").orElseThrow().legalBases().get(0);
    SanctionRequest.Builder b = SanctionRequest.builder().subject(COMPANY).jurisdiction(Jurisdiction.of("640381"))
        .date(LocalDate.of(2025, 6, 2)).measureCode("NAT-2021-TENDER-BAN")
        .implementingBody("青铜峡市发展和改革局").bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT)
        .addConductFacts(ConductFact.builder().field("招标投标").severityClass(SeverityClass.SERIOUS).intent(intent)
            .date(LocalDate.of(2025, 3, 3)).document("青发改罚〔2025〕3号").build())
        .addCitedBases(biddingLaw).duration(duration);
    return b.build();
  }

  @Test
  void theWorkedExampleGivesWhatTheGuideSays() {
    SanctionChecker checker = SanctionChecker.of(BundledLists.registry());
    Verdict v = checker.check(request(Period.ofYears(4), Intent.INTENTIONAL));
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.findings()).extracting(Finding::code).containsExactly("sanction.LONGER_THAN_MAXIMUM");
    assertThat(v.ruleSetVersion().map(Object::toString))
        .contains("measure-list:cn-national-measures-model@2021-12-16+measure-list:qtx-640381-measures-example@2022-05-12");
    assertThat(v.findings().get(0).messageZh()).isEqualTo(
        "惩戒措施“在一定期限内取消参加依法必须进行招标的项目的投标资格”的拟定期限4年（至2029年6月2日）超过其最长期限3年（至2028年6月2日）。");
    assertThat(v.findings().get(0).fact(SanctionFacts.MAXIMUM)).contains(Period.ofYears(3));
    assertThat(v.findings().get(0).legalBases()).as("the national layer's procedural basis, then the measure's own")
        .first().satisfies(b -> assertThat(b.documentNumber()).contains("国办发〔2020〕49号"));
    assertThat(checker.check(request(Period.ofYears(2), Intent.INTENTIONAL)).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(checker.check(request(Period.ofYears(2), Intent.UNKNOWN)).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
  }
}
