package org.creditgov.rules.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.rules.sanction.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.junit.jupiter.api.Test;

/** The rules a measure list obeys (SAN-1, SAN-2) and how layers resolve. */
class MeasureListTest {

  private static final EffectivePeriod FROM_2021 = EffectivePeriod.from(LocalDate.of(2021, 1, 1));

  private static MeasureList supplement(String id, Jurisdiction j, EffectivePeriod p, Measure... measures) {
    return MeasureList.builder().header(header(id, j, p, NX_REGULATION)).addMeasures(measures).build();
  }

  /** The problems the value's construction was refused with. */
  private static List<DataProblem> problems(Runnable r) {
    try {
      r.run();
    } catch (MeasureListFormatException e) {
      assertThat(e).isInstanceOf(ReferenceDataException.class).isInstanceOf(IllegalArgumentException.class);
      return e.problems();
    }
    throw new AssertionError("no MeasureListFormatException");
  }

  private static List<String> codes(Runnable r) {
    return problems(r).stream().map(DataProblem::code).toList();
  }

  @Test
  void aNationalRightsReducingMeasureCitesALawRegulationOrCentralPolicy() {
    List<DataProblem> low = problems(() -> national("n", FROM_2021, m("LOW").bases(DEPARTMENT_RULE, NORMATIVE).build()));
    assertThat(low).extracting(DataProblem::code).containsExactly("data.BASIS_BELOW_REQUIRED_LEVEL");
    assertThat(low.get(0).pointer()).isEqualTo("/measures/0/legalBases");
    assertThat(low.get(0).requirement()).contains(RequirementId.SAN_2);
    assertThat(low.get(0).messageZh()).contains("LOW").contains("法律、行政法规或者党中央、国务院政策文件");
    assertThat(codes(() -> national("n", FROM_2021, m("LOCAL").bases(NX_REGULATION).build())))
        .as("a national list rests on no local regulation")
        .containsExactly("data.BASIS_OF_OTHER_JURISDICTION", "data.BASIS_BELOW_REQUIRED_LEVEL");
    assertThat(national("n", FROM_2021, m("MGMT").kind(MeasureKind.MANAGEMENT).bases(NORMATIVE).build()).measures())
        .hasSize(1);
  }

  @Test
  void aSupplementRestsOnALocalRegulationOfItsChain() {
    assertThat(supplement("qtx", QTX, FROM_2021, m("A").bases(NX_REGULATION).build()).measures()).hasSize(1);
    assertThat(codes(() -> supplement("qtx", QTX, FROM_2021, m("B").kind(MeasureKind.MANAGEMENT).bases(NORMATIVE).build())))
        .containsExactly("data.BASIS_BELOW_REQUIRED_LEVEL");
    List<DataProblem> henan = problems(() -> supplement("qtx", QTX, FROM_2021, m("C").bases(HENAN_REGULATION, BIDDING_LAW).build()));
    assertThat(henan).extracting(DataProblem::code).containsExactly("data.BASIS_OF_OTHER_JURISDICTION");
    assertThat(henan.get(0).pointer()).isEqualTo("/measures/0/legalBases/0");
    assertThat(henan.get(0).messageZh()).contains("河南省").contains("《（测试）河南省社会信用条例》");
  }

