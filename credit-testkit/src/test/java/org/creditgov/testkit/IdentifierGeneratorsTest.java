package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generators keep their promises, checked without credit-core's validators: the structure of
 * each identifier, check characters recomputed by {@link ReferenceChecks} from the standards'
 * formulas, mutations that differ from the original exactly as documented, decorations that are
 * only the documented ones, and determinism given the seed.
 */
class IdentifierGeneratorsTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

  @Test
  void generatedUsccHasTheStructureAndCheckCharacterOfGb32100() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      for (String code :
          new String[] {
            IdentifierGenerators.validUscc(random),
            IdentifierGenerators.validUsccWithValidOrganisationCode(random),
            IdentifierGenerators.validUsccWithInvalidOrganisationCode(random)
          }) {
        assertThat(code).hasSize(18);
        assertThat(code.chars()).allMatch(c -> IdentifierGenerators.USCC_ALPHABET.indexOf(c) >= 0);
        assertThat(code.substring(2, 8)).containsOnlyDigits();
        assertThat(code.charAt(17)).isEqualTo(ReferenceChecks.gb32100(code));
      }
    });
  }

  @Test
  void organisationCodeVariantsPassOrFailTheGb11714CheckAsNamed() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String valid = IdentifierGenerators.validUsccWithValidOrganisationCode(random);
      String invalid = IdentifierGenerators.validUsccWithInvalidOrganisationCode(random);
      assertThat(valid.charAt(16)).isEqualTo(gb11714(valid.substring(8, 16)));
      assertThat(invalid.charAt(16)).isNotEqualTo(gb11714(invalid.substring(8, 16)));
    });
  }

  @Test
  void generatedResidentIdHasAProvinceABirthDateUpToTodayAndTheGb11643Check() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String id = IdentifierGenerators.validResidentId(random, TODAY);
      assertThat(id).hasSize(18);
      assertThat(id.substring(0, 17)).containsOnlyDigits();
      assertThat(IdentifierGenerators.RESIDENT_ID_PROVINCE_CODES).contains(id.substring(0, 2));
      LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
      assertThat(birth).isBetween(IdentifierGenerators.EARLIEST_BIRTH_DATE, TODAY);
      assertThat(id.charAt(17)).isEqualTo(ReferenceChecks.gb11643(id));
    });
  }

  @Test
  void generatedLegacyIdHas15DigitsAndABirthDateOfThe1900s() {
    Seeds.forEachSeed(500, seed -> {
      String id = IdentifierGenerators.validLegacyResidentId15(Seeds.random(seed));
      assertThat(id).hasSize(15).containsOnlyDigits();
      assertThat(IdentifierGenerators.RESIDENT_ID_PROVINCE_CODES).contains(id.substring(0, 2));
      LocalDate birth = LocalDate.parse("19" + id.substring(6, 8) + "-" + id.substring(8, 10) + "-" + id.substring(10, 12));
      assertThat(birth.getYear()).isBetween(1900, 1999);
      assertThat(IdentifierGenerators.upgradeLegacy(id))
          .startsWith(id.substring(0, 6) + "19" + id.substring(6))
          .hasSize(18);
    });
  }

  @Test
  void generatedForeignIdsHaveTheStructureOfTheirEdition() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String id2023 = IdentifierGenerators.validForeignPermanentResidentId2023(random);
      assertThat(id2023).hasSize(18).startsWith("9");
      assertThat(id2023.substring(0, 17)).containsOnlyDigits();
      assertThat(id2023.charAt(17)).isEqualTo(ReferenceChecks.gb11643(id2023));
      String id2017 = IdentifierGenerators.validForeignPermanentResidentId2017(random);
      assertThat(id2017).hasSize(15).matches("[A-Z]{3}[0-9]{12}");
    });
  }

  @Test
  void substitutionChangesExactlyOneCharacterToAnotherOfTheAlphabet() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String original = IdentifierGenerators.validUscc(random);
      String mutated = IdentifierGenerators.substituteOneCharacter(random, original, IdentifierGenerators.USCC_ALPHABET);
      assertThat(mutated).hasSameSizeAs(original);
      int differences = 0;
      for (int i = 0; i < original.length(); i++) {
        if (original.charAt(i) != mutated.charAt(i)) {
          differences++;
          assertThat(IdentifierGenerators.USCC_ALPHABET).contains(String.valueOf(mutated.charAt(i)));
        }
      }
      assertThat(differences).isEqualTo(1);
    });
  }

  @Test
  void transpositionSwapsTwoDifferentNeighbours() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String original = IdentifierGenerators.validResidentId(random, TODAY);
      String mutated = IdentifierGenerators.transposeAdjacent(random, original);
      int first = -1;
      for (int i = 0; i < original.length(); i++) {
        if (original.charAt(i) != mutated.charAt(i)) {
          first = i;
          break;
        }
      }
      assertThat(first).isBetween(0, original.length() - 2);
      assertThat(mutated.charAt(first)).isEqualTo(original.charAt(first + 1));
      assertThat(mutated.charAt(first + 1)).isEqualTo(original.charAt(first));
      assertThat(mutated.substring(first + 2)).isEqualTo(original.substring(first + 2));
    });
  }

  @Test
  void noiseIsOnlyOuterSpaceFullWidthAndLowerCaseAndAlwaysSomething() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String canonical = IdentifierGenerators.validUscc(random);
      String noisy = IdentifierGenerators.withNoise(random, canonical);
      assertThat(noisy).isNotEqualTo(canonical);
      String core = noisy.replaceAll("^[ \\t\\r\\n\\u3000\\u00A0]+|[ \\t\\r\\n\\u3000\\u00A0]+$", "");
      StringBuilder folded = new StringBuilder();
      for (char c : core.toCharArray()) {
        char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        folded.append(Character.toUpperCase(h));
      }
      assertThat(folded.toString()).isEqualTo(canonical);
    });
  }

  @Test
  void generatorsAreDeterministicGivenTheSeed() {
    Seeds.forEachSeed(500, seed -> {
      assertThat(sample(Seeds.random(seed))).isEqualTo(sample(Seeds.random(seed)));
    });
  }

  @Test
  void hostileStringsStayBelowAboutOneMegabyte() {
    Seeds.forEachSeed(500, seed -> {
      assertThat(IdentifierGenerators.hostileString(Seeds.random(seed)).length()).isLessThanOrEqualTo((1 << 20) + 18);
    });
  }

  @Test
  void hostileStringsCoverTheirCategories() {
    SplittableRandom random = Seeds.random(Seeds.DEFAULT_BASE);
    boolean empty = false;
    boolean long1k = false;
    boolean loneSurrogate = false;
    boolean surrogatePair = false;
    boolean control = false;
    boolean length15or18 = false;
    for (int i = 0; i < 400; i++) {
      String s = IdentifierGenerators.hostileString(random);
      empty |= s.isEmpty();
      long1k |= s.length() > 1000;
      surrogatePair |= s.codePoints().anyMatch(Character::isSupplementaryCodePoint);
      loneSurrogate |= s.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
      control |= s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
      length15or18 |= s.length() == 15 || s.length() == 18;
    }
    assertThat(new boolean[] {empty, long1k, loneSurrogate, surrogatePair, control, length15or18})
        .containsOnly(true);
  }

  @Test
  void mutationsRefuseWhatTheyCannotMutate() {
    SplittableRandom random = Seeds.random(1);
    assertThatThrownBy(() -> IdentifierGenerators.transposeAdjacent(random, "1111"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentifierGenerators.substituteOneCharacter(random, "", "01"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentifierGenerators.substituteOneCharacter(random, "1", "11"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentifierGenerators.validResidentId(random, LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String sample(SplittableRandom random) {
    return String.join(
        "|",
        IdentifierGenerators.validUscc(random),
        IdentifierGenerators.validResidentId(random, TODAY),
        IdentifierGenerators.validLegacyResidentId15(random),
        IdentifierGenerators.validForeignPermanentResidentId(random),
        IdentifierGenerators.withNoise(random, "11010519491231002X"),
        IdentifierGenerators.hostileString(random),
        JurisdictionGenerators.wellFormedDivisionCode(random),
        TimeGenerators.fixedClockInChina(random, TODAY, TODAY.plusYears(1)).instant().toString());
  }

  /** GB 11714-1997: weights 3 7 9 10 5 8 4 2, C9 = 11 - (sum mod 11), 10 written X, 11 written 0. */
  private static char gb11714(String body8) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body8.charAt(i), 36) * weights[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }
}
