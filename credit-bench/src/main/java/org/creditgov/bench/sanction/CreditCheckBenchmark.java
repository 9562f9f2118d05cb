package org.creditgov.bench.sanction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.CreditCheckReport;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.testkit.SanctionGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link CreditCheck#check(CreditCheckQuery)} of a company with 50 credit records (target: median
 * under 10 µs), sampled, on the bundled lists (the national model and the Qingtongxia example
 * layer, with the Qingtongxia incentives), in the tendering and funding contexts. Each check
 * converts the records to conduct facts, finds the measures the records trigger, runs the sanction
 * check on each reminder and the eligibility check of each incentive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreditCheckBenchmark {

  /** The business context of the workflow. */
  @Param({"TENDERING", "FUNDING"})
  public String context;

  private CreditCheck check;
  private CreditCheckQuery query;

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20_260_502L);
    String[][] items = {{"BID", "招标投标"}, {"FUND", "财政资金"}, {"LICENCE", "行政许可"}, {"PROCURE", "政府采购"}, {"SAFETY", "安全生产"}};
    CreditCheck.Builder b = CreditCheck.builder().measureLists(BundledLists.registry())
        .addIncentiveList(BundledLists.qingtongxiaIncentives());
    for (String[] item : items) {
      b.itemField(item[0], item[1]);
    }
    check = b.build();
    Subject company = SanctionGenerators.subject(r, SubjectType.LEGAL_PERSON);
    LocalDate date = LocalDate.of(2025, 6, 2);
    List<CreditRecord> records = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      LocalDate decided = date.minusDays(1 + r.nextInt(900));
      CreditRecord.Builder rb = CreditRecord.builder().itemCode(items[r.nextInt(items.length)][0]).subject(company)
          .decisionDate(decided).documentNumber("测试罚〔2024〕" + i + "号").issuingDepartment("测试局")
          .submissionDate(decided.plusDays(5)).severityClass(SeverityClass.values()[r.nextInt(3)]);
      if (r.nextBoolean()) {
        rb.putField("intentional", r.nextBoolean());
      }
      records.add(rb.build());
    }
    query = CreditCheckQuery.builder().subject(company).context(BusinessContext.valueOf(context))
        .jurisdiction(SanctionGenerators.WHERE).date(date).department("青铜峡市发展和改革局").addAllRecords(records).build();
    CreditCheckReport report = check.check(query);
    if (report.measures().isEmpty() || report.incentives().isEmpty()) {
      throw new IllegalStateException("the benchmark query reminds of nothing: " + report);
    }
  }

  /** One credit check of a subject with 50 records. */
  @Benchmark
  public CreditCheckReport creditCheck() {
    return check.check(query);
  }
}
