package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * CAT-6, REP-4: publication windows are counted by Civil Code Arts. 201–202 (policy-facts §7): a
 * period of years or months from a decision dated D ends on the corresponding day of the last month,
 * or on that month's last day where it has no such day, and that day is still published; days are
 * counted from the day after D. Checked against an implementation of the articles written here with
 * integer arithmetic and its own leap-year rule, over generated decision dates (month ends, 29
 * February, any day), for every class of every bundled and generated regime, and for the catalog's
 * own fixed periods.
 */
class PublicationWindowPropertiesTest {

  private static final Jurisdiction COUNTY = Jurisdiction.of("640381");

  /** Art. 202 with Art. 201, by hand: the last day of {@code period} counted from {@code decision}. */
  static LocalDate civilCodeLastDay(LocalDate decision, Period period) {
    long months = decision.getYear() * 12L + (decision.getMonthValue() - 1) + period.getYears() * 12L + period.getMonths();
    int year = (int) Math.floorDiv(months, 12);
    int month = (int) Math.floorMod(months, 12) + 1;
    int day = Math.min(decision.getDayOfMonth(), daysIn(year, month)); // no corresponding day: the month's last
    LocalDate corresponding = LocalDate.of(year, month, day);
    return LocalDate.ofEpochDay(corresponding.toEpochDay() + period.getDays()); // n days after the start day
  }

  private static int daysIn(int year, int month) {
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int[] days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
  }

