package org.creditgov.bench.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.StopReason;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The disclosure view (CAT-6) for a company with 200 records on the bundled model catalog —
 * penalties of every class decided 2023–2026 (so across the regimes of 2019, Order 58 and Order 36),
 * severe-list and abnormal-list entries, registration and pledges, social-insurance arrears (not
 * public), an item outside the catalog, one record in eight repaired or stopped — on 2026-09-28:
 *
 * <ul>
 *   <li>{@link #view} — {@code DisclosureView.on}: every record judged, withheld ones with every
 *       reason as findings, shown ones with fields masked for the public and their findings;
 *   <li>{@link #handWritten} — the baseline: a loop over the same records asking the catalog's own
 *       {@code disclosure(record, date).mayPublish()} and a stop map, copying the fields of those
 *       shown; no findings, no masking.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DisclosureViewBenchmark {

  static final int RECORDS = 200;
  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final LocalDate DAY = LocalDate.of(2026, 9, 28);

  DisclosureView view;
  SubjectRef subject;
  List<CreditRecord> records;
  ResolvedCatalog catalog;
  final Map<String, PublicationStop> stops = new HashMap<>();

  /** Generates the records from a fixed seed. */
  @Setup
  public void setUp() {
    Clock clock = Clock.fixed(DAY.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);
    CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某公司");
    subject = SubjectRef.of(company);
    records = records(new SplittableRandom(0xD15C_2026L), company);
    PublicationStates.InMemory states = PublicationStates.inMemory();
    SplittableRandom r = new SplittableRandom(7);
    for (CreditRecord rec : records) {
      if (r.nextInt(8) == 0) {
        PublicationStop stop = PublicationStop.of(rec.decisionDate().plusDays(90 + r.nextInt(400)), StopReason.REPAIRED, "青信修〔2026〕" + r.nextInt(99) + "号");
        states.stop(rec.itemCode(), rec.documentNumber(), stop);
        stops.put(rec.itemCode() + '\u0000' + rec.documentNumber(), stop);
      }
    }
    view = DisclosureView.builder().catalogs(catalogs).states(states).clock(clock).build();
    catalog = catalogs.resolve(QTX, DAY).orElseThrow();
  }

  static List<CreditRecord> records(SplittableRandom r, Organisation company) {
    List<CreditRecord> out = new ArrayList<>(RECORDS);
    SeverityClass[] classes = SeverityClass.values();
    for (int i = 0; i < RECORDS; i++) {
      LocalDate decided = LocalDate.of(2023, 1, 2).plusDays(r.nextInt(1300));
      CreditRecord.Builder b = CreditRecord.builder().subject(company).decisionDate(decided).documentNumber("青文〔" + i + "〕号")
          .issuingDepartment("青铜峡市市场监督管理局").submissionDate(decided.plusDays(2));
      switch (r.nextInt(8)) {
        case 0, 1, 2 -> b.itemCode("NAT-ADMIN-PENALTY").putField("violationType", "未按规定明码标价").putField("violationFacts", "未标明价格")
            .putField("penaltyBasis", "《中华人民共和国价格法》第四十二条").putField("penaltyContent", "罚款")
            .putField("fineAmount", new BigDecimal("5000.00")).putField("decidingAuthority", "青铜峡市市场监督管理局")
            .putField("partyCreditCode", "91512081MA62K0260E").severityClass(classes[r.nextInt(classes.length)]);
        case 3 -> b.itemCode("NAT-SEVERE-LIST").putField("listName", "严重违法失信名单").putField("listingReason", "拒不履行")
            .putField("listingBasis", "某条例").putField("listingAuthority", "青铜峡市市场监督管理局").putField("listedOn", decided)
            .severityClass(SeverityClass.SERIOUS);
        case 4 -> b.itemCode("NAT-ABNORMAL-LIST").putField("listingReason", "未按期公示年报").putField("listedOn", decided)
            .putField("listingAuthority", "青铜峡市市场监督管理局").severityClass(classes[r.nextInt(classes.length)]);
        case 5 -> b.itemCode("NAT-REG-BASIC").putField("creditCode", "91512081MA62K0260E").putField("name", "某公司")
            .putField("legalRepresentative", "张三").putField("establishedOn", decided).putField("registrationAuthority", "青铜峡市市场监督管理局");
        case 6 -> b.itemCode("NAT-IP-PATENT-PLEDGE").putField("registrationNumber", "ZL" + i).putField("registeredOn", decided)
            .putField("registrationAuthority", "国家知识产权局").putField("partyCreditCode", "91512081MA62K0260E");
        default -> b.itemCode(r.nextBoolean() ? "NAT-SOCIAL-INSURANCE" : "QTX-NOT-IN-CATALOG").putField("paymentStatus", "欠费")
            .putField("arrearsAmount", new BigDecimal("1200.00")).putField("statusDate", decided);
      }
      out.add(b.build());
    }
    return out;
  }

  /** The view. */
  @Benchmark
  public DisclosureAnswer view() {
    return view.on(QTX, DAY, subject, records);
  }

  /** The baseline: the catalog's decision and a stop lookup per record, the fields of those shown copied. */
  @Benchmark
  public int handWritten() {
    int shown = 0;
    List<Map<String, Object>> out = new ArrayList<>(RECORDS);
    for (CreditRecord r : records) {
      PublicationStop stop = stops.get(r.itemCode() + '\u0000' + r.documentNumber());
      if (catalog.disclosure(r, DAY).mayPublish() && (stop == null || DAY.isBefore(stop.stoppedOn()))) {
        out.add(new HashMap<>(r.fields()));
        shown++;
      }
    }
    return shown + out.size();
  }
}
