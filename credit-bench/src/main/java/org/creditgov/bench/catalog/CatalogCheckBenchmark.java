package org.creditgov.bench.catalog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.FieldFormat;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.FieldType;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.CreditRecordGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ResolvedCatalog#check(CreditRecord)} of valid 10-field records (64, over random items of the
 * catalog, whose 20 shapes repeat: see {@link BenchCatalogs}) against catalogs of 20 and 5,000 items, and the same with the resolution of the catalog in force ({@link
 * CatalogRegistry#check}) (target: at least 1,000,000 checks per second on one core, and flat in the
 * catalog's size), beside a baseline in the same run: a hand-written loop doing the same field checks (type,
 * presence, format with the same identifier validators, length, subject type, working-day deadline)
 * after a {@link HashMap} lookup, but building no verdict and no finding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CatalogCheckBenchmark {

  private static final int RECORDS = 64; // a power of two: the index wraps with a mask
  private static final Jurisdiction COUNTY = Jurisdiction.of("640381");

  /** The number of items in the catalog. */
  @Param({"20", "5000"})
  public int items;

  private CatalogRegistry registry;
  private ResolvedCatalog resolved;
  private CreditRecord[] records;
  private Map<String, Plain> plain;
  private ResidentIdNumber.Parser residentIds;
  private WorkingDayCalendar calendar;
  private int next;

  /** The plain form of an item the baseline loop checks against. */
  private static final class Plain {
    final EnumSet<SubjectType> subjects;
    final FieldSpec[] fields;
    final int deadline;

    Plain(CatalogItem item) {
      this.subjects = EnumSet.copyOf(item.subjectTypes());
      this.fields = item.fields().toArray(new FieldSpec[0]);
      this.deadline = item.updateDeadlineWorkingDays();
    }
  }

  @Setup
  public void setUp() {
    Catalog catalog = BenchCatalogs.national(items);
    registry = CatalogRegistry.builder().addCatalog(catalog).regimes(CatalogGenerator.regimes()).clock(BenchCatalogs.CLOCK).build();
    resolved = registry.resolve(COUNTY, LocalDate.of(2025, 1, 1)).orElseThrow();
    calendar = WorkingDayCalendar.china();
    residentIds = ResidentIdNumber.parser(BenchCatalogs.CLOCK);
    CreditRecordGenerator generator = new CreditRecordGenerator(calendar, BenchCatalogs.CLOCK);
    SplittableRandom r = new SplittableRandom(BenchCatalogs.SEED + 1);
    List<CatalogItem> all = catalog.items();
    records = new CreditRecord[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      CatalogItem item = all.get(r.nextInt(all.size()));
      records[i] = generator.valid(r, item, LocalDate.of(2025, 1, 6).plusDays(r.nextInt(300)));
      Verdict v = resolved.check(records[i]);
      if (!v.isAllowed() || v.findings().size() > 1) {
        throw new IllegalStateException("a benchmark record is not valid: " + v);
      }
    }
    plain = new HashMap<>();
    all.forEach(i -> plain.put(i.code(), new Plain(i)));
  }

  /** The library's check against the catalog resolved once, with its verdict, findings and publication window. */
  @Benchmark
  public Verdict check() {
    return resolved.check(records[next++ & (RECORDS - 1)]);
  }

  /**
   * Resolve and check: {@link CatalogRegistry#check} finds the catalog in force in the county on the
   * record's submission date (the spine's timeline: a hash lookup and a binary search) and checks
   * the record against it.
   */
  @Benchmark
  public Verdict resolveAndCheck() {
    return registry.check(COUNTY, records[next++ & (RECORDS - 1)]);
  }

  /** The baseline: the same field checks in a plain loop, answering only how many failed. */
  @Benchmark
  public int baselineHandWrittenLoop() {
    CreditRecord record = records[next++ & (RECORDS - 1)];
    Plain item = plain.get(record.itemCode());
    if (item == null) {
      return -1;
    }
    int failures = item.subjects.contains(record.subject().type()) ? 0 : 1;
    Map<String, Object> values = record.fields();
    int present = 0;
    for (FieldSpec f : item.fields) {
      Object v = values.get(f.name());
      if (v == null) {
        failures += f.required() ? 1 : 0;
        continue;
      }
      present++;
      if (!f.type().accepts(v)) {
        failures++;
        continue;
      }
      if (v instanceof String && f.maxLength().isPresent() && ((String) v).length() > f.maxLength().getAsInt()) {
        failures++;
      }
      if (f.format().isPresent() && !valid(f.format().get(), f.type(), v)) {
        failures++;
      }
    }
    if (present < values.size()) {
      failures++;
    }
    int days = calendar.workingDaysBetween(record.decisionDate(), record.submissionDate());
    return days > item.deadline ? failures + 1 : failures;
  }

  private boolean valid(FieldFormat format, FieldType type, Object v) {
    switch (format) {
      case USCC:
        return UnifiedSocialCreditCode.isValid((String) v);
      case RESIDENT_ID:
        return residentIds.isValid((String) v);
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return ForeignPermanentResidentId.isValid((String) v);
      case PERSON_ID:
        return residentIds.isValid((String) v) || ForeignPermanentResidentId.isValid((String) v);
      case DIVISION_CODE:
        return ((String) v).length() == 6;
      case AMOUNT:
        return type == FieldType.INTEGER ? ((Number) v).longValue() >= 0 : ((java.math.BigDecimal) v).signum() >= 0;
      default:
        return true;
    }
  }
}
