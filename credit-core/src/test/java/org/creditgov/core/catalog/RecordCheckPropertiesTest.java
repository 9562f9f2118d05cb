package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.CreditRecordGenerator;
import org.creditgov.testkit.CreditRecordGenerator.Violation;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** CAT-1, CAT-3, CAT-5: a record breaking exactly one rule gets exactly that finding. */
class RecordCheckPropertiesTest {

  static final java.time.Clock CLOCK = TestClock.at(LocalDate.of(2026, 1, 5));
  private static final CreditRecordGenerator RECORDS = new CreditRecordGenerator(WorkingDayCalendar.china(), CLOCK);

  /** The findings that judge the record: every finding but the informational publication window. */
  private static List<FindingType> problems(Verdict v) {
    return v.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::type).toList();
  }

  private static ResolvedCatalog catalogOf(CatalogItem item) {
    Catalog national =
        CatalogGenerator.catalog("gen-national", Jurisdiction.national(), EffectivePeriod.from(LocalDate.of(2020, 1, 1)), List.of(item));
    return CatalogRegistry.builder()
        .addCatalog(national).regimes(CatalogGenerator.regimes()).clock(CLOCK).build()
        .resolve(Jurisdiction.of("640381"), LocalDate.of(2021, 1, 1)).orElseThrow();
  }

  private static LocalDate decision(SplittableRandom r) {
    return LocalDate.of(2021, 1, 4).plusDays(r.nextInt(4 * 365));
  }

  @Test
  void CAT_3_aValidRecordHasNoFindingButItsPublicationWindow() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      CatalogItem item = CatalogGenerator.item(r, "GEN-1", 10);
      CreditRecord record = RECORDS.valid(r, item, decision(r));
      Verdict v = catalogOf(item).check(record);
      assertThat(problems(v)).as("%s on %s", record, item).isEmpty();
      assertThat(v.isAllowed()).isTrue();
      assertThat(v.findings()).hasSizeLessThanOrEqualTo(1);
      boolean published = item.disclosure() == DisclosureAttribute.PUBLIC;
      assertThat(v.findings().isEmpty()).isEqualTo(!published);
    });
  }

  @Test
  void CAT_1_aRecordBreakingExactlyOneRuleGetsExactlyThatFinding() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      CatalogItem item = CatalogGenerator.item(r, "GEN-1", 10);
      ResolvedCatalog catalog = catalogOf(item);
      CreditRecord valid = RECORDS.valid(r, item, decision(r));
      int tried = 0;
      for (Violation violation : Violation.values()) {
        Optional<CreditRecord> broken = RECORDS.violate(r, item, valid, violation);
        if (broken.isEmpty()) {
          continue;
        }
        tried++;
        Verdict v = catalog.check(broken.get());
        assertThat(problems(v)).as("%s: %s", violation, v).containsExactly(violation.finding());
        // every finding's messages are written from its facts, in both languages
        for (Finding f : v.findings()) {
          assertThat(f.messageZh()).isNotBlank();
          assertThat(f.messageEn()).isNotBlank();
        }
      }
      assertThat(tried).isGreaterThanOrEqualTo(4); // item code, extra field, dates always apply
    });
  }

  @Test
  void CAT_4_theVerdictNamesTheLayersItApplied() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      CatalogItem item = CatalogGenerator.item(r, "GEN-1", 4);
      Verdict v = catalogOf(item).check(RECORDS.valid(r, item, decision(r)));
      assertThat(v.ruleSetVersion().map(Object::toString)).contains("catalog:gen-national@2020-01-01");
    });
  }
}
