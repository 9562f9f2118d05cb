package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.creditgov.testkit.TimeGenerators;

/**
 * A personal identifier never shows in what ends up in logs (CAT-6: disclosure never exposes
 * personal privacy; PRI-3: personal information is desensitized): the {@code toString()} of a
 * {@link ResidentIdNumber} or {@link ForeignPermanentResidentId} holds neither the number nor the
 * 8-digit birth date, and no {@link InvalidIdentifierException} message, in any language, holds
 * the input or its birth date, whatever is wrong with it.
 */
class PersonalDataNeverLeaksTest {

  @Test
  void toStringOfAResidentIdNumberHidesTheNumberAndTheBirthDate() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = TimeGenerators.fixedClockInChina(random, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String input = random.nextBoolean()
          ? IdentifierGenerators.validResidentId(random, LocalDate.ofInstant(clock.instant(), clock.getZone()))
          : IdentifierGenerators.validLegacyResidentId15(random);
      ResidentIdNumber id = parser.parse(input);
      String shown = id.toString();
      assertThat(shown)
          .doesNotContain(id.value())
          .doesNotContain(input)
          .doesNotContain(id.value().substring(6, 14))
          .doesNotContain(id.birthDate().toString())
          .doesNotContain(id.value().substring(0, 17)) // the body without the check character
          .contains(id.addressCode()); // masked, not empty: the documented form
    });
  }

  @Test
  void toStringOfAForeignPermanentResidentIdHidesTheNumber() {
    Seeds.forEachSeed(500, seed -> {
      String input = IdentifierGenerators.validForeignPermanentResidentId(Seeds.random(seed));
      ForeignPermanentResidentId id = ForeignPermanentResidentId.parse(input);
      assertThat(id.toString())
          .doesNotContain(input)
          .doesNotContain(input.substring(0, input.length() - 2))
          .doesNotContain(input.substring(1));
    });
  }

  @Test
  void noExceptionMessageHoldsTheInputOrItsBirthDate() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = TimeGenerators.fixedClockInChina(random, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
      LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      for (String bad : corruptionsOf(random, IdentifierGenerators.validResidentId(random, today), today)) {
        assertNoLeak(catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse(bad)), bad);
      }
      for (String bad : corruptionsOf(random, IdentifierGenerators.validLegacyResidentId15(random), null)) {
        assertNoLeak(catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse(bad)), bad);
      }
      for (String bad : corruptionsOf(random, IdentifierGenerators.validForeignPermanentResidentId2023(random), null)) {
        assertNoLeak(catchThrowableOfType(InvalidIdentifierException.class, () -> ForeignPermanentResidentId.parse(bad)), bad);
      }
      for (String bad : corruptionsOf(random, IdentifierGenerators.validUscc(random), null)) {
        assertNoLeak(catchThrowableOfType(InvalidIdentifierException.class, () -> UnifiedSocialCreditCode.parse(bad)), bad);
      }
    });
  }

  /**
   * Invalid variants of a valid identifier, one per way to be wrong: a substitution (a different
   * check character for the 18-character forms), a transposition, a character too many and too
   * few, an emoji, a letter where a digit belongs, and for a resident ID an impossible or future
   * birth date and an unknown province; each maybe with the decorations of real input.
   */
  private static List<String> corruptionsOf(SplittableRandom random, String valid, @Nullable LocalDate today) {
    List<String> bad = new ArrayList<>();
    int n = valid.length();
    if (n == 18) {
      bad.add(valid.substring(0, 17) + otherCheck(valid.charAt(17)));
      bad.add(IdentifierGenerators.transposeAdjacent(random, valid));
      bad.add(valid.substring(0, 6) + "\uD83D\uDE00" + valid.substring(8));
    }
    bad.add(valid + valid.charAt(random.nextInt(n)));
    bad.add(valid.substring(0, n - 1));
    bad.add(valid.substring(0, 9) + "O" + valid.substring(10)); // in no identifier's alphabet there
    if (today != null) {
      bad.add(withCheck(valid.substring(0, 10) + "0230" + valid.substring(14, 17)));
      bad.add(withCheck(valid.substring(0, 6) + "1899" + valid.substring(10, 17)));
      bad.add(withCheck(valid.substring(0, 6) + (today.getYear() + 1 + random.nextInt(100)) + valid.substring(10, 17)));
      bad.add(withCheck("99" + valid.substring(2, 17)));
    }
    List<String> decorated = new ArrayList<>(bad);
    for (String b : bad) {
      decorated.add(IdentifierGenerators.withNoise(random, b));
    }
    return decorated;
  }

  private static String withCheck(String body17) {
    return body17 + ResidentIdNumber.checkCharacter(body17);
  }

  private static char otherCheck(char c) {
    return c == 'X' ? '0' : c == '9' ? 'X' : (char) (c + 1);
  }

  private static void assertNoLeak(InvalidIdentifierException e, String input) {
    assertThat(e).as("an invalid identifier must be rejected").isNotNull();
    String trimmed = input.strip().replace("\u3000", "").replace("\u00A0", "");
    List<String> secrets = new ArrayList<>(List.of(input, trimmed, canonical(trimmed)));
    String digits = canonical(trimmed);
    if (digits.length() >= 14) {
      secrets.add(digits.substring(6, 14)); // the birth-date field of an 18-character number
    }
    if (digits.length() >= 12 && digits.length() <= 16) {
      secrets.add("19" + digits.substring(6, 12)); // the birth date of a 15-digit number
    }
    for (String message : List.of(e.getMessage(), e.getLocalizedMessage(), e.messageZh(), e.messageEn(), e.toString())) {
      for (String secret : secrets) {
        assertThat(message).doesNotContain(secret);
      }
    }
  }

  /** Full-width to half-width and upper case, as the parsers normalise. */
  private static String canonical(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(Character.toUpperCase(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c));
    }
    return out.toString();
  }
}
