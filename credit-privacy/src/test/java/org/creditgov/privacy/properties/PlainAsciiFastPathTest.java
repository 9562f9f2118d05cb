package org.creditgov.privacy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskRule;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * PRI-3: a value of ASCII digits and capital letters (an ID number, a mobile, a card) is masked on
 * a one-pass fast path; it must give exactly what the general path gives, for every kind and
 * profile. A leading space sends the same value down the general path (cleaning trims it).
 */
class PlainAsciiFastPathTest {

  /** A vendor's profile whose rules would reveal more: the guards (no birth date, never unmasked) must hold on both paths. */
  private static final MaskingProfile REVEALING = MaskingProfile.PUBLIC.toBuilder()
      .name("REVEALING")
      .rule(DataKind.RESIDENT_ID, MaskRule.keep(14, 4, 1))
      .rule(DataKind.MOBILE, MaskRule.keep(10, 0, 1))
      .rule(DataKind.BANK_CARD, MaskRule.keep(8, 8, 1))
      .build();

  private static final MaskingProfile[] PROFILES =
      {MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT, REVEALING};

  private static String plainAscii(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return IdentifierGenerators.validResidentId(random, java.time.LocalDate.of(2026, 11, 29));
      case 1:
        return IdentifierGenerators.validLegacyResidentId15(random);
      default:
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
          s.append(random.nextInt(8) == 0 ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
  }

  @Test
  void theFastPathAgreesWithTheGeneralPath() {
    Seeds.forEachSeed(1000, seed -> {
      String value = plainAscii(Seeds.random(seed));
      for (MaskingProfile profile : PROFILES) {
        for (DataKind kind : DataKind.values()) {
          assertThat(profile.mask(kind, value))
              .as("%s %s, %d characters", profile, kind, value.length())
              .isEqualTo(profile.mask(kind, " " + value));
        }
      }
    });
  }
}
