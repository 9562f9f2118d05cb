package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import java.util.ArrayList;
import org.creditgov.core.identity.InvalidIdentifierException.Problem;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.ReferenceChecks;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.creditgov.testkit.TimeGenerators;

/**
 * A targeted corruption gets its own reason code and position, judged against a fixed {@link
 * Clock} (DESIGN.md: bad external data gets a typed exception with a reason code and the
 * location): a wrong length is {@link Reason#LENGTH} without a position, an emoji is {@link
 * Reason#ALPHABET} at its position, a wrong check character is {@link Reason#CHECKSUM} at 18, an
 * unknown province is {@link Reason#REGION}, an impossible, future or pre-1900 birth date is
 * {@link Reason#BIRTH_DATE}; and decorating a bad input does not change its reason or position.
 */
class InvalidIdentifierReasonTest {

  private static final String PROVINCES_THAT_ISSUE = String.join(",", IdentifierGenerators.RESIDENT_ID_PROVINCE_CODES);

  private static Clock clock(SplittableRandom random) {
    return TimeGenerators.fixedClockInChina(random, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
  }

  private static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  @Test
  void aWrongLengthIsLengthWithoutAPosition() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      String valid = IdentifierGenerators.validResidentId(random, today(clock));
      int length;
      do {
        length = random.nextInt(40);
      } while (length == 15 || length == 18);
      String text = (valid + valid + valid).substring(0, length);
      InvalidIdentifierException e = failure(ResidentIdNumber.parser(clock)::parse, text);
      assertThat(e.reason()).isEqualTo(Reason.LENGTH);
      assertThat(e.position()).isEmpty();
      assertThat(e.identifierType()).isEqualTo(IdentifierType.RESIDENT_ID_NUMBER);
      InvalidIdentifierException u = failure(UnifiedSocialCreditCode::parse, text);
      assertThat(u.reason()).isEqualTo(Reason.LENGTH);
      assertThat(u.position()).isEmpty();
      assertThat(failure(UnifiedSocialCreditCode::parse, IdentifierGenerators.validUscc(random) + "0").reason())
          .isEqualTo(Reason.LENGTH);
    });
  }

  @Test
  void anEmojiIsAlphabetAtItsPosition() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      String emoji = new String(Character.toChars(0x1F600 + random.nextInt(0x40)));
      int at = random.nextInt(17); // the emoji's two UTF-16 units replace the characters at at, at + 1
      String id = withEmoji(IdentifierGenerators.validResidentId(random, today(clock)), at, emoji);
      assertReason(failure(ResidentIdNumber.parser(clock)::parse, id), Reason.ALPHABET, at + 1);
      String code = withEmoji(IdentifierGenerators.validUscc(random), at, emoji);
      assertReason(failure(UnifiedSocialCreditCode::parse, code), Reason.ALPHABET, at + 1);
      String foreign = withEmoji(IdentifierGenerators.validForeignPermanentResidentId2023(random), at, emoji);
      assertReason(failure(ForeignPermanentResidentId::parse, foreign), Reason.ALPHABET, at + 1);
    });
  }

  private static String withEmoji(String valid, int at, String emoji) {
    return valid.substring(0, at) + emoji + valid.substring(at + 2);
  }

  @Test
  void aWrongCheckCharacterIsChecksumAtPosition18() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      String id = IdentifierGenerators.validResidentId(random, today(clock));
      String badId = id.substring(0, 17) + other(random, IdentifierGenerators.RESIDENT_ID_ALPHABET, id.charAt(17));
      assertReason(failure(ResidentIdNumber.parser(clock)::parse, badId), Reason.CHECKSUM, 18);

      String code = IdentifierGenerators.validUscc(random);
      String badCode = code.substring(0, 17) + other(random, IdentifierGenerators.USCC_ALPHABET, code.charAt(17));
      assertReason(failure(UnifiedSocialCreditCode::parse, badCode), Reason.CHECKSUM, 18);

      String foreign = IdentifierGenerators.validForeignPermanentResidentId2023(random);
      String badForeign = foreign.substring(0, 17) + other(random, IdentifierGenerators.RESIDENT_ID_ALPHABET, foreign.charAt(17));
      assertReason(failure(ForeignPermanentResidentId::parse, badForeign), Reason.CHECKSUM, 18);
    });
  }

  @Test
  void anUnknownProvinceIsRegion() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      String province;
      do {
        province = String.format("%02d", random.nextInt(100));
      } while (PROVINCES_THAT_ISSUE.contains(province));
      String id = IdentifierGenerators.validResidentId(random, today(clock));
      String body = province + id.substring(2, 17);
      assertReason(failure(ResidentIdNumber.parser(clock)::parse, body + ResidentIdNumber.checkCharacter(body)), Reason.REGION, 1);

      String legacy = IdentifierGenerators.validLegacyResidentId15(random);
      assertReason(failure(ResidentIdNumber.parser(clock)::parse, province + legacy.substring(2)), Reason.REGION, 1);
    });
  }

  @Test
  void anImpossibleFutureOrPre1900BirthDateIsBirthDate() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      LocalDate today = today(clock);
      int year = 1900 + random.nextInt(today.getYear() - 1900 + 1);
      int nonLeap = year;
      while (Year.isLeap(nonLeap)) {
        nonLeap--; // 1900 is a common year, so this stops by 1900
      }
      LocalDate future = today.plusDays(1 + random.nextInt(365 * 80));
      List<String> dates = List.of(
          String.format("%04d0230", year), // 30 February
          String.format("%04d0431", year), // 31 April
          String.format("%04d0229", nonLeap), // 29 February of a common year (1900 included)
          String.format("%04d1301", year), // month 13
          String.format("%04d0100", year), // day 0
          String.format("%04d0001", year), // month 0
          "1899" + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)), // before 1900
          "18991231",
          ResidentIdNumberPropertiesTest.yyyymmdd(today.plusDays(1)), // tomorrow
          ResidentIdNumberPropertiesTest.yyyymmdd(future));
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      for (String date : dates) {
        String id = IdentifierGenerators.residentIdWithBirthDateField(random, date);
        assertReason(failure(parser::parse, id), Reason.BIRTH_DATE, 7);
      }
    });
  }

  @Test
  void aLegacyNumberWithAnImpossibleDateIsBirthDate() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock(random));
      String legacy = IdentifierGenerators.validLegacyResidentId15(random);
      int yy;
      do {
        yy = random.nextInt(100);
      } while (Year.isLeap(1900 + yy)); // 1900 is a common year: 000229 is no date
      for (String date : List.of(String.format("%02d0229", yy), "990230", "001301", "000100")) {
        assertReason(failure(parser::parse, legacy.substring(0, 6) + date + legacy.substring(12)), Reason.BIRTH_DATE, 7);
      }
    });
  }

  @Test
  void aLetterWhereADigitBelongsIsFormatAtItsPosition() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      String id = IdentifierGenerators.validResidentId(random, today(clock));
      int at = random.nextInt(17);
      assertReason(failure(ResidentIdNumber.parser(clock)::parse, id.substring(0, at) + 'X' + id.substring(at + 1)), Reason.FORMAT, at + 1);

      String code = IdentifierGenerators.validUscc(random);
      int inDivision = 2 + random.nextInt(6);
      char letter = IdentifierGenerators.USCC_ALPHABET.charAt(10 + random.nextInt(21));
      assertReason(failure(UnifiedSocialCreditCode::parse, code.substring(0, inDivision) + letter + code.substring(inDivision + 1)),
          Reason.FORMAT, inDivision + 1);
    });
  }

  @Test
  void decoratingABadInputChangesNeitherItsReasonNorItsPosition() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      ResidentIdNumber.Parser parser = ResidentIdNumber.parser(clock);
      String valid = IdentifierGenerators.validResidentId(random, today(clock));
      String bad = random.nextBoolean()
          ? IdentifierGenerators.substituteOneCharacter(random, valid, IdentifierGenerators.RESIDENT_ID_ALPHABET)
          : IdentifierGenerators.transposeAdjacent(random, valid);
      InvalidIdentifierException plain = failure(parser::parse, bad);
      InvalidIdentifierException noisy = failure(parser::parse, IdentifierGenerators.withNoise(random, bad));
      assertThat(noisy.reason()).isEqualTo(plain.reason());
      assertThat(noisy.position()).isEqualTo(plain.position());

      String code = IdentifierGenerators.substituteOneCharacter(random, IdentifierGenerators.validUscc(random), IdentifierGenerators.USCC_ALPHABET);
      InvalidIdentifierException plainCode = failure(UnifiedSocialCreditCode::parse, code);
      InvalidIdentifierException noisyCode = failure(UnifiedSocialCreditCode::parse, IdentifierGenerators.withNoise(random, code));
      assertThat(noisyCode.reason()).isEqualTo(plainCode.reason());
      assertThat(noisyCode.position()).isEqualTo(plainCode.position());
    });
  }

  /**
   * The issue's case, as a property: a valid number broken in 1 to 3 of its parts (a letter in the
   * sequence code, an unknown province, an impossible or future birth date, a wrong check
   * character) reports every broken part, in the order a clerk fixes them, each at its positions;
   * the check character is reported exactly when the reference formula says it no longer matches.
   * Broken only in its check character, a number reports only that.
   */
  @Test
  void aResidentIdBrokenInSeveralPartsReportsEveryPartInFixOrder() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      Clock clock = clock(random);
      LocalDate today = today(clock);
      char[] id = IdentifierGenerators.validResidentId(random, today).toCharArray();
      List<String> parts = new ArrayList<>(List.of("alphabet", "region", "birth", "check"));
      java.util.Collections.shuffle(parts, new java.util.Random(random.nextLong()));
      List<String> broken = parts.subList(0, 1 + random.nextInt(3));
      List<String> expected = new ArrayList<>();
      if (broken.contains("alphabet")) {
        int at = 14 + random.nextInt(3); // the sequence code: no other part depends on it
        id[at] = (char) ('A' + random.nextInt(23)); // A..W: never X
        expected.add("ALPHABET@" + (at + 1));
      }
      if (broken.contains("region")) {
        String p;
        do {
          p = String.format("%02d", random.nextInt(100));
        } while (IdentifierGenerators.RESIDENT_ID_PROVINCE_CODES.contains(p));
        id[0] = p.charAt(0);
        id[1] = p.charAt(1);
        expected.add("REGION@1-2");
      }
      if (broken.contains("birth")) {
        String date = random.nextBoolean() ? ResidentIdNumberPropertiesTest.yyyymmdd(today.plusDays(1 + random.nextInt(3000)))
            : String.format("%04d1%d01", 1900 + random.nextInt(100), 3 + random.nextInt(7)); // month 13-19
        for (int k = 0; k < 8; k++) {
          id[6 + k] = date.charAt(k);
        }
        expected.add("BIRTH_DATE@7-14");
      }
      String body = new String(id, 0, 17);
      boolean bodyDigits = body.chars().allMatch(Character::isDigit);
      if (broken.contains("check")) {
        char right = bodyDigits ? ReferenceChecks.gb11643(body) : id[17];
        do {
          id[17] = IdentifierGenerators.RESIDENT_ID_ALPHABET.charAt(random.nextInt(11));
        } while (id[17] == right);
      }
      if (bodyDigits && ReferenceChecks.gb11643(body) != id[17]) {
        expected.add("CHECKSUM@18");
      }
      String text = new String(id);
      InvalidIdentifierException e = failure(ResidentIdNumber.parser(clock)::parse, text);
      assertThat(e.problems()).extracting(Problem::toString).as("%s broken in %s", text, broken).containsExactlyElementsOf(expected);
      assertThat(ResidentIdNumber.parser(clock).problems(text)).isEqualTo(e.problems());
      assertThat(e.reason()).isEqualTo(e.problems().get(0).reason());
      assertThat(e.position()).isEqualTo(e.problems().get(0).position());
      if (broken.equals(List.of("check"))) {
        assertThat(expected).containsExactly("CHECKSUM@18");
      }
    });
  }

  /** The same for credit codes: alphabet, division-code digits, the organisation code (strict), the check character. */
  @Test
  void aCreditCodeBrokenInSeveralPartsReportsEveryPartInFixOrder() {
    Seeds.forEachSeed(500, seed -> {
      SplittableRandom random = Seeds.random(seed);
      char[] code = IdentifierGenerators.validUsccWithValidOrganisationCode(random).toCharArray();
      List<String> parts = new ArrayList<>(List.of("alphabet", "division", "organisation", "check"));
      java.util.Collections.shuffle(parts, new java.util.Random(random.nextLong()));
      List<String> broken = parts.subList(0, 1 + random.nextInt(3));
      List<String> expected = new ArrayList<>();
      if (broken.contains("alphabet")) {
        code[random.nextInt(2)] = "IOSVZ*".charAt(random.nextInt(6)); // positions 1-2: no other part depends on them
      }
      for (int i = 0; i < 2; i++) {
        if (IdentifierGenerators.USCC_ALPHABET.indexOf(code[i]) < 0) {
          expected.add("ALPHABET@" + (i + 1));
        }
      }
      if (broken.contains("division")) {
        int at = 2 + random.nextInt(6);
        code[at] = IdentifierGenerators.USCC_ALPHABET.charAt(10 + random.nextInt(21));
        expected.add("FORMAT@" + (at + 1));
      }
      if (broken.contains("organisation")) {
        char right = ReferenceChecks.gb11714(new String(code, 8, 8));
        do {
          code[16] = IdentifierGenerators.USCC_ALPHABET.charAt(random.nextInt(31));
        } while (code[16] == right);
        expected.add("ORGANISATION_CODE_CHECKSUM@17");
      }
      String body = new String(code, 0, 17);
      boolean inAlphabet = body.chars().allMatch(c -> IdentifierGenerators.USCC_ALPHABET.indexOf(c) >= 0);
      if (broken.contains("check")) {
        char right = inAlphabet ? ReferenceChecks.gb32100(body) : code[17];
        do {
          code[17] = IdentifierGenerators.USCC_ALPHABET.charAt(random.nextInt(31));
        } while (code[17] == right);
      } else if (inAlphabet) {
        code[17] = ReferenceChecks.gb32100(body); // only the parts broken on purpose
      }
      if (inAlphabet && ReferenceChecks.gb32100(body) != code[17]) {
        expected.add("CHECKSUM@18");
      }
      String text = new String(code);
      InvalidIdentifierException e = failure(t -> UnifiedSocialCreditCode.parse(t, ValidationLevel.STRICT), text);
      assertThat(e.problems()).extracting(Problem::toString).as("%s broken in %s", text, broken).containsExactlyElementsOf(expected);
      assertThat(UnifiedSocialCreditCode.problems(text, ValidationLevel.STRICT)).isEqualTo(e.problems());
      assertThat(e.messageZh() + e.messageEn() + e.getMessage()).doesNotContain(text);
    });
  }

  private static InvalidIdentifierException failure(Function<String, ?> parse, String text) {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> parse.apply(text));
    assertThat(e).as("the input must be rejected").isNotNull();
    return e;
  }

  private static void assertReason(InvalidIdentifierException e, Reason reason, int position) {
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.position()).hasValue(position);
  }

  private static char other(SplittableRandom random, String alphabet, char c) {
    char o;
    do {
      o = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (o == c);
    return o;
  }
}
