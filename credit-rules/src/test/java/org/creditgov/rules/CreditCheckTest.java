package org.creditgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.rules.CreditCheckReport.IncentiveReminder;
import org.creditgov.rules.CreditCheckReport.MeasureReminder;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BusinessContext;
import org.junit.jupiter.api.Test;

/** The credit check a workflow calls (OPS-1): the measures that apply and the incentives available, with verdicts. */
class CreditCheckTest {

  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final LocalDate DATE = LocalDate.of(2025, 6, 2);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ChinaTime.ZONE);

  private final CreditCheck check = CreditCheck.builder().measureLists(BundledLists.registry())
      .addIncentiveList(BundledLists.qingtongxiaIncentives())
      .itemField("BID-PENALTY", "招标投标").itemField("FUND-PENALTY", "财政资金").clock(CLOCK).build();

  private static CreditRecord record(String item, SeverityClass c, Boolean intentional) {
    var b = CreditRecord.builder().itemCode(item).subject(COMPANY).decisionDate(DATE.minusDays(60))
        .documentNumber("青财罚〔2025〕8号").issuingDepartment("青铜峡市财政局").severityClass(c).submissionDate(DATE.minusDays(55));
    if (intentional != null) {
      b.putField("intentional", intentional);
    }
    return b.build();
  }

  private CreditCheckQuery query(BusinessContext context, CreditRecord... records) {
    return CreditCheckQuery.builder().subject(COMPANY).context(context).jurisdiction(QTX).date(check.today())
        .department("青铜峡市发展和改革局").addRecords(records).build();
  }

  @Test
  void aSeriousTenderingRecordRemindsOfTheTenderBanAndBlocksTheTenderingIncentive() {
    CreditCheckReport report = check.check(query(BusinessContext.TENDERING, record("BID-PENALTY", SeverityClass.SERIOUS, true)));
    assertThat(report.date()).isEqualTo(DATE);
    assertThat(report.measureListVersion().orElseThrow().toString()).startsWith("measure-list:cn-national-measures-model@2021-12-16");
    assertThat(report.measures()).extracting(r -> r.measure().code()).containsExactly("NAT-2021-TENDER-BAN");
    MeasureReminder ban = report.measures().get(0);
    assertThat(ban.verdict().findings()).isEmpty();
    assertThat(ban.verdict().ruleSetVersion()).isEqualTo(report.measureListVersion());
    assertThat(report.incentives()).extracting(r -> r.incentive().code()).containsExactly("QTX-INC-PRIORITY-TENDERING");
    IncentiveReminder priority = report.incentives().get(0);
    assertThat(priority.verdict().findings()).extracting(Finding::code).containsExactly("incentive.UNREPAIRED_SERIOUS_DISHONESTY");
  }

  @Test
  void aRecordOfUnrecordedIntentIsHeldForALeniencyAssessment() {
    CreditCheckReport report = check.check(query(BusinessContext.FUNDING, record("FUND-PENALTY", SeverityClass.SERIOUS, null)));
    assertThat(report.measures()).extracting(r -> r.measure().code()).containsExactly("QTX-EX-FUNDING-LIMIT");
    assertThat(report.measures().get(0).verdict().outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(report.measures().get(0).verdict().findings()).extracting(Finding::code).containsExactly("sanction.INTENT_NOT_ESTABLISHED");
  }

  @Test
  void aLessSeriousRecordOrAnotherFieldTriggersNoMeasureAndATrustworthySubjectGetsItsIncentives() {
    CreditCheckReport report = check.check(query(BusinessContext.FUNDING,
        record("FUND-PENALTY", SeverityClass.GENERAL, true), record("BID-PENALTY", SeverityClass.SERIOUS, true)));
    assertThat(report.measures()).isEmpty();
    assertThat(report.incentives()).extracting(r -> r.incentive().code())
        .containsExactly("QTX-INC-CREDIT-LENDING", "QTX-INC-PRIORITY-FUNDING");
    // the serious tendering record still counts against the incentives
    assertThat(report.incentives()).allMatch(r -> r.verdict().outcome() == Outcome.REFUSED);

    CreditCheckReport clean = check.check(query(BusinessContext.INSPECTION, record("FUND-PENALTY", SeverityClass.MINOR, true)));
    assertThat(clean.measures()).isEmpty();
    assertThat(clean.incentives()).extracting(r -> r.incentive().code()).containsExactly("QTX-INC-FEWER-INSPECTIONS");
    assertThat(clean.incentives().get(0).verdict().isAllowed()).isTrue();
  }

  @Test
  void unmappedItemsAreReportedNotGuessed() {
    CreditCheckReport report = check.check(query(BusinessContext.TENDERING, record("UNKNOWN-ITEM", SeverityClass.SERIOUS, true)));
    assertThat(report.measures()).isEmpty();
    assertThat(report.unmappedItems()).containsExactly("UNKNOWN-ITEM");
  }

  @Test
  void noListInForceMeansNoMeasures() {
    CreditCheckReport report = check.check(CreditCheckQuery.builder().subject(COMPANY).context(BusinessContext.TENDERING)
        .jurisdiction(QTX).date(LocalDate.of(2020, 1, 1)).department("某局").build());
    assertThat(report.measureListVersion()).isEmpty();
    assertThat(report.measures()).isEmpty();
    assertThat(report.incentives()).isEmpty();
  }

  @Test
  void recordsOfAnotherSubjectAreRefused() {
    Organisation other = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "另一家公司");
    CreditRecord foreign = CreditRecord.builder().itemCode("X").subject(other).decisionDate(DATE).documentNumber("n")
        .issuingDepartment("d").submissionDate(DATE).build();
    assertThatThrownBy(() -> CreditCheckQuery.builder().subject(COMPANY).context(BusinessContext.TENDERING).jurisdiction(QTX)
        .date(DATE).department("某局").addRecords(foreign).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditCheck.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CreditCheck.builder().itemField("A", "x").itemField("A", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameQueryGivesTheSameReport() {
    CreditCheckQuery q = query(BusinessContext.TENDERING, record("BID-PENALTY", SeverityClass.SERIOUS, false));
    assertThat(check.check(q)).isEqualTo(check.check(q));
    assertThat(List.of(check.check(q).measures().get(0).verdict().findings().get(0).code()))
        .containsExactly("sanction.UNINTENTIONAL_NOT_ASSESSED");
  }
}
