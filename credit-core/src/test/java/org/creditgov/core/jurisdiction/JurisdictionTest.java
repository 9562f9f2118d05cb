package org.creditgov.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Examples for {@link Jurisdiction}: the chain layered catalogs resolve along (CAT-4). */
class JurisdictionTest {

  @Test
  void qingtongxiaChainsUpToTheNation() {
    assertThat(Jurisdiction.of("640381").parentChain())
        .extracting(Jurisdiction::code)
        .containsExactly("640381", "640300", "640000", Jurisdiction.NATIONAL_CODE);
    assertThat(Jurisdiction.of("640381").nameZh()).hasValue("青铜峡市");
    assertThat(Jurisdiction.of("640300").nameEn()).hasValue("Wuzhong");
    assertThat(Jurisdiction.of("640381").level()).isEqualTo(JurisdictionLevel.COUNTY);
    assertThat(Jurisdiction.of("640300").level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(Jurisdiction.of("640000").level()).isEqualTo(JurisdictionLevel.PROVINCE);
    assertThat(Jurisdiction.national().level()).isEqualTo(JurisdictionLevel.NATIONAL);
  }

  @Test
  void withinIsReflexiveAndFollowsTheChain() {
    Jurisdiction qingtongxia = Jurisdiction.of("640381");
    assertThat(qingtongxia.isWithin(qingtongxia)).isTrue();
    assertThat(qingtongxia.isWithin(Jurisdiction.of("640000"))).isTrue();
    assertThat(qingtongxia.isWithin(Jurisdiction.national())).isTrue();
    assertThat(qingtongxia.isWithin(Jurisdiction.of("640100"))).isFalse();
    assertThat(Jurisdiction.of("640000").isWithin(qingtongxia)).isFalse();
  }

  @Test
  void wellFormedCodesOutsideTheNameTableAreAcceptedWithoutAName() {
    Jurisdiction xiantao = Jurisdiction.of("429004");
    assertThat(xiantao.nameZh()).isEmpty();
    assertThat(xiantao.parent().map(Jurisdiction::code)).hasValue("429000");
    assertThat(Jurisdiction.of("420000").nameZh()).hasValue("湖北省");
  }

  @Test
  void malformedCodesAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.of("64038"));
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.of("64038X"));
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.of("990000"));
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.of("640081"));
  }

  @Test
  void equalByCode() {
    assertThat(Jurisdiction.of("640381")).isEqualTo(Jurisdiction.of("640381")).hasToString("640381 青铜峡市");
    assertThat(Jurisdiction.of(Jurisdiction.NATIONAL_CODE)).isSameAs(Jurisdiction.national());
  }
}
