package org.creditgov.core.identity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * The one exception for a string that is not a valid identifier: bad external data, so it is
 * typed, carries a {@link Reason} and the position of the fault where there is one, and explains
 * itself in zh-CN and en. Like {@link NumberFormatException} it is an {@link
 * IllegalArgumentException}.
 *
 * <p>Its message never contains the input, nor any part of it: a resident ID number is personal
 * data and an exception message ends up in logs.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.creditgov.core.identity.messages";

  /** Why a string is not a valid identifier; the names are stable codes. */
  public enum Reason {
    /** The number of characters (after trimming outer whitespace) is not one the identifier has. */
    LENGTH,
    /** A character that no position of this identifier may hold (an emoji, a lone surrogate …). */
    ALPHABET,
    /** A character of the identifier's alphabet in a position whose structure forbids it. */
    FORMAT,
    /** The check character does not match the others. */
    CHECKSUM,
    /** The administrative-division (address) code is not one of a known province. */
    REGION,
    /** The birth date is not a calendar date, is before 1900-01-01, or is after today. */
    BIRTH_DATE,
    /** The embedded GB 11714 organisation code fails its own check (strict validation only). */
    ORGANISATION_CODE_CHECKSUM
  }

  private final IdentifierType identifierType;
  private final Reason reason;
  private final int position;
  private final int length;

  InvalidIdentifierException(IdentifierType identifierType, Reason reason, int position, int length) {
    super(format(identifierType, reason, position, length, Locale.ROOT)
        + " / "
        + format(identifierType, reason, position, length, Locale.SIMPLIFIED_CHINESE));
    this.identifierType = identifierType;
    this.reason = reason;
    this.position = position;
    this.length = length;
  }

  /** The kind of identifier the input was parsed as. */
  public IdentifierType identifierType() {
    return identifierType;
  }

  /** Why the input is not valid. */
  public Reason reason() {
    return reason;
  }

  /**
   * The 1-based position of the faulty character in the trimmed input, where the fault has one
   * (not for {@link Reason#LENGTH}).
   */
  public OptionalInt position() {
    return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
  }

  /** The message in Simplified Chinese. */
  public String messageZh() {
    return format(identifierType, reason, position, length, Locale.SIMPLIFIED_CHINESE);
  }

  /** The message in English. */
  public String messageEn() {
    return format(identifierType, reason, position, length, Locale.ROOT);
  }

  private static String format(
      IdentifierType type, Reason reason, int position, int length, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    boolean zh = !locale.getLanguage().isEmpty();
    String key = reason.name() + (position > 0 ? ".at" : "");
    return new MessageFormat(bundle.getString(key), locale)
        .format(new Object[] {zh ? type.nameZh() : type.nameEn(), position, length});
  }
}
