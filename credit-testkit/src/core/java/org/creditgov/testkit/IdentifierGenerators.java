package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;

/**
 * Seeded generators of identifiers: valid unified social credit codes, resident identity numbers
 * (18 and 15 digits) and foreign permanent resident ID numbers; mutations that make a valid
 * identifier invalid; the decorations real input carries (spaces, full-width and lower-case
 * characters) that parsers must normalise away; and hostile strings no parser may crash on.
 *
 * <p>Every method is a pure function of its arguments and the state of the {@link
 * SplittableRandom} it is given, so a case is reproduced from its seed ({@link Seeds}). The valid
 * identifiers are built from their standards (GB 32100-2015, GB 11643-1999), with the check
 * characters computed by credit-core's own {@code checkCharacter} methods, which the tests of
 * credit-core check separately against the standards' worked examples.
 *
 * <p>The identifiers generated are random, not real: any resemblance to the number of a real
 * person or organisation is chance, as it is for any 18 random characters.
 */
public final class IdentifierGenerators {

  /** The 31 characters of a unified social credit code: {@code 0-9A-Z} without I, O, Z, S, V. */
  public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The characters of an 18-character resident ID number: digits, and X as a check character. */
  public static final String RESIDENT_ID_ALPHABET = "0123456789X";

  /** The earliest birth date a resident ID number may encode. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /**
   * The organisation-type codes (authority and type, positions 1–2) that GB 32100-2015 assigns and
   * credit-core decodes.
   */
  public static final List<String> KNOWN_USCC_TYPE_CODES =
      List.of("11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93", "Y1");

