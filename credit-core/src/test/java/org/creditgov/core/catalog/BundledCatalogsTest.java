package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.core.catalog.Fixtures.QINGTONGXIA;
import static org.creditgov.core.catalog.Fixtures.bundled;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.core.verdict.Outcome;
import org.junit.jupiter.api.Test;

class BundledCatalogsTest {

  @Test
  void theNationalModelLabelsItsSourcesAndEveryUnconfirmedAttribute() {
    Catalog national = BundledCatalogs.national2024();
    assertThat(national.isNational()).isTrue();
    assertThat(national.header().example()).isFalse();
    assertThat(national.header().unconfirmed()).anyMatch(n -> n.contains("2024-03-04") && n.contains("UNCONFIRMED"));
    assertThat(national.header().proceduralBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThat(national.header().origin()).contains("national-2024.json");
    assertThat(national.items()).extracting(CatalogItem::code)
        .contains("NAT-ADMIN-PENALTY", "NAT-SEVERE-LIST", "NAT-ABNORMAL-LIST");
    for (CatalogItem item : national.items()) {
      assertThat(item.source()).as(item.code()).isPresent();
      assertThat(item.unconfirmed()).as(item.code()).isNotEmpty();
      assertThat(item.legalBases()).as(item.code()).anyMatch(b -> b.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT));
    }
    assertThat(national.categories()).hasSize(12);
  }

  @Test
  void theExampleLayersAreMarkedAsExamples() {
    List<Catalog> examples = BundledCatalogs.exampleSupplements();
    assertThat(examples).extracting(c -> c.jurisdiction().code()).containsExactly("640000", "640300", "640381");
    assertThat(examples).allMatch(c -> c.header().example());
    assertThat(examples).allMatch(c -> c.header().unconfirmed().get(0).startsWith("EXAMPLE"));
    assertThat(examples.get(2).header().proceduralBases()).containsExactly(Instruments.QINGTONGXIA_PLAN_2022);
    assertThat(examples.subList(0, 2)).allMatch(c -> c.header().proceduralBases().isEmpty());
  }

  @Test
  void qingtongxiaResolvesToTheNationalCatalogAndEveryExampleLayerAbove() {
    ResolvedCatalog r = bundled().resolve(QINGTONGXIA, LocalDate.of(2025, 3, 10)).orElseThrow();
    assertThat(r.layers()).extracting(Catalog::id)
        .containsExactly("cn-national-2024-model", "nx-640000-example", "wz-640300-example", "qtx-640381-example");
    assertThat(r.ruleSetVersion()).hasToString(
        "catalog:cn-national-2024-model@2024-03-04+catalog:nx-640000-example@2024-06-01"
            + "+catalog:wz-640300-example@2024-09-01+catalog:qtx-640381-example@2025-01-01");
    assertThat(r.item("QTX-EX-COMMITMENT")).isPresent();
    assertThat(r.layerOf("WZ-EX-MR-PENALTY").map(Catalog::id)).contains("wz-640300-example");
    assertThat(r.proceduralBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49, Instruments.QINGTONGXIA_PLAN_2022);
  }

  @Test
  void CAT_4_aVerdictOutsideQingtongxiaCitesNoQingtongxiaInstrumentAndOneInsideItDoes() {
    LocalDate day = LocalDate.of(2025, 3, 10);
    CreditRecord unlisted = Fixtures.penaltyBase(day, day).itemCode("NAT-NOT-LISTED").subject(Fixtures.COMPANY).build();
    Verdict yinchuan = bundled().check(Jurisdiction.of("640100"), unlisted);
    Verdict qingtongxia = bundled().check(QINGTONGXIA, unlisted);
    assertThat(yinchuan.findings()).singleElement().satisfies(f ->
        assertThat(f.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49));
    assertThat(qingtongxia.findings()).singleElement().satisfies(f ->
        assertThat(f.legalBases()).contains(Instruments.QINGTONGXIA_PLAN_2022));
    for (Finding f : bundled().check(Jurisdiction.of("640100"), Fixtures.penalty(day, day.plusDays(2))
        .putField("undefinedField", "x").build()).findings()) {
      assertThat(f.legalBases()).as(f.code()).doesNotContain(Instruments.QINGTONGXIA_PLAN_2022);
    }
  }

