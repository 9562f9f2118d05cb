package org.creditgov.core.identity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.creditgov.core.identity.InvalidIdentifierException.Problem;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character public code of a
 * legal person, unincorporated organisation or individual business.
 *
 * <p>Layout: registration-authority code (1), organisation-type code (1), the registering
 * authority's administrative-division code (6 digits, GB/T 2260), the subject identifier (9
 * characters, the organisation code of GB 11714), and a check character over the 31-symbol
 * alphabet {@code 0-9A-Z} without {@code I O Z S V}, with weights 3^(i-1) mod 31 (policy-facts.md
 * §5a).
 *
 * <p>Input is normalised first (outer whitespace trimmed, full-width digits and letters to
 * half-width, letters to upper case) and nothing else is guessed. An organisation's code is public
 * information, so {@link #toString()} prints it whole. Instances are immutable and thread-safe.
 */
public final class UnifiedSocialCreditCode {

  static final int LENGTH = 18;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final byte[] VALUE = new byte[128];
  private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  static {
    Arrays.fill(VALUE, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code under {@link ValidationLevel#STANDARD}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidIdentifierException if the text is not a valid code, with the reason
   */
  public static UnifiedSocialCreditCode parse(String text) {
    return parse(text, ValidationLevel.STANDARD);
  }

  /**
   * Parses a code at the given validation level.
   *
   * @throws NullPointerException if an argument is null
   * @throws InvalidIdentifierException if the text is not a valid code, listing every problem
   */
  public static UnifiedSocialCreditCode parse(String text, ValidationLevel level) {
    requireNonNull(text, "text of a unified social credit code is null");
    requireNonNull(level, "level");
    String canonical = validCanonical(text, level);
    if (canonical == null) {
      throw diagnose(text, level).exception();
    }
    return new UnifiedSocialCreditCode(canonical);
  }

  /**
   * Every problem of {@code text} as a code under {@link ValidationLevel#STANDARD}, in the order a
   * clerk fixes them; empty when it is valid.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static ImmutableList<Problem> problems(String text) {
    return problems(text, ValidationLevel.STANDARD);
  }

  /**
   * Every problem of {@code text} as a code at the given level, in the order a clerk fixes them:
   * the length and each character outside the alphabet ({@link Reason#LENGTH}, {@link
   * Reason#ALPHABET}), each letter in the division code (positions 3–8, {@link Reason#FORMAT}), at
   * {@link ValidationLevel#STRICT} the organisation code's check character (position 17, {@link
   * Reason#ORGANISATION_CODE_CHECKSUM}), then the check character (position 18, {@link
   * Reason#CHECKSUM}); empty when it is valid. The same problems as {@link
   * InvalidIdentifierException#problems()} of {@link #parse(String, ValidationLevel)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<Problem> problems(String text, ValidationLevel level) {
    requireNonNull(text, "text of a unified social credit code is null");
    requireNonNull(level, "level");
    return validCanonical(text, level) != null ? ImmutableList.of() : diagnose(text, level).problems();
  }

  /** The problems of an input the fast pass refused, in fix order. */
  private static Diagnosis diagnose(String text, ValidationLevel level) {
    Diagnosis d = Diagnosis.of(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, text, c -> c < 128 && VALUE[c] >= 0, LENGTH);
    if (!d.lengthIsValid()) {
      return d;
    }
    int[] u = d.units;
    boolean allInAlphabet = true;
    for (int i = 0; i < LENGTH; i++) {
      if (u[i] != Diagnosis.PAIR_TAIL && value(u[i]) < 0) {
        d.at(Reason.ALPHABET, i + 1);
      }
      allInAlphabet &= value(u[i]) >= 0;
    }
    for (int i = 2; i < 8; i++) {
      if (value(u[i]) > 9) {
        d.at(Reason.FORMAT, i + 1);
      }
    }
    if (level == ValidationLevel.STRICT && inAlphabet(u, 8, 17)) {
      StringBuilder body8 = new StringBuilder(8);
      for (int i = 8; i < 16; i++) {
        body8.append((char) u[i]);
      }
      if (organisationCodeCheckCharacter(body8) != u[16]) {
        d.at(Reason.ORGANISATION_CODE_CHECKSUM, 17);
      }
    }
    if (allInAlphabet) {
      int sum = 0;
      for (int i = 0; i < LENGTH - 1; i++) {
        sum += value(u[i]) * WEIGHTS[i];
      }
      if (value(u[LENGTH - 1]) != (31 - sum % 31) % 31) {
        d.at(Reason.CHECKSUM, LENGTH);
      }
    }
    return d;
  }

  private static boolean inAlphabet(int[] u, int from, int to) {
    for (int i = from; i < to; i++) {
      if (value(u[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int value(int c) {
    return c >= 0 && c < 128 ? VALUE[c] : -1;
  }

  /** Parses under {@link ValidationLevel#STANDARD}; empty for null or invalid text. Never throws. */
  public static Optional<UnifiedSocialCreditCode> tryParse(@Nullable String text) {
    return tryParse(text, ValidationLevel.STANDARD);
  }

  /**
   * Parses at the given level; empty for null or invalid text. Never throws on a non-null level.
   *
   * @throws NullPointerException if {@code level} is null
   */
  public static Optional<UnifiedSocialCreditCode> tryParse(
      @Nullable String text, ValidationLevel level) {
    requireNonNull(level, "level");
    String canonical = validCanonical(text, level);
    return canonical == null ? Optional.empty() : Optional.of(new UnifiedSocialCreditCode(canonical));
  }

  /** Whether {@code text} is a valid code under {@link ValidationLevel#STANDARD}; false for null. */
  public static boolean isValid(@Nullable String text) {
    return validCanonical(text, ValidationLevel.STANDARD) != null;
  }

  /**
   * Whether {@code text} is a valid code at the given level; false for null.
   *
   * @throws NullPointerException if {@code level} is null
   */
  public static boolean isValid(@Nullable String text, ValidationLevel level) {
    requireNonNull(level, "level");
    return validCanonical(text, level) != null;
  }

  /**
   * The check character for the first 17 characters of {@code body}, which must be characters of
   * the code alphabet (for generators and tests).
   *
   * @throws IllegalArgumentException if {@code body} is shorter than 17 or outside the alphabet
   */
  public static char checkCharacter(CharSequence body) {
    if (body.length() < LENGTH - 1) {
      throw new IllegalArgumentException("body needs 17 characters, has " + body.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = valueOf(body.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("character at position " + (i + 1) + " is outside the alphabet");
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The GB 11714 check character of an organisation code's first 8 characters (digits and
   * letters A–Z valued 10–35), as used by {@link ValidationLevel#STRICT}.
   *
   * @throws IllegalArgumentException if a character is not a digit or an upper-case letter
   */
  public static char organisationCodeCheckCharacter(CharSequence body8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body8.charAt(i);
      int v;
      if (IdentifierText.isDigit(c)) {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException("character at position " + (i + 1) + " is not a digit or letter");
      }
      sum += v * ORG_CODE_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  private static @Nullable String validCanonical(@Nullable String text, ValidationLevel level) {
    if (text == null) {
      return null;
    }
    int start = IdentifierText.trimmedStart(text);
    int end = IdentifierText.trimmedEnd(text, start);
    if (end - start != LENGTH) {
      return null;
    }
    if (start == 0 && end == text.length() && check(text, level) == Failure.OK) {
      return text; // the common case: already canonical, validated in one pass
    }
    String canonical = IdentifierText.canonical(text, start, end);
    return canonical != text && check(canonical, level) == Failure.OK ? canonical : null;
  }

  private static int valueOf(char c) {
    return c < 128 ? VALUE[c] : -1;
  }

  /** Validates an 18-character canonical candidate; {@link Failure#OK} or the first failure. */
  private static int check(String s, ValidationLevel level) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = s.charAt(i);
      int v = valueOf(c);
      if (v < 0) {
        return Failure.of(Reason.ALPHABET, i + 1);
      }
      if (i >= 2 && i < 8 && v > 9) {
        return Failure.of(Reason.FORMAT, i + 1);
      }
      sum += v * WEIGHTS[i];
    }
    int check = valueOf(s.charAt(LENGTH - 1));
    if (check < 0) {
      return Failure.of(Reason.ALPHABET, LENGTH);
    }
    if (check != (31 - sum % 31) % 31) {
      return Failure.of(Reason.CHECKSUM, LENGTH);
    }
    if (level == ValidationLevel.STRICT
        && organisationCodeCheckCharacter(s.subSequence(8, 16)) != s.charAt(16)) {
      return Failure.of(Reason.ORGANISATION_CODE_CHECKSUM, 17);
    }
    return Failure.OK;
  }

  /** The canonical 18-character code. */
  public String value() {
    return value;
  }

  /** The decoded registration-authority code (position 1); {@link RegistrationAuthority#UNKNOWN} when not known. */
  public RegistrationAuthority registrationAuthority() {
    return RegistrationAuthority.of(value.charAt(0));
  }

  /** The decoded organisation type (positions 1–2); {@link OrganisationType#UNKNOWN} when not known. */
  public OrganisationType organisationType() {
    return OrganisationType.of(value.charAt(0), value.charAt(1));
  }

  /** The registering authority's administrative-division code (positions 3–8, GB/T 2260). */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** The 9-character subject identifier, the organisation code of GB 11714 (positions 9–17). */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /** Whether the embedded organisation code passes its own GB 11714 check (the strict level). */
  public boolean hasValidOrganisationCode() {
    return organisationCodeCheckCharacter(value.subSequence(8, 16)) == value.charAt(16);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The whole code: an organisation's code is public information (CAT-6 governs persons' data). */
  @Override
  public String toString() {
    return "UnifiedSocialCreditCode[" + value + "]";
  }
}
