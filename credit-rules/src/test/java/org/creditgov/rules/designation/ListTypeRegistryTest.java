package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.testkit.DesignationGenerators;
import org.junit.jupiter.api.Test;

/** "List type X in force in J on D" and "list type X of version V", on the rule-set spine. */
class ListTypeRegistryTest {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  @Test
  void aListTypeInForceDependsOnTheJurisdictionsChainAndTheDate() {
    ListTypeRegistry r = Fixtures.REGISTRY;
    assertThat(r.inForce("SAFETY-SEVERE", Fixtures.QINGTONGXIA, DAY)).isPresent();
    assertThat(r.inForce("SAFETY-SEVERE", Jurisdiction.of("110105"), DAY)).isPresent();
    assertThat(r.inForce("SAFETY-SEVERE-640381", Fixtures.QINGTONGXIA, DAY)).isPresent();
    assertThat(r.inForce("SAFETY-SEVERE-640381", Jurisdiction.of("640300"), DAY)).isEmpty();
    // the Qingtongxia layer starts on 2022-05-12
    assertThat(r.inForce("SAFETY-SEVERE-640381", Fixtures.QINGTONGXIA, LocalDate.of(2022, 5, 11))).isEmpty();
    assertThat(r.inForceAnywhere("SAFETY-SEVERE-640381", DAY)).contains(Fixtures.SAFETY_QTX);
    assertThat(r.resolve(Fixtures.QINGTONGXIA, LocalDate.of(1999, 1, 1))).isEmpty();
    assertThat(r.notInForce(Fixtures.QINGTONGXIA, LocalDate.of(1999, 1, 1)).code()).isEqualTo("ruleset.NOT_IN_FORCE");
  }

  @Test
  void aListTypeIsFoundAgainByItsVersionAsItWasResolved() {
    ResolvedListType inForce = Fixtures.REGISTRY.inForce("SAFETY-SEVERE-640381", Fixtures.QINGTONGXIA, DAY).orElseThrow();
    RuleSetVersion version = RuleSetVersion.parse(inForce.version().toString()); // another instance, as read from JSON
    assertThat(Fixtures.REGISTRY.find("SAFETY-SEVERE-640381", version)).contains(inForce);
    assertThat(Fixtures.REGISTRY.find(inForce.ref())).contains(inForce);
    assertThat(inForce.nationalListType()).contains(Fixtures.SAFETY);
    assertThat(inForce.proceduralBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49,
        Instruments.QINGTONGXIA_PLAN_2022);
    // a version the registry does not hold, or whose layer has another effective date, finds nothing
    assertThat(Fixtures.REGISTRY.find("SAFETY-SEVERE", RuleSetVersion.parse("list-types:test-national@2001-01-01"))).isEmpty();
    assertThat(Fixtures.REGISTRY.find("SAFETY-SEVERE", RuleSetVersion.parse("list-types:nowhere@2000-01-01"))).isEmpty();
    assertThat(Fixtures.REGISTRY.find("SAFETY-SEVERE", RuleSetVersion.parse("catalog:test-national@2000-01-01"))).isEmpty();
    assertThat(Fixtures.REGISTRY.find("NO-SUCH", version)).isEmpty();
  }

  @Test
  void noNationalLayerIsNeededForAListAppliedOnlyLocally() {
    ListTypeSet ningxiaOnly = org.creditgov.rules.designation.io.BundledListTypes.sets().get(1);
    ListTypeRegistry r = ListTypeRegistry.of(ningxiaOnly);
    assertThat(ListTypeRegistry.KIND.needsNationalLayer()).isFalse();
    assertThat(r.inForce("NX-FUNDING-SEVERE", Fixtures.QINGTONGXIA, DAY)).isPresent();
    assertThat(r.resolve(Jurisdiction.national(), DAY)).isEmpty();
  }

  @Test
  void versionsAreCheckedTogetherAndRefusedWithEveryProblem() {
    ListTypeSet overlapping = ListTypeSet.of(Fixtures.NATIONAL.header().toBuilder().id("test-national-2")
        .effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1))).build(), Fixtures.NATIONAL.listTypes());
    ListTypeSet redefining = ListTypeSet.of(Fixtures.QTX.header().toBuilder().id("test-640381-b")
        .effective(EffectivePeriod.from(LocalDate.of(2030, 1, 1))).build(),
        Fixtures.SAFETY.toBuilder().jurisdiction(Fixtures.QINGTONGXIA).build());
    ListTypeSet unknownNational = ListTypeSet.of(Fixtures.QTX.header().toBuilder().id("test-640300")
        .jurisdiction(Jurisdiction.of("640300")).proceduralBases(Fixtures.NATIONAL.header().proceduralBases()).build(),
        Fixtures.SAFETY_QTX.toBuilder().jurisdiction(Jurisdiction.of("640300")).nationalListTypeCode("NOWHERE").build());
    var sets = java.util.List.of(Fixtures.NATIONAL, overlapping, Fixtures.QTX, redefining, unknownNational);
    assertThat(ListTypeRegistry.problems(sets)).extracting(p -> p.code() + " " + p.source() + p.pointer())
        .containsExactlyInAnyOrder(
            "data.OVERLAPPING_VERSIONS test-national-2/effective", // two national versions in force at once
            "data.OVERLAPPING_VERSIONS test-640381-b/effective", // two Qingtongxia versions in force at once
            "data.REDEFINES_HIGHER_LAYER_ENTRY test-640381-b/listTypes/0/code", // SAFETY-SEVERE, of each national version
            "data.REDEFINES_HIGHER_LAYER_ENTRY test-640381-b/listTypes/0/code",
            "data.REDEFINES_HIGHER_LAYER_ENTRY test-640381/listTypes/0/code", // SAFETY-SEVERE-640381, of Wuzhong above it
            "data.UNKNOWN_REFERENCE test-640300/listTypes/0/applies");
    ListTypeDataException e = (ListTypeDataException) catchThrowable(() -> ListTypeRegistry.of(sets));
    assertThat(e.problems()).isEqualTo(ListTypeRegistry.problems(sets));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.requirement()).isPresent());
  }

  @Test
  void aSetRefusesTwoListTypesOfOneCodeAndListTypesOfAnotherLayer() {
    ListTypeDataException e = (ListTypeDataException) catchThrowable(() -> ListTypeSet.of(Fixtures.NATIONAL.header(),
        Fixtures.SAFETY, Fixtures.SAFETY, Fixtures.SAFETY_QTX));
    assertThat(e.problems().stream().map(p -> p.code() + " " + p.pointer()).collect(Collectors.toList())).containsExactly(
        "data.DUPLICATE_CODE /listTypes/1/code", "designation.JURISDICTION_MISMATCH /listTypes/2");
    assertThat(e.problems().get(1).messageZh()).isEqualTo("名单类型SAFETY-SEVERE-640381属于青铜峡市，但其所在名单类型集属于全国。");
  }

  @Test
  void aLookupTheCallerGivesResolvesStandaloneListTypes() {
    ResolvedListType standalone = ResolvedListType.standalone(Fixtures.SAFETY);
    assertThat(standalone.version()).hasToString("list-types:standalone.SAFETY-SEVERE@2021-09-01");
    assertThat(ListTypeLookup.of(standalone).find(standalone.ref())).contains(standalone);
    assertThat(ListTypeLookup.of(standalone).find("OTHER", standalone.version())).isEmpty();
    assertThat(catchThrowable(() -> ResolvedListType.standalone(Fixtures.SAFETY_QTX)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DesignationGenerators.registry(Fixtures.SAFETY).versions()).hasSize(1);
  }
}