  @Test
  void theIndependentImplementationAgreesWithTheWorkedExamplesOfTheArticles() {
    assertThat(civilCodeLastDay(LocalDate.of(2025, 3, 10), Period.ofYears(3))).isEqualTo(LocalDate.of(2028, 3, 10));
    assertThat(civilCodeLastDay(LocalDate.of(2024, 2, 29), Period.ofYears(1))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(civilCodeLastDay(LocalDate.of(2024, 2, 29), Period.ofYears(4))).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(civilCodeLastDay(LocalDate.of(2025, 8, 31), Period.ofMonths(6))).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(civilCodeLastDay(LocalDate.of(2025, 11, 30), Period.ofMonths(3))).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(civilCodeLastDay(LocalDate.of(2025, 3, 10), Period.ofDays(15))).isEqualTo(LocalDate.of(2025, 3, 25));
  }

  /** A decision date: a month end, 29 February of a leap year, or any day, 2019 to 2031. */
  private static LocalDate decision(SplittableRandom r) {
    int year = 2019 + r.nextInt(12);
    switch (r.nextInt(3)) {
      case 0: {
        int month = 1 + r.nextInt(12);
        return LocalDate.of(year, month, daysIn(year, month) - r.nextInt(3)); // the last three days of a month
      }
      case 1: {
        int leap = 2020 + 4 * r.nextInt(3);
        return LocalDate.of(leap, 2, 29);
      }
      default:
        return LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
    }
  }

  private static CatalogItem regimeItem(String code, List<String> series) {
    return CatalogItem.builder().code(code).nameZh("测试公示项").nameEn("public test item").categoryCode("G1")
        .addSubjectTypes(SubjectType.LEGAL_PERSON).sourceDepartment("某局").addLegalBases(Instruments.STATE_COUNCIL_OPINION_2020_49)
        .sharing(SharingAttribute.unconditional()).disclosure(DisclosureAttribute.PUBLIC)
        .publication(PublicationRule.regime(series)).addAllSeverityClasses(List.of(SeverityClass.values()))
        .updateDeadlineWorkingDays(3650).build();
  }

  private static CatalogItem fixedItem(String code, Optional<Period> minimum, Period maximum) {
    return regimeItem(code, List.of("none")).toBuilder().severityClasses(List.of())
        .publication(PublicationRule.fixed(minimum, maximum)).build();
  }

  private static CreditRecord record(String item, LocalDate decision, Optional<SeverityClass> c) {
    return CreditRecord.builder().itemCode(item).subject(Fixtures.COMPANY).decisionDate(decision)
        .documentNumber("测〔2025〕1号").issuingDepartment("某局").severityClass(c).submissionDate(decision).build();
  }

  private static void windowFollowsTheArticles(PublicationWindow w, LocalDate decision, Optional<Period> minimum, Period maximum) {
    LocalDate last = civilCodeLastDay(decision, maximum);
    assertThat(w.start()).isEqualTo(decision);
    assertThat(w.lastDayPublished()).contains(last);
    assertThat(w.publishedUntil()).contains(last.plusDays(1));
    assertThat(w.lastDayOfMinimum()).isEqualTo(minimum.map(m -> civilCodeLastDay(decision, m)));
    if (w.publishedByDefault()) {
      assertThat(w.isPublishedOn(decision)).isTrue();
      assertThat(w.isPublishedOn(last)).as("the last day is published").isTrue();
    }
    assertThat(w.isPublishedOn(last.plusDays(1))).as("the day after the last is not").isFalse();
    assertThat(w.isPublishedOn(decision.minusDays(1))).isFalse();
  }

  @Test
  void CAT_6_everyClassOfEveryRegimeIsPublishedThroughTheCorrespondingDayInclusive() {
    Seeds.forEachSeed(1000, seed -> {
      SplittableRandom r = Seeds.random(seed);
      List<PublicationRegime> regimes = new ArrayList<>(r.nextBoolean()
          ? BundledCatalogs.publicationRegimes().all() : CatalogGenerator.variedRegimes(r));
      PublicationRegime regime = regimes.get(r.nextInt(regimes.size()));
      EffectivePeriod in = regime.effective();
      LocalDate d = decision(r);
      for (int tries = 0; !in.contains(d) && tries < 50; tries++) {
        d = decision(r); // a decision the regime applies to
      }
      if (!in.contains(d)) {
        d = in.from();
      }
      CatalogRegistry registry = CatalogRegistry.builder()
          .addCatalog(CatalogGenerator.catalog("window-national", Jurisdiction.national(), EffectivePeriod.from(LocalDate.of(2000, 1, 1)),
              List.of(regimeItem("REGIME-ITEM", List.of(regime.series())))))
          .regimes(PublicationRegimes.of(regimes)).clock(TestClock.at(LocalDate.of(2026, 1, 5))).build();
      ResolvedCatalog catalog = registry.resolve(COUNTY, d).orElseThrow();
      for (SeverityClass c : SeverityClass.values()) {
        CreditRecord rec = record("REGIME-ITEM", d, Optional.of(c));
        Optional<PublicationPeriod> period = regime.period(c);
        Optional<PublicationWindow> w = catalog.publicationWindow(rec);
        assertThat(w.isPresent()).as("%s %s on %s", regime, c, d).isEqualTo(period.isPresent());
        if (period.isEmpty()) {
          continue;
        }
        windowFollowsTheArticles(w.get(), d, period.get().minimum(), period.get().maximum());
        assertThat(w.get().regimeId()).contains(regime.id());
        // the check's finding carries the same days as facts
        if (period.get().publishedByDefault()) {
          Finding f = catalog.check(rec).findings().stream().filter(x -> x.fact(CatalogFacts.LAST_DAY_PUBLISHED).isPresent())
              .findFirst().orElseThrow();
          assertThat(f.fact(CatalogFacts.LAST_DAY_PUBLISHED)).isEqualTo(w.get().lastDayPublished());
          assertThat(f.fact(CatalogFacts.LAST_DAY_OF_MINIMUM)).isEqualTo(w.get().lastDayOfMinimum());
        }
      }
    });
  }

  @Test
  void CAT_6_aFixedPeriodOfTheCatalogIsCountedTheSameWay() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Period maximum = Period.of(r.nextInt(4), r.nextInt(12), r.nextInt(2) * r.nextInt(20));
      if (maximum.isZero()) {
        maximum = Period.ofMonths(1);
      }
      Optional<Period> minimum = r.nextBoolean() ? Optional.empty() : Optional.of(Period.ofMonths(r.nextInt(1 + maximum.getYears() * 12 + maximum.getMonths())));
      LocalDate d = decision(r);
      CatalogRegistry registry = CatalogRegistry.builder()
          .addCatalog(CatalogGenerator.catalog("fixed-national", Jurisdiction.national(), EffectivePeriod.from(LocalDate.of(2000, 1, 1)),
              List.of(fixedItem("FIXED-ITEM", minimum, maximum))))
          .clock(TestClock.at(LocalDate.of(2026, 1, 5))).build();
      ResolvedCatalog catalog = registry.resolve(COUNTY, d).orElseThrow();
      CreditRecord rec = record("FIXED-ITEM", d, Optional.empty());
      PublicationWindow w = catalog.publicationWindow(rec).orElseThrow();
      windowFollowsTheArticles(w, d, minimum, maximum);
      assertThat(w.regimeId()).isEmpty();
      DisclosureDecision on = catalog.disclosure(rec, civilCodeLastDay(d, maximum));
      assertThat(on.mayPublish()).isTrue();
      assertThat(on.lastDayPublished()).contains(civilCodeLastDay(d, maximum));
      assertThat(catalog.disclosure(rec, civilCodeLastDay(d, maximum).plusDays(1)).mayPublish()).isFalse();
    });
  }
}
