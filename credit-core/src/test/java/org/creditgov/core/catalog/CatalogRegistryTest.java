package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.creditgov.core.catalog.TestCatalogs.catalog;
import static org.creditgov.core.catalog.TestCatalogs.item;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** CAT-2, CAT-4: the catalog registry on the rule-set spine. */
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
  void CAT_4_everyProblemBetweenLayersIsListedTogetherWithItsRequirementAndNothingIsBuilt() {
    CatalogRegistry.Builder b =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn-a", CN, D2024, D2026, item("A")))
            .addCatalog(catalog("cn-b", CN, D2025, null, item("A")))                  // overlaps cn-a
            .addCatalog(catalog("nx-1", NX, D2024, null, item("A"), item("NX1")))     // redefines A
            .addCatalog(catalog("nx-1", QTX, D2024, null, item("QTX1")))              // duplicate id
            .addCatalog(catalog("yc-1", YC, D2024, null, item("QTX1")));              // a sibling of QTX: allowed
    List<DataProblem> problems = b.problems();
    assertThat(problems).extracting(DataProblem::type)
        .containsExactlyInAnyOrder(
            DataProblemType.DUPLICATE_ID, DataProblemType.OVERLAPPING_VERSIONS,
            DataProblemType.REDEFINES_HIGHER_LAYER_ENTRY, DataProblemType.REDEFINES_HIGHER_LAYER_ENTRY);
    assertThat(problems).allSatisfy(p -> assertThat(p.requirement()).contains(RequirementId.CAT_4));
    assertThat(problems).filteredOn(p -> p.type() == DataProblemType.REDEFINES_HIGHER_LAYER_ENTRY)
        .extracting(DataProblem::source, DataProblem::pointer)
        .containsOnly(tuple("nx-1", "/items/0/code"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).isEqualTo(problems))
        .isInstanceOf(ReferenceDataException.class);
  }

  @Test
  void aSupplementMayReuseACodeOfAHigherLayerVersionNotInForceAtTheSameTime() {
    CatalogRegistry r =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn-old", CN, D2024, D2025, item("A")))
            .addCatalog(catalog("cn-new", CN, D2025, null, item("B")))
            .addCatalog(catalog("nx", NX, D2025, null, item("A")))
            .build();
    ResolvedCatalog in2025 = r.resolve(QTX, D2025).orElseThrow();
    assertThat(in2025.item("A").map(CatalogItem::code)).contains("A");
    assertThat(in2025.layerOf("A").map(Catalog::id)).contains("nx");
  }

  @Test
  void CAT_6_anItemNamingAnUnknownRegimeSeriesIsRefusedInTheSameList() {
    CatalogItem publicItem =
        CatalogItem.builder().code("P").nameZh("公开项").nameEn("public item").categoryCode("C1")
            .addSubjectTypes(SubjectType.LEGAL_PERSON)
            .sourceDepartment("某局").addLegalBases(Instruments.STATE_COUNCIL_OPINION_2020_49)
            .sharing(SharingAttribute.unconditional()).disclosure(DisclosureAttribute.PUBLIC)
            .publication(PublicationRule.regime(List.of("nationl"))).addSeverityClasses(SeverityClass.GENERAL)
            .updateDeadlineWorkingDays(7).build();
    CatalogRegistry.Builder b = CatalogRegistry.builder()
        .addCatalog(catalog("cn", CN, D2024, null, publicItem))
        .addCatalog(catalog("cn-2", CN, D2024, null, item("Z")));
    assertThat(b.problems()).extracting(DataProblem::code, DataProblem::pointer).containsExactlyInAnyOrder(
        tuple("data.OVERLAPPING_VERSIONS", "/effective"), tuple("catalog.UNKNOWN_REGIME_SERIES", "/items/0/publication/series/0"));
    DataProblem unknown = b.problems().stream().filter(p -> p.type() == CatalogProblemType.UNKNOWN_REGIME_SERIES).findFirst().orElseThrow();
    assertThat(unknown.requirement()).contains(RequirementId.CAT_6);
    assertThat(unknown.messageZh()).contains("公开项").contains("nationl").contains("bundled:publication-regimes");
    assertThatThrownBy(b::build).isInstanceOf(CatalogFormatException.class);
  }

  @Test
  void CAT_4_resolutionHoldsExactlyWhileTheSameVersionsAreInForce() {
    CatalogRegistry r =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn", CN, D2024, null, item("A")))
            .addCatalog(catalog("nx", NX, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1), item("NX")))
            .addCatalog(catalog("qtx", QTX, D2025, null, item("Q")))
            .addCatalog(catalog("wz-future", WZ, D2026, null, item("W")))
            .build();
    ResolvedCatalog mid = r.resolve(QTX, LocalDate.of(2025, 3, 1)).orElseThrow();
    assertThat(mid.period()).isEqualTo(EffectivePeriod.between(D2025, LocalDate.of(2025, 6, 1)));
    ResolvedCatalog after = r.resolve(QTX, LocalDate.of(2025, 7, 1)).orElseThrow();
    assertThat(after.period()).isEqualTo(EffectivePeriod.between(LocalDate.of(2025, 6, 1), D2026));
    assertThat(after.item("NX")).isEmpty();
    assertThat(r.resolve(QTX, D2026).orElseThrow().item("W")).isPresent();
    assertThat(r.resolve(QTX, LocalDate.of(2025, 3, 2)).orElseThrow()).isSameAs(mid); // one compile per period
  }

  @Test
  void theSameVersionsAroundASupplementsGapAreTwoResolutionsWithTheirOwnPeriods() {
    CatalogRegistry r =
        CatalogRegistry.builder()
            .addCatalog(catalog("cn", CN, D2024, null, item("A")))
            .addCatalog(catalog("nx", NX, LocalDate.of(2024, 6, 1), D2025, item("NX")))
            .build();
    ResolvedCatalog before = r.resolve(QTX, LocalDate.of(2024, 2, 1)).orElseThrow();
    ResolvedCatalog after = r.resolve(QTX, LocalDate.of(2025, 2, 1)).orElseThrow();
    assertThat(before.layers()).isEqualTo(after.layers());
    assertThat(before.period()).isEqualTo(EffectivePeriod.between(D2024, LocalDate.of(2024, 6, 1)));
    assertThat(after.period()).isEqualTo(EffectivePeriod.from(D2025));
  }

  @Test
  void CAT_4_withoutANationalCatalogInForceNothingResolvesAndTheCheckIsTheSpinesOneFinding() {
    CatalogRegistry r = CatalogRegistry.builder()
        .addCatalog(catalog("cn", CN, D2025, null, item("A")))
        .addCatalog(catalog("qtx", QTX, D2024, null, item("Q")))
        .build();
    assertThat(r.resolve(QTX, D2024)).isEmpty();
    assertThat(r.layers(QTX, D2024)).isEmpty();
    CreditRecord record = CreditRecord.builder().itemCode("Q").subject(Fixtures.COMPANY).putField("note", "x")
        .decisionDate(D2024).documentNumber("X〔2024〕1号").issuingDepartment("某局").submissionDate(D2024).build();
    Verdict v = r.check(QTX, record);
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.ruleSetVersion()).isEmpty();
    Finding f = v.findings().get(0);
    assertThat(v.findings()).hasSize(1);
    assertThat(f.type()).isEqualTo(RuleSetFinding.NOT_IN_FORCE);
    assertThat(f.code()).isEqualTo("ruleset.NOT_IN_FORCE");
    assertThat(f.requirement()).isEqualTo(RequirementId.CAT_4);
    assertThat(f.legalBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThat(f.messageZh()).contains("2024年1月1日").contains("青铜峡市").contains("公共信用信息目录");
    assertThat(f.fact(FactKey.term("kind")).map(Term::code)).contains("catalog");
    assertThat(f.fact(FactKey.date("date"))).contains(D2024);
  }

  @Test
  void CAT_2_theCatalogItselfRefusesDuplicatesUnknownCategoriesAndBasesBelowTheLevel() {
    CatalogItem lowBasis =
        CatalogItem.builder().code("LOW").nameZh("低位阶").nameEn("low").categoryCode("NOPE")
            .addSubjectTypes(SubjectType.LEGAL_PERSON)
            .sourceDepartment("某局")
            .addLegalBases(LegalBasis.builder()
                .level(InstrumentLevel.DEPARTMENT_RULE).issuer("某部").title("某办法")
                .effective(EffectivePeriod.from(D2024)).build())
            .sharing(SharingAttribute.none()).disclosure(DisclosureAttribute.NONE).updateDeadlineWorkingDays(7).build();
    assertThatThrownBy(() -> catalog("cn", CN, D2024, null, item("A"), item("A"), lowBasis))
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> {
          assertThat(e.problems()).extracting(DataProblem::code, DataProblem::pointer)
              .containsExactly(
                  tuple("data.DUPLICATE_CODE", "/items/1/code"),
                  tuple("catalog.UNKNOWN_CATEGORY", "/items/2/category"),
                  tuple("data.BASIS_BELOW_REQUIRED_LEVEL", "/items/2/legalBases"));
          assertThat(e.problems()).extracting(p -> p.requirement().orElseThrow())
              .containsExactly(RequirementId.CAT_3, RequirementId.CAT_3, RequirementId.CAT_2);
          assertThat(e.problems().get(2).messageZh()).contains("LOW").contains("法律、行政法规或党中央、国务院政策文件");
        });
  }

  @Test
  void CAT_4_aLayerMayNotCiteAnotherJurisdictionsPlanAsItsProcedure() {
    Catalog national = catalog("cn", CN, D2024, null, item("A"));
    assertThatThrownBy(() -> national.toBuilder()
        .header(national.header().toBuilder().addProceduralBases(Instruments.QINGTONGXIA_PLAN_2022).build()).build())
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("data.BASIS_OF_OTHER_JURISDICTION");
          assertThat(p.pointer()).isEqualTo("/proceduralBases/0");
          assertThat(p.requirement()).contains(RequirementId.CAT_4);
        }));
    Catalog qtx = catalog("qtx", QTX, D2024, null, item("Q"));
    assertThat(qtx.toBuilder().header(qtx.header().toBuilder().addProceduralBases(Instruments.QINGTONGXIA_PLAN_2022).build())
        .build().header().proceduralBases()).containsExactly(Instruments.QINGTONGXIA_PLAN_2022);
  }
}
