package org.creditgov.core.identity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.creditgov.core.identity.InvalidIdentifierException.Problem;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.creditgov.core.time.ChinaTime;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999), also the number on the residence permits of
 * Hong Kong, Macau and Taiwan residents (港澳台居民居住证, address codes 81, 82, 83).
 *
 * <p>Layout: address code (6 digits, GB/T 2260), birth date {@code YYYYMMDD}, sequence code (3
 * digits, odd for male), and an ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}).
 * Validation: the check character; the address code at province level (11–15, 21–23, 31–37,
 * 41–46, 50–54, 61–65, and 81/82/83 for residence permits); the birth date a real calendar date
 * from 1900-01-01 to today by the parser's clock. A 15-digit number of the 1984–1999 form is
 * accepted and upgraded to 18 characters (century 19, check character computed).
 *
 * <p>This is personal data: {@link #toString()} prints a masked form that hides the birth date and
 * the sequence code; the raw number is available only through {@link #value()}. No exception
 * message contains the input. Instances are immutable and thread-safe.
 *
 * <p>The static methods judge "today" by {@link ChinaTime#systemClock()}; code that must be
 * reproducible (tests, re-evaluating a past decision) uses {@link #parser(Clock)}.
 */
public final class ResidentIdNumber {

  private static final Parser SYSTEM = new Parser(ChinaTime.systemClock());

  private final String value;
  private final boolean upgradedFromLegacy;

  private ResidentIdNumber(String value, boolean upgradedFromLegacy) {
    this.value = value;
    this.upgradedFromLegacy = upgradedFromLegacy;
  }

  /**
   * Parses a number, judging the birth date against today in China.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidIdentifierException if the text is not a valid number, with the reason
   */
  public static ResidentIdNumber parse(String text) {
    return SYSTEM.parse(text);
  }

  /** As {@link #parse(String)}, but empty for null or invalid text; never throws. */
  public static Optional<ResidentIdNumber> tryParse(@Nullable String text) {
    return SYSTEM.tryParse(text);
  }

  /**
   * Every problem of {@code text} as a number today in China, in fix order; empty when it is valid
   * (see {@link Parser#problems(String)}).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static ImmutableList<Problem> problems(String text) {
    return SYSTEM.problems(text);
  }

  /** Whether {@code text} is a valid number today in China; false for null. */
  public static boolean isValid(@Nullable String text) {
    return SYSTEM.isValid(text);
  }

  /**
   * A parser that judges "not after today" by the given clock.
   *
   * @throws NullPointerException if {@code clock} is null
   */
  public static Parser parser(Clock clock) {
    return new Parser(requireNonNull(clock, "clock"));
  }

  /**
   * The check character of the first 17 digits of {@code body17} (for generators and tests).
   *
   * @throws IllegalArgumentException if {@code body17} has fewer than 17 characters or a non-digit
   */
  public static char checkCharacter(CharSequence body17) {
    if (body17.length() < 17) {
      throw new IllegalArgumentException("body needs 17 digits, has " + body17.length());
    }
    for (int i = 0; i < 17; i++) {
      if (!IdentifierText.isDigit(body17.charAt(i))) {
        throw new IllegalArgumentException("character at position " + (i + 1) + " is not a digit");
      }
    }
    return Mod11_2.checkCharacter(body17);
  }

  /** The canonical 18-character number (an upgraded legacy number in its 18-character form). */
  public String value() {
    return value;
  }

  /** The 6-digit address code (GB/T 2260) of the place of first registration. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The 2-digit province-level code of the address code. */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** The birth date encoded in the number. */
  public LocalDate birthDate() {
    return LocalDate.of(digits(value, 6, 4), digits(value, 10, 2), digits(value, 12, 2));
  }

  /** The sex encoded by the parity of the sequence code. */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** Whether this is the number of a Hong Kong, Macau or Taiwan resident's residence permit (81/82/83). */
  public boolean isResidencePermit() {
    char a = value.charAt(0);
    char b = value.charAt(1);
    return a == '8' && (b == '1' || b == '2' || b == '3');
  }

  /** Whether the input was a 15-digit legacy number, upgraded to {@link #value()}. */
  public boolean upgradedFromLegacy() {
    return upgradedFromLegacy;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResidentIdNumber && ((ResidentIdNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** A masked form: the address code and the last two characters; the birth date never shows. */
  @Override
  public String toString() {
    return "ResidentIdNumber[" + IdentifierText.keepEnds(value, 6, 2) + "]";
  }

  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /**
   * Parses resident ID numbers against an injected clock. Thread-safe; keep one per clock.
   */
  public static final class Parser {

    private final TodayCache today;

    Parser(Clock clock) {
      this.today = new TodayCache(clock);
    }

    /** The clock that decides "today" for the birth-date check. */
    public Clock clock() {
      return today.clock();
    }

    /**
     * Parses a number.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text is not a valid number, listing every problem
     */
    public ResidentIdNumber parse(String text) {
      requireNonNull(text, "text of a resident ID number is null");
      String canonical = validCanonical(text);
      if (canonical == null) {
        throw diagnose(text).exception();
      }
      return create(canonical);
    }

    /**
     * Every problem of {@code text} as a number, in the order a clerk fixes them: the length and
     * each character outside the alphabet ({@link Reason#LENGTH}, {@link Reason#ALPHABET}; an X
     * before the last position is {@link Reason#FORMAT}), the province code (positions 1–2, {@link
     * Reason#REGION}), the birth date (positions 7–14, or 7–12 of a 15-digit number, {@link
     * Reason#BIRTH_DATE}), then the check character (position 18, {@link Reason#CHECKSUM}); empty
     * when it is valid. The same problems as {@link InvalidIdentifierException#problems()} of
     * {@link #parse(String)}.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public ImmutableList<Problem> problems(String text) {
      requireNonNull(text, "text of a resident ID number is null");
      return validCanonical(text) != null ? ImmutableList.of() : diagnose(text).problems();
    }

    private Diagnosis diagnose(String text) {
      Diagnosis d = Diagnosis.of(IdentifierType.RESIDENT_ID_NUMBER, text, c -> Diagnosis.isDigit(c) || c == 'X', 18, 15);
      if (!d.lengthIsValid()) {
        return d;
      }
      int[] u = d.units;
      int n = u.length;
      for (int i = 0; i < n; i++) {
        int c = u[i];
        if (c != Diagnosis.PAIR_TAIL && !Diagnosis.isDigit(c) && !(n == 18 && i == 17 && c == 'X')) {
          d.at(c == 'X' ? Reason.FORMAT : Reason.ALPHABET, i + 1);
        }
      }
      if (d.digits(0, 2) && !isKnownProvince((char) u[0], (char) u[1])) {
        d.field(Reason.REGION, 1, 2);
      }
      int dateEnd = n == 18 ? 14 : 12;
      if (d.digits(6, dateEnd)) {
        int year = n == 18 ? d.number(6, 4) : 1900 + d.number(6, 2);
        int at = dateEnd - 4;
        if (!isPlausibleBirthDate(year, d.number(at, 2), d.number(at + 2, 2))) {
          d.field(Reason.BIRTH_DATE, 7, dateEnd);
        }
      }
      if (n == 18 && d.digits(0, 17) && (Diagnosis.isDigit(u[17]) || u[17] == 'X')) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
          sum += (u[i] - '0') * Mod11_2.weight(i);
        }
        if (Mod11_2.checkCharacterOfSum(sum) != u[17]) {
          d.at(Reason.CHECKSUM, 18);
        }
      }
      return d;
    }

    /** Parses; empty for null or invalid text. Never throws. */
    public Optional<ResidentIdNumber> tryParse(@Nullable String text) {
      String canonical = validCanonical(text);
      return canonical == null ? Optional.empty() : Optional.of(create(canonical));
    }

    /** Whether {@code text} is a valid number; false for null. */
    public boolean isValid(@Nullable String text) {
      return validCanonical(text) != null;
    }

    private @Nullable String validCanonical(@Nullable String text) {
      if (text == null) {
        return null;
      }
      int start = IdentifierText.trimmedStart(text);
      int end = IdentifierText.trimmedEnd(text, start);
      if (end - start != 18 && end - start != 15) {
        return null;
      }
      if (start == 0 && end == text.length() && check(text) == Failure.OK) {
        return text; // the common case: already canonical, validated in one pass
      }
      String canonical = IdentifierText.canonical(text, start, end);
      return canonical != text && check(canonical) == Failure.OK ? canonical : null;
    }

    private static ResidentIdNumber create(String canonical) {
      if (canonical.length() == 18) {
        return new ResidentIdNumber(canonical, false);
      }
      String body = canonical.substring(0, 6) + "19" + canonical.substring(6, 15);
      return new ResidentIdNumber(body + Mod11_2.checkCharacter(body), true);
    }

    /**
     * Validates a canonical candidate of 15 or 18 characters in one pass: alphabet, structure and
     * the check sum together, then region and birth date.
     */
    private int check(String s) {
      int length = s.length();
      int digitsEnd = length == 18 ? 17 : 15;
      int sum = 0;
      for (int i = 0; i < digitsEnd; i++) {
        int d = s.charAt(i) - '0';
        if (d < 0 || d > 9) {
          return Failure.of(s.charAt(i) == 'X' ? Reason.FORMAT : Reason.ALPHABET, i + 1);
        }
        sum += d * Mod11_2.weight(i);
      }
      if (length == 18) {
        char last = s.charAt(17);
        if (!IdentifierText.isDigit(last) && last != 'X') {
          return Failure.of(Reason.ALPHABET, 18);
        }
        if (Mod11_2.checkCharacterOfSum(sum) != last) {
          return Failure.of(Reason.CHECKSUM, 18);
        }
      }
      if (!isKnownProvince(s.charAt(0), s.charAt(1))) {
        return Failure.of(Reason.REGION, 1);
      }
      int year = length == 18 ? digits(s, 6, 4) : 1900 + digits(s, 6, 2);
      int dateAt = length == 18 ? 10 : 8;
      if (!isPlausibleBirthDate(year, digits(s, dateAt, 2), digits(s, dateAt + 2, 2))) {
        return Failure.of(Reason.BIRTH_DATE, 7);
      }
      return Failure.OK;
    }

    private boolean isPlausibleBirthDate(int year, int month, int day) {
      if (year < 1900 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
        return false;
      }
      return year * 10000 + month * 100 + day <= today.todayYmd();
    }
  }

  /** Province-level codes of GB/T 2260 that issue numbers, and 81–83 for residence permits. */
  static boolean isKnownProvince(char a, char b) {
    if (!IdentifierText.isDigit(a) || !IdentifierText.isDigit(b)) {
      return false;
    }
    int p = (a - '0') * 10 + (b - '0');
    return (p >= 11 && p <= 15)
        || (p >= 21 && p <= 23)
        || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54)
        || (p >= 61 && p <= 65)
        || (p >= 81 && p <= 83);
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

}
