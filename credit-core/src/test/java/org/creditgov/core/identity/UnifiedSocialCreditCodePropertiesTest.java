package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.ReferenceChecks;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link UnifiedSocialCreditCode} (GB 32100-2015) over generated codes: valid codes
 * parse to their canonical value, the decorations of real input are normalised away, and every
 * single-character substitution and adjacent transposition is caught. No requirement id: these
 * are the identifier standard's own rules, on which every catalog record (CAT-3, CAT-5) relies.
 */
class UnifiedSocialCreditCodePropertiesTest {

  private static final String ALPHABET = IdentifierGenerators.USCC_ALPHABET;

  @Test
  void everyValidCodeParsesToItsCanonicalValueWhichReparsesToAnEqualCode() {
    Seeds.forEachSeed(500, seed -> {
      String text = IdentifierGenerators.validUscc(Seeds.random(seed));
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
      assertThat(code.value()).isEqualTo(text);
      UnifiedSocialCreditCode again = UnifiedSocialCreditCode.parse(code.value());
      assertThat(again).isEqualTo(code).hasSameHashCodeAs(code);
      assertThat(UnifiedSocialCreditCode.isValid(text)).isTrue();
      assertThat(UnifiedSocialCreditCode.tryParse(text)).contains(code);
    });
  }

  @Test
  void decodedPartsAreThePositionsOfTheStandard() {
    Seeds.forEachSeed(500, seed -> {
      String text = IdentifierGenerators.validUscc(Seeds.random(seed));
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
      assertThat(code.divisionCode()).isEqualTo(text.substring(2, 8));
      assertThat(code.organisationCode()).isEqualTo(text.substring(8, 17));
      boolean knownType = IdentifierGenerators.KNOWN_USCC_TYPE_CODES.contains(text.substring(0, 2));
      assertThat(code.organisationType() != OrganisationType.UNKNOWN).isEqualTo(knownType);
      boolean knownAuthority = "159Y".indexOf(text.charAt(0)) >= 0;
      assertThat(code.registrationAuthority() != RegistrationAuthority.UNKNOWN).isEqualTo(knownAuthority);
      assertThat(code.toString()).contains(text); // an organisation's code is public (CAT-6)
    });
  }

  @Test
  void noiseDecoratedCodeParsesToTheSameValue() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String text = IdentifierGenerators.validUscc(random);
      String noisy = IdentifierGenerators.withNoise(random, text);
      assertThat(UnifiedSocialCreditCode.parse(noisy)).isEqualTo(UnifiedSocialCreditCode.parse(text));
      assertThat(UnifiedSocialCreditCode.parse(noisy).value()).isEqualTo(text);
      assertThat(UnifiedSocialCreditCode.isValid(noisy)).isTrue();
      assertThat(UnifiedSocialCreditCode.tryParse(noisy).map(UnifiedSocialCreditCode::value)).contains(text);
    });
  }

  @Test
  void checkCharacterAgreesWithTheFormulaOfGb32100() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 17; i++) {
        body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      assertThat(UnifiedSocialCreditCode.checkCharacter(body)).isEqualTo(ReferenceChecks.gb32100(body));
    });
  }

  @Test
  void aRandomSingleSubstitutionIsRejected() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String mutated = IdentifierGenerators.substituteOneCharacter(random, IdentifierGenerators.validUscc(random), ALPHABET);
      assertRejected(mutated);
    });
  }

  @Test
  void everySingleSubstitutionWithinTheAlphabetIsRejected() {
    Seeds.forEachSeed(200, seed -> {
      String text = IdentifierGenerators.validUscc(Seeds.random(seed));
      for (int i = 0; i < 18; i++) {
        for (char c : ALPHABET.toCharArray()) {
          if (c != text.charAt(i)) {
            String mutated = text.substring(0, i) + c + text.substring(i + 1);
            assertThat(UnifiedSocialCreditCode.isValid(mutated)).as("substitution %s at %d", c, i + 1).isFalse();
          }
        }
      }
    });
  }

  @Test
  void everyAdjacentTranspositionOfDifferentCharactersIsRejected() {
    Seeds.forEachSeed(500, seed -> {
      String text = IdentifierGenerators.validUscc(Seeds.random(seed));
      for (int i = 0; i + 1 < 18; i++) {
        if (text.charAt(i) != text.charAt(i + 1)) {
          String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
          assertRejected(swapped);
        }
      }
      assertRejected(IdentifierGenerators.transposeAdjacent(Seeds.random(seed), text));
    });
  }

  @Test
  void strictLevelAcceptsExactlyTheCodesWhoseOrganisationCodePassesGb11714() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String good = IdentifierGenerators.validUsccWithValidOrganisationCode(random);
      assertThat(UnifiedSocialCreditCode.isValid(good, ValidationLevel.STRICT)).isTrue();
      assertThat(UnifiedSocialCreditCode.parse(good).hasValidOrganisationCode()).isTrue();

      String bad = IdentifierGenerators.validUsccWithInvalidOrganisationCode(random);
      assertThat(UnifiedSocialCreditCode.isValid(bad, ValidationLevel.STANDARD)).isTrue();
      assertThat(UnifiedSocialCreditCode.parse(bad).hasValidOrganisationCode()).isFalse();
      assertThat(UnifiedSocialCreditCode.tryParse(bad, ValidationLevel.STRICT)).isEmpty();
      assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(bad, ValidationLevel.STRICT))
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_CODE_CHECKSUM);
            assertThat(e.position()).hasValue(17);
          });
    });
  }

  @Test
  void theDemoCodeIsValidAndItsCorruptionsAreNot() {
    assertThat(UnifiedSocialCreditCode.isValid("91512081MA62K0260E")).isTrue();
    assertThat(UnifiedSocialCreditCode.isValid("91512081MA62K0260F")).isFalse();
    assertThat(UnifiedSocialCreditCode.isValid("91512081MA62K026OE")).isFalse(); // letter O
  }

  private static void assertRejected(String text) {
    assertThat(UnifiedSocialCreditCode.isValid(text)).as(text).isFalse();
    assertThat(UnifiedSocialCreditCode.tryParse(text)).as(text).isEmpty();
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text)).isInstanceOf(InvalidIdentifierException.class);
  }
}