  /**
   * The province-level codes (first two digits) that issue resident ID numbers: GB/T 2260's
   * provinces, and 81, 82, 83 of the residence permits of Hong Kong, Macau and Taiwan residents.
   */
  public static final List<String> RESIDENT_ID_PROVINCE_CODES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "81", "82", "83");

  private static final String DIGITS = "0123456789";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  /** Whitespace users' input really carries: ASCII, line ends, the ideographic and no-break space. */
  private static final String OUTER_SPACE = " \t\r\n\u3000\u00A0";
  private static final char FULL_WIDTH_OFFSET = 0xFEE0;

  // the raw material of hostile strings
  private static final String[] EMOJI = {"\uD83D\uDE00", "\uD83C\uDDE8\uD83C\uDDF3", "\uD83D\uDCB3", "\uD83E\uDEAA"};
  private static final String OTHER_SCRIPTS =
      "零一二三四五六七八九〇壹贰叁" + "٠١٢٣٤٥٦٧٨٩" + "०१२३४५६७८९" + "АБВХЖЯ" + "ΑΒΓΧΣΩ" + "ⅠⅡⅢⅩ" + "①②③⑩" + "¹²³";
  private static final String FULL_WIDTH_PUNCTUATION = "－—：（）【】，。、；！？＃＊＋／";
  private static final String CONTROL =
      "\u0000\u0001\u0007\u0008\u001B\u007F\u0085\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\uFEFF\uFFFD\uFFFF";
  private static final String COMBINING = "\u0301\u0308\u0332\u20DD\u20E3\uFE0F";
  private static final String JUNK =
      DIGITS + "Xx*-_+.#@ IOSVZiosvz" + OTHER_SCRIPTS + FULL_WIDTH_PUNCTUATION + CONTROL + COMBINING
          + "\uD800\uDBFF\uDC00\uDFFF" + "\uFF10\uFF19\uFF38\uFF58";

  private IdentifierGenerators() {}

  // ---------------------------------------------------------------- unified social credit codes

  /**
   * A valid unified social credit code (GB 32100-2015) in canonical form: mostly a known
   * organisation-type code ({@link #KNOWN_USCC_TYPE_CODES}), sometimes any two characters of the
   * alphabet; a 6-digit division code; 9 random characters of the alphabet; the check character.
   * The embedded organisation code passes its own GB 11714 check only by chance.
   */
  public static String validUscc(SplittableRandom random) {
    StringBuilder code = usccPrefix(random);
    appendRandom(random, code, USCC_ALPHABET, 9);
    return withUsccCheck(code);
  }

  /**
   * A valid unified social credit code whose embedded 9-character organisation code also passes
   * its GB 11714 check, so it is valid under {@code ValidationLevel.STRICT} too.
   */
  public static String validUsccWithValidOrganisationCode(SplittableRandom random) {
    StringBuilder code = usccPrefix(random);
    appendRandom(random, code, USCC_ALPHABET, 8);
    code.append(UnifiedSocialCreditCode.organisationCodeCheckCharacter(code.subSequence(8, 16)));
    return withUsccCheck(code);
  }

  /**
   * A valid unified social credit code (it passes {@code ValidationLevel.STANDARD}) whose embedded
   * organisation code fails its GB 11714 check, so {@code ValidationLevel.STRICT} rejects it.
   */
  public static String validUsccWithInvalidOrganisationCode(SplittableRandom random) {
    StringBuilder code = usccPrefix(random);
    appendRandom(random, code, USCC_ALPHABET, 8);
    char orgCheck = UnifiedSocialCreditCode.organisationCodeCheckCharacter(code.subSequence(8, 16));
    code.append(otherThan(random, USCC_ALPHABET, orgCheck));
    return withUsccCheck(code);
  }

  private static StringBuilder usccPrefix(SplittableRandom random) {
    StringBuilder code = new StringBuilder(18);
    if (random.nextInt(10) < 8) {
      code.append(KNOWN_USCC_TYPE_CODES.get(random.nextInt(KNOWN_USCC_TYPE_CODES.size())));
    } else {
      appendRandom(random, code, USCC_ALPHABET, 2);
    }
    appendRandom(random, code, DIGITS, 6);
    return code;
  }

  private static String withUsccCheck(StringBuilder body17) {
    return body17.append(UnifiedSocialCreditCode.checkCharacter(body17)).toString();
  }

  // ---------------------------------------------------------------- resident ID numbers

  /**
   * A valid 18-character resident ID number (GB 11643-1999) judged against {@code today}: a
   * province-level code of {@link #RESIDENT_ID_PROVINCE_CODES} and 4 random digits, a birth date
   * from {@link #EARLIEST_BIRTH_DATE} to {@code today} (both ends and 29 February are drawn more
   * often than chance would), a 3-digit sequence code, and the MOD 11-2 check character.
   *
   * @throws IllegalArgumentException if {@code today} is before {@link #EARLIEST_BIRTH_DATE}
   */
  public static String validResidentId(SplittableRandom random, LocalDate today) {
    return residentIdWithBirthDateField(random, yyyymmdd(birthDate(random, today)));
  }

  /**
   * An 18-character resident ID number with a valid province and check character whose birth-date
   * field (positions 7–14) holds exactly {@code yyyymmdd}, which need not be a date: for tests of
   * the birth-date rule (a 30 February, a year 1899, a date after today).
   *
   * @throws IllegalArgumentException if {@code yyyymmdd} is not 8 ASCII digits
   */
  public static String residentIdWithBirthDateField(SplittableRandom random, String yyyymmdd) {
    requireDigits(yyyymmdd, 8);
    StringBuilder id = new StringBuilder(18);
    appendAddressCode(random, id);
    id.append(yyyymmdd);
    appendRandom(random, id, DIGITS, 3);
    return id.append(ResidentIdNumber.checkCharacter(id)).toString();
  }

  /**
   * A valid 15-digit resident ID number of the 1984–1999 form: address code, the birth date as
   * {@code YYMMDD} of a date from 1900-01-01 to 1999-12-31 (29 February drawn more often than
   * chance would), and a 3-digit sequence code; there is no check character.
   */
  public static String validLegacyResidentId15(SplittableRandom random) {
    LocalDate birth =
        random.nextInt(10) == 0
            ? LocalDate.of(1904 + 4 * random.nextInt(24), 2, 29)
            : LocalDate.ofEpochDay(
                random.nextLong(
                    EARLIEST_BIRTH_DATE.toEpochDay(), LocalDate.of(2000, 1, 1).toEpochDay()));
    StringBuilder id = new StringBuilder(15);
    appendAddressCode(random, id);
    id.append(yyyymmdd(birth), 2, 8);
    appendRandom(random, id, DIGITS, 3);
    return id.toString();
  }

  /**
   * The 18-character number a 15-digit legacy number upgrades to, by GB 11643-1999: the century
   * {@code 19} inserted before the year, and the MOD 11-2 check character appended.
   *
   * @throws IllegalArgumentException if {@code legacy15} is not 15 ASCII digits
   */
  public static String upgradeLegacy(String legacy15) {
    requireDigits(legacy15, 15);
    String body = legacy15.substring(0, 6) + "19" + legacy15.substring(6);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  private static void appendAddressCode(SplittableRandom random, StringBuilder id) {
    id.append(RESIDENT_ID_PROVINCE_CODES.get(random.nextInt(RESIDENT_ID_PROVINCE_CODES.size())));
    appendRandom(random, id, DIGITS, 4);
  }

  private static LocalDate birthDate(SplittableRandom random, LocalDate today) {
    requireNonNull(today, "today");
    if (today.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new IllegalArgumentException("today is before " + EARLIEST_BIRTH_DATE + ": " + today);
    }
    int pick = random.nextInt(20);
    if (pick == 0) {
      return EARLIEST_BIRTH_DATE;
    }
    if (pick == 1) {
      return today;
    }
    if (pick == 2 && today.getYear() >= 1904) {
      LocalDate leapDay = LocalDate.of(1904 + 4 * random.nextInt((today.getYear() - 1904) / 4 + 1), 2, 29);
      if (Year.isLeap(leapDay.getYear()) && !leapDay.isAfter(today)) { // 2100 is no leap year
        return leapDay;
      }
    }
    return LocalDate.ofEpochDay(random.nextLong(EARLIEST_BIRTH_DATE.toEpochDay(), today.toEpochDay() + 1));
  }

  private static String yyyymmdd(LocalDate date) {
    return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  // ---------------------------------------------------------------- foreign permanent resident IDs

  /** A valid foreign permanent resident ID number of either edition, each half of the time. */
  public static String validForeignPermanentResidentId(SplittableRandom random) {
    return random.nextBoolean()
        ? validForeignPermanentResidentId2023(random)
        : validForeignPermanentResidentId2017(random);
  }

  /**
   * A valid number of the 2023 edition: 18 characters, {@code 9} and 16 random digits, then the
   * ISO 7064 MOD 11-2 check character of GB 11643.
   */
  public static String validForeignPermanentResidentId2023(SplittableRandom random) {
    StringBuilder id = new StringBuilder(18).append('9');
    appendRandom(random, id, DIGITS, 16);
    return id.append(ResidentIdNumber.checkCharacter(id)).toString();
  }

  /** A valid number of the 2017 edition: 3 upper-case letters (a nationality code) and 12 digits. */
  public static String validForeignPermanentResidentId2017(SplittableRandom random) {
    StringBuilder id = new StringBuilder(15);
    appendRandom(random, id, UPPER, 3);
    appendRandom(random, id, DIGITS, 12);
    return id.toString();
  }

  // ---------------------------------------------------------------- mutations

  /**
   * {@code text} with the character at one random position replaced by a different character of
   * {@code alphabet}; never {@code text} itself. Pass the identifier's canonical alphabet ({@link
   * #USCC_ALPHABET}, {@link #RESIDENT_ID_ALPHABET}) so that the result is not merely a
   * decoration of the original (a lower-case letter would normalise back to it).
   *
   * @throws IllegalArgumentException if {@code text} is empty or {@code alphabet} has fewer than
   *     two distinct characters
   */
  public static String substituteOneCharacter(SplittableRandom random, String text, String alphabet) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("cannot substitute a character of the empty string");
    }
    if (alphabet.chars().distinct().count() < 2) {
      throw new IllegalArgumentException("the alphabet needs two distinct characters");
    }
    int i = random.nextInt(text.length());
    char[] chars = text.toCharArray();
    chars[i] = otherThan(random, alphabet, chars[i]);
    return new String(chars);
  }

  /**
   * {@code text} with two adjacent, different characters swapped, at a random position among those
   * where the neighbours differ; never {@code text} itself.
   *
   * @throws IllegalArgumentException if no two adjacent characters of {@code text} differ
   */
  public static String transposeAdjacent(SplittableRandom random, String text) {
    int candidates = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) != text.charAt(i + 1)) {
        candidates++;
      }
    }
    if (candidates == 0) {
      throw new IllegalArgumentException("no two adjacent characters differ");
    }
    int pick = random.nextInt(candidates);
    char[] chars = text.toCharArray();
    for (int i = 0; i + 1 < chars.length; i++) {
      if (chars[i] != chars[i + 1] && pick-- == 0) {
        char c = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = c;
        break;
      }
    }
    return new String(chars);
  }

  // ---------------------------------------------------------------- decorations and hostile input

  /**
   * {@code canonical} as a user might type or paste it: some letters in lower case, some digits
   * and letters full-width (as a Chinese input method writes them), and outer whitespace (spaces,
   * tabs, line ends, the ideographic space U+3000, the no-break space U+00A0). Only what the
   * identifier parsers are documented to normalise; at least one decoration is always applied, so
   * the result differs from {@code canonical}.
   */
  public static String withNoise(SplittableRandom random, String canonical) {
    StringBuilder out = new StringBuilder(canonical.length() + 8);
    appendRandom(random, out, OUTER_SPACE, random.nextInt(4));
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (letter && random.nextInt(3) == 0) {
        c = Character.toLowerCase(c);
      }
      if ((letter || (c >= '0' && c <= '9')) && random.nextInt(4) == 0) {
        c = (char) (c + FULL_WIDTH_OFFSET);
      }
      out.append(c);
    }
    appendRandom(random, out, OUTER_SPACE, random.nextInt(4));
    if (out.toString().equals(canonical)) {
      out.insert(0, '\u3000');
    }
    return out.toString();
  }

  /**
   * A string to throw at a parser that must reject it with its own exception, never crash on it:
   * the empty string or only whitespace; a very long string (up to about 1 MB of characters),
   * sometimes a near-valid identifier between long runs of spaces; lone high or low surrogates;
   * emoji; combining marks; other scripts' digits and letters; full-width punctuation; control
   * and format characters (NUL, ESC, DEL, zero-width space, bidi overrides, BOM); strings of
   * exactly 15 or 18 characters of such junk; and valid-looking identifiers with one such
   * character in them. A hostile string may by chance still be a valid identifier.
   */
  public static String hostileString(SplittableRandom random) {
    switch (random.nextInt(13)) {
      case 0:
        return "";
      case 1:
        return randomString(random, OUTER_SPACE + "\u2003\u2028\u000B\u001C", 1 + random.nextInt(40));
      case 2:
        return veryLong(random);
      case 3: // a lone high surrogate, at the end or inside
        return insertAt(random, randomString(random, DIGITS, 17), '\uD83D');
      case 4: // a lone low surrogate
        return insertAt(random, randomString(random, DIGITS, 17), '\uDE00');
      case 5: // emoji, as surrogate pairs, in an 18-unit string
        return replaceRun(random, randomString(random, DIGITS, 18), EMOJI[random.nextInt(EMOJI.length)]);
      case 6: // digits carrying combining marks
        return withCombiningMarks(random, randomString(random, DIGITS + "X", random.nextBoolean() ? 18 : 9));
      case 7: // other scripts: Chinese numerals, Arabic-Indic and Devanagari digits, Cyrillic, Greek
        return randomString(random, OTHER_SCRIPTS, random.nextBoolean() ? 18 : 1 + random.nextInt(30));
      case 8: // full-width punctuation amid digits, as a careless form might hold
        return randomString(random, DIGITS + FULL_WIDTH_PUNCTUATION, random.nextBoolean() ? 18 : 15);
      case 9: // control and format characters
        return randomString(random, DIGITS + CONTROL, random.nextBoolean() ? 18 : 1 + random.nextInt(30));
      case 10: // exactly 15 or 18 characters of junk
        return randomString(random, JUNK, random.nextBoolean() ? 18 : 15);
      case 11: // a valid identifier with one junk character replacing one of its own
        return replaceRun(random, anyValidIdentifier(random), String.valueOf(JUNK.charAt(random.nextInt(JUNK.length()))));
      default: // a valid identifier with junk appended or prepended
        String valid = anyValidIdentifier(random);
        String junk = randomString(random, JUNK, 1 + random.nextInt(3));
        return random.nextBoolean() ? junk + valid : valid + junk;
    }
  }

  private static String veryLong(SplittableRandom random) {
    int length = 1 + random.nextInt(1 << 20);
    if (random.nextBoolean()) { // a near-valid identifier between long runs of whitespace
      String middle = anyValidIdentifier(random);
      int left = random.nextInt(length);
      return " ".repeat(left) + middle + "\u3000".repeat(Math.max(0, length - left));
    }
    return randomString(random, random.nextBoolean() ? DIGITS : JUNK, length);
  }

  private static String anyValidIdentifier(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return validUscc(random);
      case 1:
        return validResidentId(random, LocalDate.of(2025, 1, 1));
      case 2:
        return validLegacyResidentId15(random);
      default:
        return validForeignPermanentResidentId(random);
    }
  }

  private static String withCombiningMarks(SplittableRandom random, String base) {
    StringBuilder out = new StringBuilder(base.length() * 2);
    for (int i = 0; i < base.length(); i++) {
      out.append(base.charAt(i));
      if (random.nextInt(3) == 0) {
        out.append(COMBINING.charAt(random.nextInt(COMBINING.length())));
      }
    }
    return out.toString();
  }

  private static String insertAt(SplittableRandom random, String s, char c) {
    int at = random.nextInt(s.length() + 1);
    return s.substring(0, at) + c + s.substring(at);
  }

  /** {@code s} with {@code replacement.length()} characters at a random position replaced by it. */
  private static String replaceRun(SplittableRandom random, String s, String replacement) {
    int at = random.nextInt(s.length() - replacement.length() + 1);
    return s.substring(0, at) + replacement + s.substring(at + replacement.length());
  }

  // ---------------------------------------------------------------- helpers

  private static String randomString(SplittableRandom random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    appendRandom(random, out, alphabet, length);
    return out.toString();
  }

  private static void appendRandom(SplittableRandom random, StringBuilder out, String alphabet, int count) {
    for (int i = 0; i < count; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
  }

  private static char otherThan(SplittableRandom random, String alphabet, char excluded) {
    char c;
    do {
      c = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (c == excluded);
    return c;
  }

  private static void requireDigits(String s, int count) {
    if (s.length() != count || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("expected " + count + " ASCII digits, got " + s.length() + " characters");
    }
  }
}
