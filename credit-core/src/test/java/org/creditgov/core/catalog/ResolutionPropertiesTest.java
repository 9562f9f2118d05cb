package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.CreditRecordGenerator;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** CAT-4: resolution depends only on the date and jurisdiction, and each record is judged by the version of its date. */
class ResolutionPropertiesTest {

  private static final List<Jurisdiction> CHAIN_AND_SIBLINGS =
      List.of(Jurisdiction.of("640000"), Jurisdiction.of("640300"), Jurisdiction.of("640381"), Jurisdiction.of("640100"),
          Jurisdiction.of("640302"));
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** Versions of each layer: consecutive, non-overlapping periods with random boundaries and gaps. */
  private static List<Catalog> layeredCatalogs(SplittableRandom r) {
    List<Catalog> all = new ArrayList<>();
    int[] counter = {0};
    versions(r, Jurisdiction.national(), false, all, counter);
    for (Jurisdiction j : CHAIN_AND_SIBLINGS) {
      versions(r, j, true, all, counter);
    }
    return all;
  }

  private static void versions(SplittableRandom r, Jurisdiction j, boolean gaps, List<Catalog> out, int[] counter) {
    LocalDate from = gaps ? START.plusDays(r.nextInt(400)) : START;
    int n = 1 + r.nextInt(3);
    for (int v = 0; v < n; v++) {
      LocalDate until = from.plusDays(60 + r.nextInt(700));
      boolean last = v == n - 1;
      EffectivePeriod p = last && (!gaps || r.nextBoolean()) ? EffectivePeriod.from(from) : EffectivePeriod.between(from, until);
      String prefix = j.code() + "-v" + v + "-";
      // codes unique across every layer and version, so no supplement redefines a higher item
      out.add(CatalogGenerator.catalog(r, "c" + (counter[0]++) + "-" + j.code(), j, p, 1 + r.nextInt(4), prefix));
      if (p.until().isEmpty()) {
        return;
      }
      from = gaps && r.nextBoolean() ? until.plusDays(r.nextInt(90)) : until;
    }
  }

  @Test
  void CAT_4_resolutionIsTheSameWhateverOrderTheLayersWereLoadedIn() {
    Seeds.forEachSeed(150, seed -> {
      SplittableRandom r = Seeds.random(seed);
      List<Catalog> catalogs = layeredCatalogs(r);
      List<Catalog> shuffled = new ArrayList<>(catalogs);
      Collections.shuffle(shuffled, new Random(r.nextLong()));
      CatalogRegistry a = CatalogRegistry.builder().addCatalogs(catalogs).regimes(CatalogGenerator.regimes()).build();
      CatalogRegistry b = CatalogRegistry.builder().addCatalogs(shuffled).regimes(CatalogGenerator.regimes()).build();
      assertThat(b.catalogs()).isEqualTo(a.catalogs());
      for (int i = 0; i < 20; i++) {
        LocalDate date = START.plusDays(r.nextInt(6 * 365));
        Jurisdiction j = i % 2 == 0 ? Jurisdiction.of("640381") : CHAIN_AND_SIBLINGS.get(r.nextInt(CHAIN_AND_SIBLINGS.size()));
        ResolvedCatalog ra = a.resolve(j, date).orElseThrow();
        ResolvedCatalog rb = b.resolve(j, date).orElseThrow();
        assertThat(rb.layers()).isEqualTo(ra.layers());
        assertThat(rb.items()).isEqualTo(ra.items());
        assertThat(rb.period()).isEqualTo(ra.period());
        assertThat(rb.ruleSetVersion()).isEqualTo(ra.ruleSetVersion());
        // the layers are exactly the versions on the chain in force on the date, national first
        List<Catalog> expected =
            catalogs.stream().filter(c -> j.isWithin(c.jurisdiction()) && c.inForceOn(date))
                .sorted((x, y) -> x.jurisdiction().level().compareTo(y.jurisdiction().level())).toList();
        assertThat(ra.layers()).isEqualTo(expected);
        assertThat(ra.period().contains(date)).isTrue();
        // every day of the period resolves to the same layers
        LocalDate probe = ra.period().until().map(u -> u.minusDays(1)).orElse(date.plusDays(1000));
        assertThat(a.resolve(j, probe).orElseThrow().layers()).isEqualTo(ra.layers());
        assertThat(a.resolve(j, ra.period().from()).orElseThrow()).isSameAs(ra);
        // and the day before the period is another resolution (or the same layers around a gap)
        LocalDate before = ra.period().from().minusDays(1);
        a.resolve(j, before).ifPresent(other -> assertThat(other).isNotSameAs(ra));
      }
    });
  }

