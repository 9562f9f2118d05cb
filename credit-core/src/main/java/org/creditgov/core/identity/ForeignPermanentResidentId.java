package org.creditgov.core.identity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.creditgov.core.identity.InvalidIdentifierException.Problem;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The number of a foreign permanent resident ID card (外国人永久居留身份证), in either edition
 * (policy-facts.md §5c):
 *
 * <ul>
 *   <li>{@link Edition#EDITION_2023}: 18 characters, first digit 9, 17 digits and an ISO 7064
 *       MOD 11-2 check character as in GB 11643. The meaning of positions 2–17 is not confirmed,
 *       so they are not decoded.
 *   <li>{@link Edition#EDITION_2017}: 15 characters, 3 letters (a nationality code) and 12 digits,
 *       with no check character known.
 * </ul>
 *
 * <p>Personal data: {@link #toString()} is masked; the raw value only through {@link #value()}.
 */
public final class ForeignPermanentResidentId {

  /** The two editions of the card. */
  public enum Edition {
    /** 3 letters + 12 digits, issued from 2017. */
    EDITION_2017,
    /** 18 characters beginning with 9, issued from 2023-12-01. */
    EDITION_2023
  }

  private final String value;

  private ForeignPermanentResidentId(String value) {
    this.value = value;
  }

  /**
   * Parses a number of either edition.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidIdentifierException if the text is not a valid number, listing every problem
   */
  public static ForeignPermanentResidentId parse(String text) {
    requireNonNull(text, "text of a foreign permanent resident ID is null");
    Optional<ForeignPermanentResidentId> id = tryParse(text);
    if (id.isEmpty()) {
      throw diagnose(text).exception();
    }
    return id.get();
  }

  /**
   * Every problem of {@code text} as a number, in fix order: the length and each character outside
   * the alphabet or the edition's structure ({@link Reason#LENGTH}, {@link Reason#ALPHABET}, {@link
   * Reason#FORMAT}; a 2023-edition number starts with 9), then the check character of the 2023
   * edition (position 18, {@link Reason#CHECKSUM}); empty when it is valid.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static ImmutableList<Problem> problems(String text) {
    requireNonNull(text, "text of a foreign permanent resident ID is null");
    return isValid(text) ? ImmutableList.of() : diagnose(text).problems();
  }

  private static Diagnosis diagnose(String text) {
    Diagnosis d = Diagnosis.of(IdentifierType.FOREIGN_PERMANENT_RESIDENT_ID, text,
        c -> Diagnosis.isDigit(c) || c >= 'A' && c <= 'Z', 18, 15);
    if (!d.lengthIsValid()) {
      return d;
    }
    int[] u = d.units;
    if (u.length == 18) {
      for (int i = 0; i < 18; i++) {
        int c = u[i];
        if (c != Diagnosis.PAIR_TAIL && !Diagnosis.isDigit(c) && !(i == 17 && c == 'X')) {
          d.at(c >= 'A' && c <= 'Z' ? Reason.FORMAT : Reason.ALPHABET, i + 1);
        }
      }
      if (Diagnosis.isDigit(u[0]) && u[0] != '9') {
        d.at(Reason.FORMAT, 1);
      }
      if (d.digits(0, 17) && (Diagnosis.isDigit(u[17]) || u[17] == 'X')) {
        StringBuilder body = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
          body.append((char) u[i]);
        }
        if (Mod11_2.checkCharacter(body) != u[17]) {
          d.at(Reason.CHECKSUM, 18);
        }
      }
      return d;
    }
    for (int i = 0; i < 15; i++) {
      int c = u[i];
      boolean letter = c >= 'A' && c <= 'Z';
      if (c == Diagnosis.PAIR_TAIL) {
        continue;
      }
      if (!letter && !Diagnosis.isDigit(c)) {
        d.at(Reason.ALPHABET, i + 1);
      } else if (letter != (i < 3)) {
        d.at(Reason.FORMAT, i + 1);
      }
    }
    return d;
  }

  /** Parses; empty for null or invalid text. Never throws. */
  public static Optional<ForeignPermanentResidentId> tryParse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    int start = IdentifierText.trimmedStart(text);
    int end = IdentifierText.trimmedEnd(text, start);
    if (end - start != 18 && end - start != 15) {
      return Optional.empty();
    }
    String canonical = IdentifierText.canonical(text, start, end);
    return check(canonical) == Failure.OK
        ? Optional.of(new ForeignPermanentResidentId(canonical))
        : Optional.empty();
  }

  /** Whether {@code text} is a valid number of either edition; false for null. */
  public static boolean isValid(@Nullable String text) {
    return tryParse(text).isPresent();
  }

  private static int check(String s) {
    if (s.length() == 18) {
      for (int i = 0; i < 18; i++) {
        char c = s.charAt(i);
        if (!IdentifierText.isDigit(c) && !(i == 17 && c == 'X')) {
          return Failure.of(isAsciiLetter(c) ? Reason.FORMAT : Reason.ALPHABET, i + 1);
        }
      }
      if (s.charAt(0) != '9') {
        return Failure.of(Reason.FORMAT, 1);
      }
      return Mod11_2.checkCharacter(s) == s.charAt(17) ? Failure.OK : Failure.of(Reason.CHECKSUM, 18);
    }
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      boolean letter = isAsciiLetter(c);
      if (!letter && !IdentifierText.isDigit(c)) {
        return Failure.of(Reason.ALPHABET, i + 1);
      }
      if (letter != (i < 3)) {
        return Failure.of(Reason.FORMAT, i + 1);
      }
    }
    return Failure.OK;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The canonical number. */
  public String value() {
    return value;
  }

  /** Which edition of the card the number belongs to. */
  public Edition edition() {
    return value.length() == 18 ? Edition.EDITION_2023 : Edition.EDITION_2017;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ForeignPermanentResidentId
        && ((ForeignPermanentResidentId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** A masked form: the first character and the last two. */
  @Override
  public String toString() {
    return "ForeignPermanentResidentId[" + IdentifierText.keepEnds(value, 1, 2) + "]";
  }
}
