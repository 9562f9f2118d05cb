package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.creditgov.core.identity.ForeignPermanentResidentId.Edition;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ForeignPermanentResidentId} over generated numbers of both editions: valid
 * numbers parse to their canonical value and edition, decorations are normalised away, and every
 * single substitution in a 2023-edition number (which has a check character) is caught.
 */
class ForeignPermanentResidentIdPropertiesTest {

  @Test
  void everyValidNumberParsesToItsCanonicalValueAndEdition() {
    Seeds.forEachSeed(500, seed -> {
      String text = IdentifierGenerators.validForeignPermanentResidentId(Seeds.random(seed));
      ForeignPermanentResidentId id = ForeignPermanentResidentId.parse(text);
      assertThat(id.value()).isEqualTo(text);
      assertThat(id.edition()).isEqualTo(text.length() == 18 ? Edition.EDITION_2023 : Edition.EDITION_2017);
      assertThat(ForeignPermanentResidentId.parse(id.value())).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(ForeignPermanentResidentId.isValid(text)).isTrue();
      assertThat(ForeignPermanentResidentId.tryParse(text)).contains(id);
    });
  }

  @Test
  void noiseDecoratedNumberParsesToTheSameValue() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String text = IdentifierGenerators.validForeignPermanentResidentId(random);
      String noisy = IdentifierGenerators.withNoise(random, text);
      assertThat(ForeignPermanentResidentId.parse(noisy)).isEqualTo(ForeignPermanentResidentId.parse(text));
      assertThat(ForeignPermanentResidentId.parse(noisy).value()).isEqualTo(text);
      assertThat(ForeignPermanentResidentId.isValid(noisy)).isTrue();
    });
  }

  @Test
  void everySingleSubstitutionInA2023NumberIsRejected() {
    Seeds.forEachSeed(500, seed -> {
      String text = IdentifierGenerators.validForeignPermanentResidentId2023(Seeds.random(seed));
      for (int i = 0; i < 18; i++) {
        for (char c : IdentifierGenerators.RESIDENT_ID_ALPHABET.toCharArray()) {
          if (c != text.charAt(i)) {
            String mutated = text.substring(0, i) + c + text.substring(i + 1);
            assertThat(ForeignPermanentResidentId.isValid(mutated)).as("substitution at %d", i + 1).isFalse();
            assertThatThrownBy(() -> ForeignPermanentResidentId.parse(mutated))
                .isInstanceOf(InvalidIdentifierException.class);
          }
        }
      }
    });
  }
}
