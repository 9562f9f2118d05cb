package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.core.catalog.Fixtures.QINGTONGXIA;
import static org.creditgov.core.catalog.Fixtures.bundled;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.verdict.Outcome;
import org.junit.jupiter.api.Test;

class BundledCatalogsTest {

  @Test
  void theNationalModelLabelsItsSourcesAndEveryUnconfirmedAttribute() {
    Catalog national = BundledCatalogs.national2024();
    assertThat(national.isNational()).isTrue();
    assertThat(national.example()).isFalse();
    assertThat(national.unconfirmed()).anyMatch(n -> n.contains("2024-03-04") && n.contains("UNCONFIRMED"));
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
    assertThat(examples).allMatch(Catalog::example);
    assertThat(examples).allMatch(c -> c.unconfirmed().get(0).startsWith("EXAMPLE"));
  }

  @Test
  void qingtongxiaResolvesToTheNationalCatalogAndEveryExampleLayerAbove() {
    ResolvedCatalog r = bundled().resolve(QINGTONGXIA, LocalDate.of(2025, 3, 10));
    assertThat(r.layers()).extracting(Catalog::id)
        .containsExactly("cn-national-2024-model", "nx-640000-example", "wz-640300-example", "qtx-640381-example");
    assertThat(r.ruleSetVersion()).hasToString(
        "catalog:cn-national-2024-model@2024-03-04+catalog:nx-640000-example@2024-06-01"
            + "+catalog:wz-640300-example@2024-09-01+catalog:qtx-640381-example@2025-01-01");
    assertThat(r.item("QTX-EX-COMMITMENT")).isPresent();
    assertThat(r.layerOf("WZ-EX-MR-PENALTY").map(Catalog::id)).contains("wz-640300-example");
  }

  @Test
  void aSupplementDoesNotApplyBeforeItsDateNorOutsideItsJurisdiction() {
    ResolvedCatalog before = bundled().resolve(QINGTONGXIA, LocalDate.of(2024, 12, 31));
    assertThat(before.item("QTX-EX-COMMITMENT")).isEmpty();
    assertThat(before.period().until()).contains(LocalDate.of(2025, 1, 1));
    ResolvedCatalog yinchuan = bundled().resolve(Jurisdiction.of("640100"), LocalDate.of(2025, 3, 10));
    assertThat(yinchuan.item("WZ-EX-MR-PENALTY")).isEmpty();
    assertThat(yinchuan.item("NX-EX-HONOURS")).isPresent();
  }

  @Test
  void aDateBeforeTheFirstCatalogIsATypedErrorOnResolveAndAFindingOnCheck() {
    LocalDate early = LocalDate.of(2024, 3, 3);
    assertThatThrownBy(() -> bundled().resolve(QINGTONGXIA, early))
        .isInstanceOf(CatalogNotInForceException.class)
        .hasMessageContaining(CatalogNotInForceException.REASON)
        .hasMessageContaining("2024-03-03")
        .hasMessageContaining("cn-national-2024-model");
    var verdict = bundled().check(QINGTONGXIA, Fixtures.penalty(LocalDate.of(2024, 3, 1), early).build());
    assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(verdict.findings()).extracting(f -> f.type()).containsExactly(CatalogFinding.NO_CATALOG_IN_FORCE);
  }

  @Test
  void theBundledRegimesFollowTheNationalSeriesAndTheMarketRegulationOverlay() {
    PublicationRegimes regimes = BundledCatalogs.publicationRegimes();
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
    assertThat(r527.unconfirmed()).anyMatch(n -> n.contains("NOT KNOWN"));
    assertThat(r527.period(SeverityClass.MINOR)).isEmpty();
  }
}
