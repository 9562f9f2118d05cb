package org.creditgov.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.SplittableRandom;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.JurisdictionGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Jurisdiction}'s parent chain, the path layered catalogs and local rules
 * resolve along (CAT-4: a query "as of date D in jurisdiction J" resolves the layers in force
 * above J): for any well-formed division code the chain runs from the jurisdiction up, one level
 * at a time, to the national level, and the jurisdiction lies within each element of it.
 */
class JurisdictionPropertiesTest {

  @Test
  void theParentChainClimbsOneLevelAtATimeToTheNationalLevel() {
    Seeds.forEachSeed(500, seed -> {
      String code = JurisdictionGenerators.wellFormedDivisionCode(Seeds.random(seed));
      Jurisdiction j = Jurisdiction.of(code);
      ImmutableList<Jurisdiction> chain = j.parentChain();

      assertThat(chain.get(0)).isEqualTo(j);
      assertThat(chain.get(chain.size() - 1)).isEqualTo(Jurisdiction.national());
      assertThat(chain).hasSize(j.level().ordinal() + 1).doesNotHaveDuplicates();
      for (int i = 0; i + 1 < chain.size(); i++) {
        Jurisdiction child = chain.get(i);
        Jurisdiction parent = chain.get(i + 1);
        assertThat(child.parent()).contains(parent);
        assertThat(parent.level().ordinal()).isEqualTo(child.level().ordinal() - 1); // strictly up, one level
        assertThat(child.isWithin(parent)).isTrue();
        if (parent.level() != JurisdictionLevel.NATIONAL) {
          assertThat(child.code()).startsWith(parent.code().replaceAll("(00)+$", ""));
        }
      }
      assertThat(Jurisdiction.national().parent()).isEmpty();
      for (Jurisdiction above : chain) {
        assertThat(j.isWithin(above)).isTrue();
      }
    });
  }

  @Test
  void theLevelFollowsFromTheCodeAndTheCodeRoundTrips() {
    Seeds.forEachSeed(500, seed -> {
      String code = JurisdictionGenerators.wellFormedDivisionCode(Seeds.random(seed));
      Jurisdiction j = Jurisdiction.of(code);
      JurisdictionLevel expected = code.endsWith("0000")
          ? JurisdictionLevel.PROVINCE
          : code.endsWith("00") ? JurisdictionLevel.PREFECTURE : JurisdictionLevel.COUNTY;
      assertThat(j.level()).isEqualTo(expected);
      assertThat(j.code()).isEqualTo(code);
      assertThat(Jurisdiction.of(j.code())).isEqualTo(j).hasSameHashCodeAs(j);
      assertThat(j.toString()).startsWith(code);
    });
  }

  @Test
  void aJurisdictionIsWithinNoOtherProvinceAndNothingIsWithinItButItsOwnDescendants() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Jurisdiction a = Jurisdiction.of(JurisdictionGenerators.wellFormedDivisionCode(random));
      Jurisdiction b = Jurisdiction.of(JurisdictionGenerators.wellFormedDivisionCode(random));
      boolean sameProvince = a.code().substring(0, 2).equals(b.code().substring(0, 2));
      if (!sameProvince) {
        assertThat(a.isWithin(b)).isFalse();
        assertThat(b.isWithin(a)).isFalse();
      }
      if (a.isWithin(b) && b.isWithin(a)) {
        assertThat(a).isEqualTo(b);
      }
      assertThat(Jurisdiction.national().isWithin(a)).isFalse();
      assertThat(a.isWithin(Jurisdiction.national())).isTrue();
    });
  }

  @Test
  void aMalformedCodeIsAnIllegalArgumentAndNothingElse() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String code = IdentifierGenerators.hostileString(random);
      try {
        Jurisdiction j = Jurisdiction.of(code);
        assertThat(j.code()).isEqualTo(code);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      String noProvince = String.format("%02d", random.nextInt(100));
      if (!JurisdictionGenerators.PROVINCE_LEVEL_CODES.contains(noProvince) && !noProvince.equals("00")) {
        assertThatThrownBy(() -> Jurisdiction.of(noProvince + "0000")).isInstanceOf(IllegalArgumentException.class);
      }
      String countyWithoutPrefecture = JurisdictionGenerators.PROVINCE_LEVEL_CODES.get(random.nextInt(34)) + "00"
          + String.format("%02d", 1 + random.nextInt(99));
      assertThatThrownBy(() -> Jurisdiction.of(countyWithoutPrefecture)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void qingtongxiaClimbsThroughWuzhongAndNingxia() {
    assertThat(Jurisdiction.of("640381").parentChain())
        .extracting(Jurisdiction::code)
        .containsExactly("640381", "640300", "640000", Jurisdiction.NATIONAL_CODE);
    assertThat(Jurisdiction.of("640381").nameZh()).contains("青铜峡市");
  }
}
