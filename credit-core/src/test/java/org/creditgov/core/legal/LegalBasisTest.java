package org.creditgov.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;
import org.junit.jupiter.api.Test;

/** Examples for {@link LegalBasis} and {@link InstrumentLevel} (LB-1, LB-2). */
class LegalBasisTest {

  @Test
  void levelsAreOrderedHighestFirst() {
    assertThat(InstrumentLevel.LAW.isAtLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)).isTrue();
    assertThat(InstrumentLevel.CENTRAL_POLICY_DOCUMENT.isAtLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)).isTrue();
    assertThat(InstrumentLevel.LOCAL_REGULATION.isAtLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)).isFalse();
    assertThat(InstrumentLevel.LOCAL_REGULATION.isAtLeast(InstrumentLevel.LOCAL_REGULATION)).isTrue();
    assertThat(InstrumentLevel.DEPARTMENT_RULE.isAtLeast(InstrumentLevel.LOCAL_REGULATION)).isFalse();
    assertThat(InstrumentLevel.values()).containsExactly(
        InstrumentLevel.LAW, InstrumentLevel.ADMINISTRATIVE_REGULATION, InstrumentLevel.CENTRAL_POLICY_DOCUMENT,
        InstrumentLevel.LOCAL_REGULATION, InstrumentLevel.DEPARTMENT_RULE, InstrumentLevel.LOCAL_GOVERNMENT_RULE,
        InstrumentLevel.NORMATIVE_DOCUMENT);
  }

  @Test
  void theStateCouncilOpinionFoundsASevereListButTheCountyPlanDoesNot() {
    assertThat(Instruments.STATE_COUNCIL_OPINION_2020_49.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)).isTrue();
    assertThat(Instruments.QINGTONGXIA_PLAN_2022.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)).isFalse();
    assertThat(Instruments.STATE_COUNCIL_OPINION_2020_49.citation())
        .isEqualTo("《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）");
  }

  @Test
  void inForceOnFollowsTheEffectivePeriod() {
    LegalBasis order58 = LegalBasis.builder()
        .level(InstrumentLevel.DEPARTMENT_RULE)
        .issuer("国家发展和改革委员会")
        .title("失信行为纠正后的信用信息修复管理办法（试行）")
        .documentNumber("国家发展改革委令第58号")
        .effective(EffectivePeriod.between(LocalDate.of(2023, 5, 1), LocalDate.of(2026, 4, 1)))
        .build();

    assertThat(order58.inForceOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(order58.inForceOn(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void aLocalInstrumentNamesItsJurisdictionAndANationalOneDoesNot() {
    assertThatIllegalArgumentException().isThrownBy(() -> LegalBasis.builder()
        .level(InstrumentLevel.LOCAL_REGULATION).issuer("宁夏回族自治区人民代表大会常务委员会").title("某条例")
        .effective(EffectivePeriod.from(LocalDate.of(2022, 1, 1))).build());
    assertThatIllegalArgumentException().isThrownBy(() -> LegalBasis.builder()
        .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("某法")
        .effective(EffectivePeriod.from(LocalDate.of(2022, 1, 1))).jurisdiction(Jurisdiction.of("640000")).build());
  }

  @Test
  void mandatoryAttributesAreNamedWhenMissing() {
    assertThatIllegalStateException().isThrownBy(() -> LegalBasis.builder().level(InstrumentLevel.LAW).build())
        .withMessageContaining("issuer").withMessageContaining("title").withMessageContaining("effective");
  }

  @Test
  void withArticleCitesTheSameInstrumentAtAnotherArticle() {
    LegalBasis law = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
        .title("中华人民共和国招标投标法").article("第五十三条").effective(EffectivePeriod.from(LocalDate.of(2000, 1, 1))).build();
    LegalBasis art54 = law.withArticle("第五十四条");
    assertThat(art54.article()).contains("第五十四条");
    assertThat(art54.citation()).isEqualTo("《中华人民共和国招标投标法》第五十四条");
    assertThat(art54.toBuilder().article("第五十三条").build()).isEqualTo(law);
    assertThat(law.article()).as("the original is unchanged").contains("第五十三条");
  }
}