  @Test
  void CAT_4_aRecordIsJudgedByTheVersionInForceOnItsDate() {
    Seeds.forEachSeed(150, seed -> {
      SplittableRandom r = Seeds.random(seed);
      LocalDate switchDate = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(3 * 365));
      CatalogItem v1 = CatalogGenerator.item(r, "ITEM", 6, false);
      // the next version adds a required field the records of the first version do not hold
      CatalogItem v2 = withExtraRequiredField(v1);
      Jurisdiction county = Jurisdiction.of("640381");
      CatalogRegistry registry =
          CatalogRegistry.builder()
              .addCatalog(CatalogGenerator.catalog("v2", Jurisdiction.national(), EffectivePeriod.from(switchDate), List.of(v2)))
              .addCatalog(CatalogGenerator.catalog("v1", Jurisdiction.national(), EffectivePeriod.between(START, switchDate), List.of(v1)))
              .regimes(CatalogGenerator.regimes())
              .clock(RecordCheckPropertiesTest.CLOCK)
              .build();
      CreditRecordGenerator records = new CreditRecordGenerator(WorkingDayCalendar.china(), RecordCheckPropertiesTest.CLOCK);
      CreditRecord record = records.valid(r, v1, switchDate.minusDays(40 + r.nextInt(300)));
      // submitted under v1: valid
      Verdict before = registry.check(county, record);
      assertThat(before.findings().stream().filter(f -> f.severity() != Severity.INFO)).isEmpty();
      assertThat(before.ruleSetVersion()).hasValueSatisfying(v -> assertThat(v.toString()).startsWith("catalog:v1@"));
      // the same content submitted on or after the switch: judged by v2 (late as well, necessarily)
      CreditRecord later =
          CreditRecord.builder().itemCode(record.itemCode()).subject(record.subject()).putAllFields(record.fields())
              .decisionDate(switchDate).documentNumber(record.documentNumber()).issuingDepartment(record.issuingDepartment())
              .severityClass(record.severityClass()).submissionDate(switchDate.plusDays(r.nextInt(3))).build();
      Verdict after = registry.check(county, later);
      assertThat(after.findings()).extracting(Finding::type).contains(CatalogFinding.FIELD_MISSING);
      assertThat(after.ruleSetVersion()).hasValueSatisfying(v -> assertThat(v.toString()).startsWith("catalog:v2@"));
      // and a resolved catalog of one version refuses to judge the other version's dates
      assertThat(registry.resolve(county, switchDate).orElseThrow().check(record).findings()).extracting(Finding::type)
          .containsExactly(CatalogFinding.OUTSIDE_RESOLVED_PERIOD);
    });
  }

  private static CatalogItem withExtraRequiredField(CatalogItem v1) {
    var b =
        CatalogItem.builder()
            .code(v1.code()).nameZh(v1.nameZh()).nameEn(v1.nameEn()).categoryCode(v1.categoryCode())
            .addAllSubjectTypes(v1.subjectTypes()).addAllFields(v1.fields())
            .addFields(FieldSpec.builder().name("addedInV2").type(FieldType.TEXT).required(true).sensitivity(Sensitivity.PUBLIC).build())
            .sourceDepartment(v1.sourceDepartment()).addAllLegalBases(v1.legalBases()).sharing(v1.sharing())
            .disclosure(v1.disclosure()).publication(v1.publication()).addAllSeverityClasses(v1.severityClasses())
            .updateDeadlineWorkingDays(v1.updateDeadlineWorkingDays());
    return b.build();
  }
}
