package org.creditgov.privacy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskRule;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The masking contract of issue 6, for every kind and every built-in profile, over generated
 * inputs: realistic values, noisy and truncated ones, and hostile Unicode.
 */
class MaskingPropertiesTest {

  private static final MaskingProfile[] PROFILES = {MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT};

  @Test
  void everyMaskIsValidIdempotentMaskedAndRevealsOnlyWhatItsRuleAllows() {
    Seeds.forEachSeed(400, seed -> {
      SplittableRandom random = Seeds.random(seed);
      for (DataKind kind : DataKind.values()) {
        for (MaskingProfile profile : PROFILES) {
          String input = PersonalDataGenerators.anyInput(random, kind);
          check(profile, kind, input);
        }
      }
    });
  }

  @Test
  void fullWidthDigitsAreFoldedBeforePositionsAreCounted() {
    Seeds.forEachSeed(400, seed -> {
      SplittableRandom random = Seeds.random(seed);
      for (DataKind kind : DataKind.values()) {
        String value = PersonalDataGenerators.value(random, kind);
        for (MaskingProfile profile : PROFILES) {
          assertThat(profile.mask(kind, PersonalDataGenerators.fullWidth(value)))
              .as("%s %s", profile.name(), kind)
              .isEqualTo(profile.mask(kind, value));
        }
      }
    });
  }

  @Test
  void noiseDoesNotChangeTheMaskOfAnIdentifier() {
    Seeds.forEachSeed(400, seed -> {
      SplittableRandom random = Seeds.random(seed);
      for (DataKind kind : new DataKind[] {DataKind.RESIDENT_ID, DataKind.MOBILE, DataKind.BANK_CARD, DataKind.LICENCE_PLATE, DataKind.USCC}) {
        String value = PersonalDataGenerators.value(random, kind);
        String noisy = PersonalDataGenerators.noisy(random, value);
        for (MaskingProfile profile : PROFILES) {
          assertThat(profile.mask(kind, noisy)).as("%s %s", profile.name(), kind).isEqualTo(profile.mask(kind, value));
        }
      }
    });
  }

  @Test
  void aResidentIdNeverShowsItsBirthDate() {
    Seeds.forEachSeed(400, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String id = PersonalDataGenerators.residentId(random);
      String legacy = PersonalDataGenerators.legacyResidentId(random);
      for (MaskingProfile profile : PROFILES) {
        assertThat(profile.mask(DataKind.RESIDENT_ID, id).substring(6, 14)).isEqualTo("********");
        assertThat(profile.mask(DataKind.RESIDENT_ID, legacy).substring(6, 12)).isEqualTo("******");
      }
    });
  }

  private static void check(MaskingProfile profile, DataKind kind, String input) {
    String out = profile.mask(kind, input);
    String normal = kind.normalise(input);
    String label = profile.name() + " " + kind + " " + codePoints(input);
    assertThat(out).as(label).isNotNull();
    assertThat(isValidUtf16(out)).as("valid UTF-16: %s", label).isTrue();
    assertThat(profile.mask(kind, out)).as("idempotent: %s", label).isEqualTo(out);
    if (normal.isEmpty()) {
      assertThat(out).as(label).isEmpty();
      return;
    }
    MaskRule rule = profile.rule(kind);
    if (rule.equals(MaskRule.publicCreditCode()) && UnifiedSocialCreditCode.isValid(normal)) {
      assertThat(out).as(label).isEqualTo(normal);
      return;
    }
    // same number of code points; every shown code point is the original one at its place
    int[] in = normal.codePoints().toArray();
    int[] shown = out.codePoints().toArray();
    assertThat(shown.length).as("length: %s", label).isEqualTo(in.length);
    int revealed = 0;
    int hidden = 0;
    for (int k = 0; k < in.length; k++) {
      if (shown[k] == '*') {
        hidden++;
      } else {
        assertThat(shown[k]).as("position %d: %s", k, label).isEqualTo(in[k]);
        assertThat(Character.isSurrogate((char) in[k]) && in[k] < 0x10000).as("lone surrogate shown: %s", label).isFalse();
        if (!isStructure(kind, shown[k])) {
          revealed++;
        }
      }
    }
    assertThat(hidden).as("something hidden: %s", label).isPositive();
    assertThat(revealed).as("revealed: %s", label).isLessThanOrEqualTo(bound(rule, normal));
    if (rule.equals(MaskRule.addressToCounty())) {
      // what shows is a prefix of administrative divisions, all Han
      int firstHidden = out.indexOf('*');
      assertThat(out.substring(firstHidden)).as(label).matches("\\*+");
      assertThat(out.substring(0, firstHidden)).as(label).matches("\\p{IsHan}*");
    }
  }

  /** Separators a rule keeps in place as structure; they carry no personal information. */
  private static boolean isStructure(DataKind kind, int c) {
    switch (kind) {
      case PERSONAL_NAME:
        return c == '·' || c == '•' || c == '‧' || c == '・' || c == '･' || c == '.' || c == '∙' || c == '⋅' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
      case BIRTH_DATE:
        return "-/. 年月日号".indexOf(c) >= 0;
      default:
        return false;
    }
  }

  /** The most a rule may reveal of a normalised value. */
  private static int bound(MaskRule rule, String normal) {
    String r = rule.toString();
    if (r.startsWith("keep(")) {
      String[] p = r.substring(5, r.length() - 1).split(", ");
      return Integer.parseInt(p[0]) + Integer.parseInt(p[1]);
    }
    if (r.startsWith("email(")) {
      int at = normal.lastIndexOf('@');
      int domain = at < 0 ? 0 : normal.codePointCount(at, normal.length());
      return Integer.parseInt(r.substring(6, r.length() - 1)) + domain;
    }
    switch (r) {
      case "surname()":
        return 2;
      case "surnameAndLast()":
        return 3;
      case "birthYear()":
        return 4;
      case "birthYearMonth()":
        return 6;
      case "addressToCounty()":
      case "addressToTownship()":
        return 4 * 12; // at most four segments of at most 12 Han characters; the shape is checked too
      default:
        return 0;
    }
  }

  private static boolean isValidUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The input as code points in hex, so a failure shows exactly what was masked. */
  private static String codePoints(String s) {
    StringBuilder sb = new StringBuilder("[");
    s.codePoints().forEach(c -> sb.append(sb.length() > 1 ? " " : "").append(Integer.toHexString(c)));
    return sb.append(']').toString();
  }
}