  @Test
  void everyProblemOfAListIsReportedAtOnceEachServingItsRequirement() {
    List<DataProblem> all = problems(() -> national("bad id!", FROM_2021, m("A").build(), m("A").build(),
        m("B").bases(NORMATIVE).build()));
    assertThat(all).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "data.INVALID_CODE /id", "data.DUPLICATE_CODE /measures/1/code", "data.BASIS_BELOW_REQUIRED_LEVEL /measures/2/legalBases");
    assertThat(all).extracting(p -> p.requirement().orElseThrow())
        .containsExactly(RequirementId.SAN_1, RequirementId.SAN_1, RequirementId.SAN_2);
    assertThat(all).allSatisfy(p -> assertThat(p.source()).isEqualTo("bad id!"));
    assertThat(all.get(1).messageEn()).contains("/measures/0");
  }

  @Test
  void aMeasuresKindAndItsBodiesFitTogether() {
    List<DataProblem> mismatch = problems(() -> m("X").bodyKinds(BodyKind.PUBLIC_BODY, BodyKind.NEWS_MEDIA).build());
    assertThat(mismatch).extracting(DataProblem::code).containsExactly("sanction.BODY_KIND_MISMATCH");
    assertThat(mismatch.get(0).source()).isEqualTo("measure X");
    assertThat(mismatch.get(0).pointer()).isEqualTo("/bodyKinds");
    assertThat(mismatch.get(0).messageZh()).contains("新闻媒体").contains("公共管理机构").doesNotContain("NEWS_MEDIA");
    assertThat(codes(() -> m("X").kind(MeasureKind.MARKET_AUTONOMOUS).build())).containsExactly("sanction.BODY_KIND_MISMATCH");
    List<DataProblem> minors = problems(() -> m("X").minors(true).subjectTypes(org.creditgov.core.subject.SubjectType.LEGAL_PERSON).build());
    assertThat(minors).extracting(DataProblem::code).containsExactly("sanction.MINORS_WITHOUT_NATURAL_PERSONS");
    assertThat(minors.get(0).requirement()).contains(RequirementId.SAN_4);
    List<DataProblem> zero = problems(() -> m("X").maximum(java.time.Period.ZERO).build());
    assertThat(zero).extracting(DataProblem::code).containsExactly("sanction.MAXIMUM_NOT_POSITIVE");
    assertThat(zero.get(0).requirement()).contains(RequirementId.SAN_3);
    assertThat(zero.get(0).messageZh()).contains("0日").doesNotContain("P0D");
    assertThat(codes(() -> m("X").responsible(true).subjectTypes(org.creditgov.core.subject.SubjectType.LEGAL_PERSON).build()))
        .containsExactly("sanction.RESPONSIBLE_PERSONS_WITHOUT_LIST");
  }

  @Test
  void aMeasureBuiltInCodeWithNothingListedIsRefusedWithEveryProblem() {
    List<DataProblem> empty = problems(() -> Measure.builder().code("bad code").nameZh(" ").nameEn("n").kind(MeasureKind.MANAGEMENT)
        .targetConduct("t").implementingBody("b").minimumSeverity(org.creditgov.core.catalog.SeverityClass.GENERAL).build());
    assertThat(empty).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "data.INVALID_CODE /code", "data.BLANK /name/zh", "sanction.NO_LEGAL_BASIS /legalBases", "sanction.NONE_LISTED /fields",
        "sanction.NONE_LISTED /contexts", "sanction.NONE_LISTED /subjectTypes", "sanction.NONE_LISTED /bodyKinds");
    assertThat(empty.get(3).messageZh()).isEqualTo("措施bad code须至少列明一项领域。");
    assertThat(empty.get(2).requirement()).contains(RequirementId.SAN_2);
  }

  @Test
  void theRegistryRefusesOverlapsRedefinitionsAndDuplicateIds() {
    MeasureList a = national("a", EffectivePeriod.between(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1)), TENDER_BAN);
    MeasureList b = national("b", EffectivePeriod.from(LocalDate.of(2023, 6, 1)), TENDER_BAN);
    MeasureList redefining = supplement("nx", NINGXIA, FROM_2021, m("T-BAN").bases(NX_REGULATION).build());
    MeasureList sameId = supplement("a", QTX, FROM_2021, m("Q").bases(NX_REGULATION).build());
    List<DataProblem> problems = MeasureListRegistry.builder().addLists(List.of(a, b, redefining, sameId)).problems();
    assertThat(problems).extracting(DataProblem::code).containsExactlyInAnyOrder("data.DUPLICATE_ID",
        "data.OVERLAPPING_VERSIONS", "data.REDEFINES_HIGHER_LAYER_ENTRY", "data.REDEFINES_HIGHER_LAYER_ENTRY");
    assertThat(problems).allSatisfy(p -> assertThat(p.requirement()).contains(RequirementId.SAN_1));
    assertThat(problems).filteredOn(p -> p.code().equals("data.REDEFINES_HIGHER_LAYER_ENTRY"))
        .allSatisfy(p -> assertThat(p.pointer()).isEqualTo("/measures/0/code"));
    assertThatThrownBy(() -> MeasureListRegistry.builder().addList(a).addList(b).build())
        .isInstanceOf(MeasureListFormatException.class).hasMessageContaining("data.OVERLAPPING_VERSIONS");
  }

  @Test
  void resolutionFollowsTheChainAndTheDatesWhateverTheOrderListsWereAdded() {
    MeasureList nx = supplement("nx", NINGXIA, EffectivePeriod.between(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)),
        m("NX").bases(NX_REGULATION).build());
    MeasureListRegistry one = MeasureListRegistry.builder().addList(NATIONAL).addList(nx).build();
    MeasureListRegistry other = MeasureListRegistry.builder().addList(nx).addList(NATIONAL).build();
    for (MeasureListRegistry r : List.of(one, other)) {
      assertThat(r.lists()).containsExactly(NATIONAL, nx);
      assertThat(r.list("nx")).contains(nx);
      assertThat(r.resolve(QTX, LocalDate.of(2020, 12, 31))).isEmpty();
      assertThat(r.resolve(QTX, LocalDate.of(2021, 12, 31)).orElseThrow().measures()).containsOnlyKeys("T-BAN");
      ResolvedMeasureList in2022 = r.resolve(QTX, LocalDate.of(2022, 1, 1)).orElseThrow();
      assertThat(in2022.measures()).containsOnlyKeys("T-BAN", "NX");
      assertThat(in2022.period()).isEqualTo(EffectivePeriod.between(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));
      assertThat(in2022.layerOf("NX")).contains(nx);
      assertThat(in2022.layers()).containsExactly(NATIONAL, nx);
      assertThat(in2022.ruleSetVersion()).hasToString("measure-list:nat-test@2021-01-01+measure-list:nx@2022-01-01");
      assertThat(in2022.measuresIn(BusinessContext.TENDERING)).extracting(Measure::code).containsExactly("T-BAN", "NX");
      assertThat(in2022.measuresIn(BusinessContext.LICENSING)).isEmpty();
      assertThat(r.resolve(QTX, LocalDate.of(2023, 1, 1)).orElseThrow().measures()).containsOnlyKeys("T-BAN");
      assertThat(r.resolve(Jurisdiction.of("410100"), LocalDate.of(2022, 6, 1)).orElseThrow().measures())
          .containsOnlyKeys("T-BAN");
    }
  }

  @Test
  void aSupplementAloneIsNothingInForce() {
    MeasureList nx = supplement("nx", NINGXIA, FROM_2021, m("NX").bases(NX_REGULATION).build());
    MeasureListRegistry r = MeasureListRegistry.builder().addList(nx).build();
    assertThat(r.resolve(QTX, LocalDate.of(2022, 1, 1))).as("a measure list needs its national layer").isEmpty();
    assertThat(r.notInForce(QTX, LocalDate.of(2022, 1, 1)).code()).isEqualTo("ruleset.NOT_IN_FORCE");
  }
}
