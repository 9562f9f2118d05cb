package org.creditgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.testkit.SanctionGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** Properties of the workflow credit check (OPS-1, INC-1) on the bundled lists and random subjects. */
class CreditCheckPropertiesTest {

  private static final String[][] ITEMS = {{"BID", "招标投标"}, {"FUND", "财政资金"}, {"LICENCE", "行政许可"}, {"SAFETY", "安全生产"}};
  private static final CreditCheck CHECK = build();

  private static CreditCheck build() {
    CreditCheck.Builder b = CreditCheck.builder().measureLists(BundledLists.registry())
        .addIncentiveList(BundledLists.qingtongxiaIncentives());
    for (String[] item : ITEMS) {
      b.itemField(item[0], item[1]);
    }
    return b.build();
  }


  private static CreditCheckQuery query(SplittableRandom r) {
    SubjectType type = SubjectType.values()[r.nextInt(SubjectType.values().length)];
    Subject subject = SanctionGenerators.subject(r, type);
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
    List<CreditRecord> records = new ArrayList<>();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      String[] item = ITEMS[r.nextInt(ITEMS.length)];
      LocalDate decided = date.minusDays(r.nextInt(700) - 30);
      CreditRecord.Builder b = CreditRecord.builder().itemCode(r.nextInt(10) == 0 ? "UNMAPPED" : item[0])
          .subject(subject).decisionDate(decided).documentNumber("测试罚〔2024〕" + i + "号").issuingDepartment("测试局")
          .submissionDate(decided.plusDays(5)).severityClass(SeverityClass.values()[r.nextInt(3)]);
      if (r.nextBoolean()) {
        b.putField("intentional", r.nextBoolean());
      }
      records.add(b.build());
    }
    return CreditCheckQuery.builder().subject(subject).context(BusinessContext.values()[r.nextInt(BusinessContext.values().length)])
        .jurisdiction(SanctionGenerators.WHERE).date(date).department("青铜峡市测试局").addAllRecords(records)
        .unkeptCommitments(r.nextInt(4) == 0 ? 1 : 0).build();
  }

  @Test
  void remindersAreOfMeasuresAndIncentivesOfTheContextAndTheSubjectsType() {
    Seeds.forEachSeed(200, seed -> {
      CreditCheckQuery q = query(Seeds.random(seed));
      CreditCheckReport report = CHECK.check(q);
      assertThat(report).isEqualTo(CHECK.check(q));
      assertThat(report.measures()).allSatisfy(m -> {
        assertThat(m.measure().contexts()).contains(q.context());
        assertThat(m.measure().subjectTypes()).contains(q.subject().type());
        assertThat(m.measure().bodyKinds()).contains(BodyKind.PUBLIC_BODY);
        assertThat(m.verdict().ruleSetVersion()).isEqualTo(report.measureListVersion());
        assertThat(m.verdict().findings()).allSatisfy(f -> assertThat(f.legalBases()).isNotEmpty());
      });
      assertThat(report.incentives()).allSatisfy(i -> {
        assertThat(i.incentive().contexts()).contains(q.context());
        boolean serious = q.records().stream().anyMatch(rec -> rec.severityClass().orElseThrow() == SeverityClass.SERIOUS
            && !rec.decisionDate().isAfter(q.date()));
        assertThat(i.verdict().outcome() == Outcome.ALLOWED).isEqualTo(!serious && q.unkeptCommitments() == 0);
      });
      boolean unmapped = q.records().stream().anyMatch(rec -> rec.itemCode().equals("UNMAPPED") && !rec.decisionDate().isAfter(q.date()));
      assertThat(report.unmappedItems().contains("UNMAPPED")).isEqualTo(unmapped);
    });
  }

  @Test
  void aSeriousRecordInAMeasuresFieldAlwaysRemindsOfIt() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Subject company = SanctionGenerators.subject(r, SubjectType.LEGAL_PERSON);
      LocalDate date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
      CreditRecord serious = CreditRecord.builder().itemCode("BID").subject(company).decisionDate(date.minusDays(1 + r.nextInt(300)))
          .documentNumber("测试罚〔2024〕1号").issuingDepartment("测试局").submissionDate(date).severityClass(SeverityClass.SERIOUS)
          .putField("intentional", true).build();
      CreditCheckReport report = CHECK.check(CreditCheckQuery.builder().subject(company).context(BusinessContext.TENDERING)
          .jurisdiction(SanctionGenerators.WHERE).date(date).department("测试局").addRecords(serious).build());
      assertThat(report.measures()).extracting(m -> m.measure().code()).containsExactly("NAT-2021-TENDER-BAN");
      assertThat(report.measures().get(0).verdict().findings()).isEmpty();
    });
  }
}
