package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.ReferenceChecks;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.creditgov.testkit.TimeGenerators;

/**
 * Properties of {@link ResidentIdNumber} (GB 11643-1999) over generated numbers and generated
 * "todays": valid numbers of 18 and 15 digits parse, canonicalise and decode; decorations are
 * normalised away; every single substitution and adjacent transposition is caught; a 15-digit
 * number upgrades as the standard says. No requirement id: the standard's own rules, which the
 * subjects of every record (CAT-3) and the privacy rules (PRI-1) rest on.
 */
class ResidentIdNumberPropertiesTest {

  private static final String ALPHABET = IdentifierGenerators.RESIDENT_ID_ALPHABET;

  /** A fixed clock somewhere from 1990 to 2099, China time. */
  static Clock clock(SplittableRandom random) {
    return TimeGenerators.fixedClockInChina(random, LocalDate.of(1990, 1, 1), LocalDate.of(2099, 12, 31));
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  @Test
  void everyValidNumberParsesToItsCanonicalValueWhichReparsesToAnEqualNumber() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String text = IdentifierGenerators.validResidentId(random, today(clock));
      ResidentIdNumber id = parser.parse(text);
      assertThat(id.value()).isEqualTo(text);
      assertThat(id.upgradedFromLegacy()).isFalse();
      assertThat(parser.parse(id.value())).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(parser.isValid(text)).isTrue();
      assertThat(parser.tryParse(text)).contains(id);
    });
  }

  @Test
  void decodedFieldsAreThoseOfTheNumber() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      String text = IdentifierGenerators.validResidentId(random, today(clock));
      ResidentIdNumber id = ResidentIdNumber.parser(clock).parse(text);
      assertThat(id.addressCode()).isEqualTo(text.substring(0, 6));
      assertThat(id.provinceCode()).isEqualTo(text.substring(0, 2));
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(
          Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14))));
      assertThat(id.birthDate()).isBetween(IdentifierGenerators.EARLIEST_BIRTH_DATE, today(clock));
      assertThat(id.sex()).isEqualTo((text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      assertThat(id.isResidencePermit()).isEqualTo(text.startsWith("81") || text.startsWith("82") || text.startsWith("83"));
    });
  }

  @Test
  void noiseDecoratedNumberParsesToTheSameValue() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String text = IdentifierGenerators.validResidentId(random, today(clock));
      String noisy = IdentifierGenerators.withNoise(random, text);
      assertThat(parser.parse(noisy)).isEqualTo(parser.parse(text));
      assertThat(parser.parse(noisy).value()).isEqualTo(text);
      assertThat(parser.isValid(noisy)).isTrue();
      assertThat(parser.tryParse(noisy).map(ResidentIdNumber::value)).contains(text);
    });
  }

  @Test
  void checkCharacterAgreesWithTheFormulaOfGb11643() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 17; i++) {
        body.append((char) ('0' + random.nextInt(10)));
      }
      assertThat(ResidentIdNumber.checkCharacter(body)).isEqualTo(ReferenceChecks.gb11643(body));
    });
  }

  /**
   * All substitutions, the check position included: the check character is a function of the
   * other 17, so no other check character can also be right.
   */
  @Test
  void everySingleSubstitutionIsRejected() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String text = IdentifierGenerators.validResidentId(random, today(clock));
      for (int i = 0; i < 18; i++) {
        for (char c : ALPHABET.toCharArray()) {
          if (c != text.charAt(i)) {
            assertRejected(parser, text.substring(0, i) + c + text.substring(i + 1));
          }
        }
      }
      assertRejected(parser, IdentifierGenerators.substituteOneCharacter(random, text, ALPHABET));
    });
  }

  @Test
  void everyAdjacentTranspositionOfDifferentCharactersIsRejected() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String text = IdentifierGenerators.validResidentId(random, today(clock));
      for (int i = 0; i + 1 < 18; i++) {
        if (text.charAt(i) != text.charAt(i + 1)) {
          assertRejected(parser, text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2));
        }
      }
      assertRejected(parser, IdentifierGenerators.transposeAdjacent(random, text));
    });
  }

  @Test
  void legacyNumberUpgradesByInsertingTheCenturyAndComputingTheCheck() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = TimeGenerators.fixedClockInChina(random, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String legacy = IdentifierGenerators.validLegacyResidentId15(random);
      String body = legacy.substring(0, 6) + "19" + legacy.substring(6);
      String expected = body + ReferenceChecks.gb11643(body);

      ResidentIdNumber id = parser.parse(legacy);
      assertThat(id.value()).isEqualTo(expected);
      assertThat(id.upgradedFromLegacy()).isTrue();
      assertThat(id.birthDate().getYear()).isEqualTo(1900 + Integer.parseInt(legacy.substring(6, 8)));
      assertThat(id.sex()).isEqualTo((legacy.charAt(14) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      assertThat(parser.parse(id.value())).isEqualTo(id); // the same person, whichever form is given
      assertThat(parser.parse(id.value()).upgradedFromLegacy()).isFalse();
      assertThat(parser.tryParse(legacy)).contains(id);
      assertThat(parser.isValid(legacy)).isTrue();
    });
  }

  @Test
  void noiseDecoratedLegacyNumberParsesToTheSameUpgradedValue() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(
          TimeGenerators.fixedClockInChina(random, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)));
      String legacy = IdentifierGenerators.validLegacyResidentId15(random);
      ResidentIdNumber noisy = parser.parse(IdentifierGenerators.withNoise(random, legacy));
      assertThat(noisy).isEqualTo(parser.parse(legacy));
      assertThat(noisy.upgradedFromLegacy()).isTrue();
    });
  }

  @Test
  void aNumberBornTodayIsValidAndOneBornTomorrowIsNot() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      LocalDate today = today(clock);
      assertThat(parser.isValid(IdentifierGenerators.residentIdWithBirthDateField(random, yyyymmdd(today)))).isTrue();
      assertThat(parser.isValid(IdentifierGenerators.residentIdWithBirthDateField(random, yyyymmdd(today.plusDays(1))))).isFalse();
    });
  }

  @Test
  void noValidForeignPermanentResidentIdOf2023IsAResidentIdNumberNorTheOtherWayRound() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      assertThat(parser.isValid(IdentifierGenerators.validForeignPermanentResidentId2023(random))).isFalse();
      assertThat(ForeignPermanentResidentId.isValid(IdentifierGenerators.validResidentId(random, today(clock)))).isFalse();
    });
  }

  static String yyyymmdd(LocalDate d) {
    return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static void assertRejected(ResidentIdNumber.Parser parser, String text) {
    assertThat(parser.isValid(text)).as("valid after mutation").isFalse();
    assertThat(parser.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(InvalidIdentifierException.class);
  }
}