  @Test
  void aSupplementDoesNotApplyBeforeItsDateNorOutsideItsJurisdiction() {
    ResolvedCatalog before = bundled().resolve(QINGTONGXIA, LocalDate.of(2024, 12, 31)).orElseThrow();
    assertThat(before.item("QTX-EX-COMMITMENT")).isEmpty();
    assertThat(before.period().until()).contains(LocalDate.of(2025, 1, 1));
    ResolvedCatalog yinchuan = bundled().resolve(Jurisdiction.of("640100"), LocalDate.of(2025, 3, 10)).orElseThrow();
    assertThat(yinchuan.item("WZ-EX-MR-PENALTY")).isEmpty();
    assertThat(yinchuan.item("NX-EX-HONOURS")).isPresent();
  }

  @Test
  void CAT_4_aDateBeforeTheFirstCatalogResolvesToNothingAndIsTheNotInForceFindingOnCheck() {
    LocalDate early = LocalDate.of(2024, 3, 3);
    assertThat(bundled().resolve(QINGTONGXIA, early)).isEmpty();
    assertThat(bundled().resolve(QINGTONGXIA, early.plusDays(1))).isPresent();
    var verdict = bundled().check(QINGTONGXIA, Fixtures.penalty(LocalDate.of(2024, 3, 1), early).build());
    assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(verdict.findings()).extracting(f -> f.type()).containsExactly(RuleSetFinding.NOT_IN_FORCE);
    assertThat(verdict.findings().get(0).messageZh()).contains("2024年3月3日").contains("青铜峡市");
  }

  @Test
  void theBundledRegimesFollowTheNationalSeriesAndTheMarketRegulationOverlay() {
    PublicationRegimes regimes = BundledCatalogs.publicationRegimes();
    assertThat(regimes.series()).containsExactly("market-regulation", "national");
    assertThat(regimes.all()).allSatisfy(r -> {
      assertThat(r.isNational()).isTrue();
      assertThat(r.header().edition()).isEqualTo(String.valueOf(r.effective().from().getYear()));
      assertThat(r.header().origin()).contains("publication-regimes.json");
    });
    assertThat(regimes.versions("national")).extracting(PublicationRegime::id)
        .containsExactly("ndrc-2019-527", "ndrc-order-58", "ndrc-order-36");
    assertThat(regimes.versions("market-regulation")).extracting(PublicationRegime::id)
        .containsExactly("samr-order-45", "samr-order-107");
    assertThat(regimes.inForce("national", LocalDate.of(2023, 4, 30)).map(PublicationRegime::id)).contains("ndrc-2019-527");
    assertThat(regimes.inForce("national", LocalDate.of(2023, 5, 1)).map(PublicationRegime::id)).contains("ndrc-order-58");
    assertThat(regimes.inForce("national", LocalDate.of(2026, 3, 31)).map(PublicationRegime::id)).contains("ndrc-order-58");
    assertThat(regimes.inForce("national", LocalDate.of(2026, 4, 1)).map(PublicationRegime::id)).contains("ndrc-order-36");
    assertThat(regimes.inForce("market-regulation", LocalDate.of(2025, 12, 24)).map(PublicationRegime::id)).contains("samr-order-45");
    assertThat(regimes.inForce("market-regulation", LocalDate.of(2025, 12, 25)).map(PublicationRegime::id)).contains("samr-order-107");
    assertThat(regimes.inForce("national", LocalDate.of(2019, 5, 13))).isEmpty();
    PublicationRegime order36 = regimes.inForce("national", LocalDate.of(2026, 4, 1)).orElseThrow();
    PublicationPeriod minor = order36.period(SeverityClass.MINOR).orElseThrow();
    assertThat(minor.publishedByDefault()).isFalse();
    assertThat(minor.maximum()).isEqualTo(java.time.Period.ofMonths(3));
    assertThat(order36.period(SeverityClass.SERIOUS).orElseThrow().minimum()).contains(java.time.Period.ofYears(1));
    PublicationRegime r527 = regimes.versions("national").get(0);
    assertThat(r527.header().unconfirmed()).anyMatch(n -> n.contains("NOT KNOWN"));
    assertThat(order36.legalBases()).extracting(b -> b.documentNumber().orElseThrow())
        .containsExactly("国办发〔2025〕22号", "国家发展和改革委员会令第36号");
    assertThat(r527.period(SeverityClass.MINOR)).isEmpty();
  }
}
