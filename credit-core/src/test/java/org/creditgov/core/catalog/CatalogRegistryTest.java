package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.core.catalog.TestCatalogs.catalog;
import static org.creditgov.core.catalog.TestCatalogs.item;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.junit.jupiter.api.Test;

class CatalogRegistryTest {

  private static final Jurisdiction CN = Jurisdiction.national();
  private static final Jurisdiction NX = Jurisdiction.of("640000");
  private static final Jurisdiction WZ = Jurisdiction.of("640300");
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final Jurisdiction YC = Jurisdiction.of("640100");
  private static final LocalDate D2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate D2026 = LocalDate.of(2026, 1, 1);

  @Test
  void everyProblemBetweenLayersIsListedTogetherAndNothingIsBuilt() {
    CatalogRegistry.Builder b =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn-a", CN, D2024, D2026, item("A")))
            .addCatalog(catalog("cn-b", CN, D2025, null, item("A")))                  // overlaps cn-a
            .addCatalog(catalog("nx-1", NX, D2024, null, item("A"), item("NX1")))     // redefines A
            .addCatalog(catalog("nx-1", QTX, D2024, null, item("QTX1")))              // duplicate id
            .addCatalog(catalog("yc-1", YC, D2024, null, item("QTX1")));              // a sibling of QTX: allowed
    List<CatalogProblem> problems = b.problems();
    assertThat(problems).extracting(CatalogProblem::reason)
        .containsExactlyInAnyOrder(
            Reason.DUPLICATE_ID, Reason.OVERLAPPING_VERSIONS,
            Reason.REDEFINES_HIGHER_LAYER_ITEM, Reason.REDEFINES_HIGHER_LAYER_ITEM);
    assertThat(problems).filteredOn(p -> p.reason() == Reason.REDEFINES_HIGHER_LAYER_ITEM)
        .extracting(CatalogProblem::source, CatalogProblem::pointer)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("nx-1", "/items/0/code"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).isEqualTo(problems));
  }

  @Test
  void aSupplementMayReuseACodeOfAHigherLayerVersionNotInForceAtTheSameTime() {
    CatalogRegistry r =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn-old", CN, D2024, D2025, item("A")))
            .addCatalog(catalog("cn-new", CN, D2025, null, item("B")))
            .addCatalog(catalog("nx", NX, D2025, null, item("A")))
            .build();
    assertThat(r.resolve(QTX, D2025).item("A").map(CatalogItem::code)).contains("A");
    assertThat(r.resolve(QTX, D2025).layerOf("A").map(Catalog::id)).contains("nx");
  }

  @Test
  void anItemNamingAnUnknownRegimeSeriesIsRefused() {
    CatalogItem publicItem =
        CatalogItem.builder().code("P").nameZh("公开项").nameEn("public item").categoryCode("C1")
            .addSubjectTypes(org.creditgov.core.subject.SubjectType.LEGAL_PERSON)
            .sourceDepartment("某局").addLegalBases(org.creditgov.core.legal.Instruments.STATE_COUNCIL_OPINION_2020_49)
            .sharing(SharingAttribute.unconditional()).disclosure(DisclosureAttribute.PUBLIC)
            .publication(PublicationRule.regime(List.of("nationl"))).addSeverityClasses(SeverityClass.GENERAL)
            .updateDeadlineWorkingDays(7).build();
    assertThatThrownBy(() -> CatalogRegistry.builder().addCatalog(catalog("cn", CN, D2024, null, publicItem)).build())
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.reason()).isEqualTo(Reason.UNKNOWN_REGIME_SERIES);
              assertThat(p.pointer()).isEqualTo("/items/0/publication/series/0");
            }));
  }

  @Test
  void resolutionHoldsExactlyWhileTheSameVersionsAreInForce() {
    CatalogRegistry r =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn", CN, D2024, null, item("A")))
            .addCatalog(catalog("nx", NX, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1), item("NX")))
            .addCatalog(catalog("qtx", QTX, D2025, null, item("Q")))
            .addCatalog(catalog("wz-future", WZ, D2026, null, item("W")))
            .build();
    ResolvedCatalog mid = r.resolve(QTX, LocalDate.of(2025, 3, 1));
    assertThat(mid.period()).isEqualTo(EffectivePeriod.between(D2025, LocalDate.of(2025, 6, 1)));
    ResolvedCatalog after = r.resolve(QTX, LocalDate.of(2025, 7, 1));
    assertThat(after.period()).isEqualTo(EffectivePeriod.between(LocalDate.of(2025, 6, 1), D2026));
    assertThat(after.item("NX")).isEmpty();
    assertThat(r.resolve(QTX, D2026).item("W")).isPresent();
    assertThat(r.resolve(QTX, LocalDate.of(2025, 3, 2))).isSameAs(mid); // cached per set of versions
  }

  @Test
  void theSameVersionsAroundASupplementsGapAreTwoResolutionsWithTheirOwnPeriods() {
    CatalogRegistry r =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn", CN, D2024, null, item("A")))
            .addCatalog(catalog("nx", NX, LocalDate.of(2024, 6, 1), D2025, item("NX")))
            .build();
    ResolvedCatalog before = r.resolve(QTX, LocalDate.of(2024, 2, 1));
    ResolvedCatalog after = r.resolve(QTX, LocalDate.of(2025, 2, 1));
    assertThat(before.layers()).isEqualTo(after.layers());
    assertThat(before.period()).isEqualTo(EffectivePeriod.between(D2024, LocalDate.of(2024, 6, 1)));
    assertThat(after.period()).isEqualTo(EffectivePeriod.from(D2025));
  }

  @Test
  void withoutANationalCatalogInForceNothingResolves() {
    CatalogRegistry r = CatalogRegistry.builder().addCatalog(catalog("cn", CN, D2025, null, item("A"))).build();
    assertThatThrownBy(() -> r.resolve(QTX, D2024))
        .isInstanceOfSatisfying(CatalogNotInForceException.class, e -> {
          assertThat(e.date()).isEqualTo(D2024);
          assertThat(e.jurisdiction()).isEqualTo(QTX);
        });
  }

  @Test
  void theCatalogItselfRefusesDuplicatesUnknownCategoriesAndBasesBelowTheLevel() {
    CatalogItem lowBasis =
        CatalogItem.builder().code("LOW").nameZh("低位阶").nameEn("low").categoryCode("NOPE")
            .addSubjectTypes(org.creditgov.core.subject.SubjectType.LEGAL_PERSON)
            .sourceDepartment("某局")
            .addLegalBases(org.creditgov.core.legal.LegalBasis.builder()
                .level(org.creditgov.core.legal.InstrumentLevel.DEPARTMENT_RULE).issuer("某部").title("某办法")
                .effective(EffectivePeriod.from(D2024)).build())
            .sharing(SharingAttribute.none()).disclosure(DisclosureAttribute.NONE).updateDeadlineWorkingDays(7).build();
    assertThatThrownBy(() -> catalog("cn", CN, D2024, null, item("A"), item("A"), lowBasis))
        .isInstanceOfSatisfying(CatalogFormatException.class, e ->
            assertThat(e.problems()).extracting(CatalogProblem::reason, CatalogProblem::pointer)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Reason.DUPLICATE_ITEM_CODE, "/items/1/code"),
                    org.assertj.core.groups.Tuple.tuple(Reason.UNKNOWN_CATEGORY, "/items/2/category"),
                    org.assertj.core.groups.Tuple.tuple(Reason.BASIS_BELOW_REQUIRED_LEVEL, "/items/2/legalBases")));
  }
}
