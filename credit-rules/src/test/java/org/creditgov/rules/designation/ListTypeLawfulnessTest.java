package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.creditgov.core.RequirementId;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * DES-1 as amended: a severe list rests on a law, an administrative regulation or a central policy
 * document; a list of a local jurisdiction may also rest on a local regulation (地方性法规) of that
 * jurisdiction, or of one above it, which is in force there; a local regulation of another
 * jurisdiction, a department rule or anything lower founds no list.
 */
class ListTypeLawfulnessTest {

  private static final LocalDate ON = LocalDate.of(2025, 6, 2);
  private static final Jurisdiction NINGXIA = Jurisdiction.of("640000");
  private static final Jurisdiction WUZHONG = Jurisdiction.of("640300");
  private static final Jurisdiction YINCHUAN = Jurisdiction.of("640100");
  private static final Jurisdiction QINGTONGXIA = Jurisdiction.of("640381");

  private static LegalBasis regulationOf(Jurisdiction j) {
    return LegalBasis.builder().level(InstrumentLevel.LOCAL_REGULATION).issuer("人民代表大会常务委员会")
        .title("（测试）社会信用条例 " + j.code()).effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1)))
        .jurisdiction(j).build();
  }

  private static LegalBasis of(InstrumentLevel level, Jurisdiction j) {
    LegalBasis.Builder b = LegalBasis.builder().level(level).issuer("某机关").title("（测试）" + level.nameZh())
        .effective(EffectivePeriod.from(LocalDate.of(2020, 1, 1)));
    if (level.isLocal()) {
      b.jurisdiction(j);
    }
    return b.build();
  }

  private static ListType list(Jurisdiction where, LegalBasis basis) {
    return Fixtures.SAFETY.toBuilder().code("L-" + where.code()).jurisdiction(where).basis(basis).build();
  }

  private static List<String> codes(Verdict v) {
    return v.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void aLocalListOnALocalRegulationOfItsOwnJurisdictionIsLawful() {
    assertThat(list(NINGXIA, regulationOf(NINGXIA)).checkOn(ON).findings()).isEmpty();
    assertThat(list(WUZHONG, regulationOf(WUZHONG)).checkOn(ON).findings()).isEmpty();
  }

  @Test
  void aLocalListOnALocalRegulationOfAJurisdictionAboveItIsLawfulThere() {
    assertThat(list(QINGTONGXIA, regulationOf(NINGXIA)).checkOn(ON).findings()).isEmpty();
    assertThat(list(QINGTONGXIA, regulationOf(WUZHONG)).checkOn(ON).findings()).isEmpty();
  }

  @Test
  void aLocalListOnALocalRegulationOfAnotherJurisdictionIsNot() {
    Verdict sibling = list(QINGTONGXIA, regulationOf(YINCHUAN)).checkOn(ON);
    assertThat(codes(sibling)).containsExactly("designation.LIST_TYPE_BASIS_OF_OTHER_JURISDICTION");
    Finding f = sibling.findings().get(0);
    assertThat(f.requirement()).isEqualTo(RequirementId.DES_1);
    assertThat(f.fact(DesignationFacts.BASIS_JURISDICTION)).map(Term::code).contains("640100");
    assertThat(f.fact(DesignationFacts.LIST_JURISDICTION)).map(Term::code).contains("640381");
    assertThat(f.messageZh()).isEqualTo("青铜峡市的名单“安全生产严重失信主体名单”以银川市的地方性法规《（测试）社会信用条例 640100》为依据；"
        + "地方名单只能以本地区或者上级地区的地方性法规为依据。");
    // a regulation of a jurisdiction below the list's is another jurisdiction's too
    assertThat(codes(list(NINGXIA, regulationOf(WUZHONG)).checkOn(ON)))
        .containsExactly("designation.LIST_TYPE_BASIS_OF_OTHER_JURISDICTION");
  }

  @Test
  void aNationalListOnALocalRegulationIsNot() {
    Verdict v = Fixtures.SAFETY.toBuilder().basis(regulationOf(NINGXIA)).build().checkOn(ON);
    assertThat(codes(v)).containsExactly("designation.LIST_TYPE_BASIS_BELOW_LEVEL");
    assertThat(v.findings().get(0).fact(DesignationFacts.LEVEL)).map(Term::code).contains("LOCAL_REGULATION");
    assertThat(v.findings().get(0).messageZh()).endsWith("设立严重失信主体名单须以法律、行政法规或者党中央、国务院政策文件为依据。");
  }

  @Test
  void aDepartmentRuleOrAnythingLowerFoundsNoListNationalOrLocal() {
    for (InstrumentLevel level : new InstrumentLevel[] {InstrumentLevel.DEPARTMENT_RULE, InstrumentLevel.LOCAL_GOVERNMENT_RULE,
        InstrumentLevel.NORMATIVE_DOCUMENT}) {
      Verdict local = list(QINGTONGXIA, of(level, QINGTONGXIA)).checkOn(ON);
      assertThat(codes(local)).as("%s", level).containsExactly("designation.LIST_TYPE_BASIS_BELOW_LEVEL");
      assertThat(local.findings().get(0).messageZh()).endsWith(
          "须以法律、行政法规、党中央、国务院政策文件或者本地区的地方性法规为依据。");
      if (!level.isLocal()) {
        assertThat(codes(Fixtures.SAFETY.toBuilder().basis(of(level, QINGTONGXIA)).build().checkOn(ON)))
            .containsExactly("designation.LIST_TYPE_BASIS_BELOW_LEVEL");
      }
    }
  }

  @Test
  void lawsRegulationsAndCentralPolicyFoundAnyList() {
    for (InstrumentLevel level : new InstrumentLevel[] {InstrumentLevel.LAW, InstrumentLevel.ADMINISTRATIVE_REGULATION,
        InstrumentLevel.CENTRAL_POLICY_DOCUMENT}) {
      assertThat(Fixtures.SAFETY.toBuilder().basis(of(level, QINGTONGXIA)).build().checkOn(ON).findings()).isEmpty();
      assertThat(list(QINGTONGXIA, of(level, QINGTONGXIA)).checkOn(ON).findings()).isEmpty();
    }
  }

  @Test
  void aBasisNotInForceOnTheDateIsAFinding() {
    LegalBasis later = regulationOf(NINGXIA).toBuilder().effective(EffectivePeriod.from(LocalDate.of(2026, 1, 1))).build();
    Verdict v = list(NINGXIA, later).checkOn(ON);
    assertThat(codes(v)).containsExactly("designation.LIST_TYPE_BASIS_NOT_IN_FORCE");
    assertThat(v.findings().get(0).requirement()).isEqualTo(RequirementId.P_1);
  }

  @Test
  void aDepartmentDesignatesOnAListAppliedOnlyLocallyFoundedOnItsProvincesRegulation() {
    // the bundled example: NX-FUNDING-SEVERE of Ningxia, on an (example) Ningxia local regulation
    TestClock clock = TestClock.at(ON);
    DesignationService service = DesignationService.builder().store(DesignationStore.inMemory()).clock(clock).listTypes(BundledListTypes.registry()).build();
    ResolvedListType nx = BundledListTypes.registry().inForce("NX-FUNDING-SEVERE", QINGTONGXIA, ON).orElseThrow();
    assertThat(nx.listType().basis().level()).isEqualTo(InstrumentLevel.LOCAL_REGULATION);
    assertThat(nx.checkOn(ON).findings()).isEmpty();
    DesignationCommand.Propose propose = Fixtures.propose("NX-1", ON).toBuilder().listTypeCode("NX-FUNDING-SEVERE")
        .criteriaVersion("nx-2024-v1").build();
    assertThat(service.propose(propose).isAccepted()).isTrue();
    // a department outside Ningxia cannot use it
    Actor elsewhere = Actor.of("西安市发展和改革委员会", "officer-9", Jurisdiction.of("610100"));
    CommandResult outside = service.propose(propose.toBuilder().id(DesignationId.of("NX-2")).actor(elsewhere).build());
    assertThat(outside).isInstanceOf(CommandResult.Refused.class);
    assertThat(codes(((CommandResult.Refused) outside).verdict())).containsExactly("designation.OUTSIDE_LIST_JURISDICTION");
  }

  @Test
  void aLocalListTypeWhoseNationalListIsNotInForceIsRefused() {
    ListTypeSet national = Fixtures.NATIONAL;
    ListTypeSet ended = ListTypeSet.of(national.header().toBuilder()
        .effective(EffectivePeriod.between(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 1, 1))).build(), national.listTypes());
    ListTypeRegistry registry = ListTypeRegistry.of(ended, Fixtures.QTX);
    ResolvedListType local = registry.inForce(Fixtures.SAFETY_QTX.code(), QINGTONGXIA, ON).orElseThrow();
    assertThat(local.nationalListType()).isEmpty();
    Verdict v = local.checkOn(ON);
    assertThat(codes(v)).containsExactly("designation.NATIONAL_LIST_TYPE_NOT_IN_FORCE");
    assertThat(v.findings().get(0).fact(DesignationFacts.NATIONAL_LIST_TYPE_CODE)).contains("SAFETY-SEVERE");
    assertThat(v.ruleSetVersion()).contains(local.version());
    // before the national layer ended, the same local list type kept the national criteria
    assertThat(registry.inForce(Fixtures.SAFETY_QTX.code(), QINGTONGXIA, LocalDate.of(2024, 6, 3)).orElseThrow()
        .checkOn(LocalDate.of(2024, 6, 3)).findings()).isEmpty();
  }
}
