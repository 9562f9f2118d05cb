package org.creditgov.rules.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.rules.sanction.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;
import org.junit.jupiter.api.Test;

/** The rules a measure list obeys (SAN-1, SAN-2) and how layers resolve. */
class MeasureListTest {

  private static final EffectivePeriod FROM_2021 = EffectivePeriod.from(LocalDate.of(2021, 1, 1));

  private static MeasureList supplement(String id, Jurisdiction j, EffectivePeriod p, Measure... measures) {
    return MeasureList.builder().id(id).titleZh("补充清单（测试）").edition("t").jurisdiction(j).effective(p)
        .legalBasis(NX_REGULATION).addMeasures(measures).build();
  }

  private static List<Reason> reasons(Runnable r) {
    try {
      r.run();
    } catch (MeasureListFormatException e) {
      return e.problems().stream().map(MeasureListProblem::reason).toList();
    }
    throw new AssertionError("no MeasureListFormatException");
  }

  @Test
  void aNationalRightsReducingMeasureCitesALawRegulationOrCentralPolicy() {
    assertThat(reasons(() -> national("n", FROM_2021, m("LOW").bases(DEPARTMENT_RULE, NORMATIVE).build())))
        .containsExactly(Reason.BASIS_BELOW_REQUIRED_LEVEL);
    assertThat(reasons(() -> national("n", FROM_2021, m("LOCAL").bases(NX_REGULATION).build())))
        .as("a national list rests on no local regulation").containsExactly(Reason.BASIS_OF_OTHER_JURISDICTION,
            Reason.BASIS_BELOW_REQUIRED_LEVEL);
    assertThat(national("n", FROM_2021, m("MGMT").kind(MeasureKind.MANAGEMENT).bases(NORMATIVE).build()).measures())
        .hasSize(1);
  }

  @Test
  void aSupplementRestsOnALocalRegulationOfItsChain() {
    assertThat(supplement("qtx", QTX, FROM_2021, m("A").bases(NX_REGULATION).build()).measures()).hasSize(1);
    assertThat(reasons(() -> supplement("qtx", QTX, FROM_2021, m("B").kind(MeasureKind.MANAGEMENT).bases(NORMATIVE).build())))
        .containsExactly(Reason.BASIS_BELOW_REQUIRED_LEVEL);
    assertThat(reasons(() -> supplement("qtx", QTX, FROM_2021, m("C").bases(HENAN_REGULATION, BIDDING_LAW).build())))
        .containsExactly(Reason.BASIS_OF_OTHER_JURISDICTION);
  }

  @Test
  void everyProblemOfAListIsReportedAtOnce() {
    assertThat(reasons(() -> national("bad id!", FROM_2021, m("A").build(), m("A").build(),
        m("B").bases(NORMATIVE).build())))
        .containsExactly(Reason.INVALID_VALUE, Reason.DUPLICATE_CODE, Reason.BASIS_BELOW_REQUIRED_LEVEL);
  }

  @Test
  void aMeasuresKindAndItsBodiesFitTogether() {
    assertThat(reasons(() -> m("X").bodyKinds(BodyKind.PUBLIC_BODY, BodyKind.NEWS_MEDIA).build()))
        .containsExactly(Reason.BODY_KIND_MISMATCH);
    assertThat(reasons(() -> m("X").kind(MeasureKind.MARKET_AUTONOMOUS).build())).containsExactly(Reason.BODY_KIND_MISMATCH);
    assertThat(reasons(() -> m("X").minors(true).subjectTypes(org.creditgov.core.subject.SubjectType.LEGAL_PERSON).build()))
        .containsExactly(Reason.INVALID_VALUE);
    assertThat(reasons(() -> m("X").maximum(java.time.Period.ZERO).build())).containsExactly(Reason.INVALID_VALUE);
  }

  @Test
  void theRegistryRefusesOverlapsRedefinitionsAndDuplicateIds() {
    MeasureList a = national("a", EffectivePeriod.between(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1)), TENDER_BAN);
    MeasureList b = national("b", EffectivePeriod.from(LocalDate.of(2023, 6, 1)), TENDER_BAN);
    MeasureList redefining = supplement("nx", NINGXIA, FROM_2021, m("T-BAN").bases(NX_REGULATION).build());
    MeasureList sameId = supplement("a", QTX, FROM_2021, m("Q").bases(NX_REGULATION).build());
    assertThat(MeasureListRegistry.builder().addLists(List.of(a, b, redefining, sameId)).problems())
        .extracting(MeasureListProblem::reason)
        .containsExactlyInAnyOrder(Reason.DUPLICATE_ID, Reason.OVERLAPPING_VERSIONS, Reason.REDEFINES_HIGHER_LAYER_MEASURE,
            Reason.REDEFINES_HIGHER_LAYER_MEASURE);
    assertThatThrownBy(() -> MeasureListRegistry.builder().addList(a).addList(b).build())
        .isInstanceOf(MeasureListFormatException.class).hasMessageContaining("OVERLAPPING_VERSIONS");
  }

  @Test
  void resolutionFollowsTheChainAndTheDatesWhateverTheOrderListsWereAdded() {
    MeasureList nx = supplement("nx", NINGXIA, EffectivePeriod.between(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)),
        m("NX").bases(NX_REGULATION).build());
    MeasureListRegistry one = MeasureListRegistry.builder().addList(NATIONAL).addList(nx).build();
    MeasureListRegistry other = MeasureListRegistry.builder().addList(nx).addList(NATIONAL).build();
    for (MeasureListRegistry r : List.of(one, other)) {
      assertThat(r.resolve(QTX, LocalDate.of(2020, 12, 31))).isEmpty();
      assertThat(r.resolve(QTX, LocalDate.of(2021, 12, 31)).orElseThrow().measures()).containsOnlyKeys("T-BAN");
      ResolvedMeasureList in2022 = r.resolve(QTX, LocalDate.of(2022, 1, 1)).orElseThrow();
      assertThat(in2022.measures()).containsOnlyKeys("T-BAN", "NX");
      assertThat(in2022.period()).isEqualTo(EffectivePeriod.between(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));
      assertThat(in2022.layerOf("NX")).contains(nx);
      assertThat(in2022.measuresIn(BusinessContext.TENDERING)).extracting(Measure::code).containsExactly("T-BAN", "NX");
      assertThat(in2022.measuresIn(BusinessContext.LICENSING)).isEmpty();
      assertThat(r.resolve(QTX, LocalDate.of(2023, 1, 1)).orElseThrow().measures()).containsOnlyKeys("T-BAN");
      assertThat(r.resolve(Jurisdiction.of("410100"), LocalDate.of(2022, 6, 1)).orElseThrow().measures())
          .containsOnlyKeys("T-BAN");
    }
  }
}
