package org.creditgov.core.subject;

import java.util.Optional;
import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.immutables.value.Value;

/**
 * The document that keys a natural person: a resident identity number where the person has one,
 * otherwise another valid document (as Shenzhen's credit regulation Art. 24 puts it). The number
 * is personal data and never printed.
 */
@Value.Immutable
@CreditStyle
public abstract class IdentityDocument {

  IdentityDocument() {} // subclassed only by the generated ImmutableIdentityDocument

  /** The kinds of document. */
  public enum Kind {
    /** 居民身份证, and the residence permits of Hong Kong, Macau and Taiwan residents. */
    RESIDENT_ID,
    /** 外国人永久居留身份证. */
    FOREIGN_PERMANENT_RESIDENT_ID,
    /** 护照. */
    PASSPORT,
    /** 港澳居民来往内地通行证. */
    MAINLAND_TRAVEL_PERMIT_HK_MACAO,
    /** 台湾居民来往大陆通行证. */
    MAINLAND_TRAVEL_PERMIT_TAIWAN,
    /** Any other document a rule accepts. */
    OTHER
  }

  /** A resident identity number as the document. */
  public static IdentityDocument of(ResidentIdNumber number) {
    return ImmutableIdentityDocument.builder()
        .kind(Kind.RESIDENT_ID)
        .number(number.value())
        .encodedBirthDate(number.birthDate())
        .build();
  }

  /** A foreign permanent resident ID as the document. */
  public static IdentityDocument of(ForeignPermanentResidentId number) {
    return ImmutableIdentityDocument.builder()
        .kind(Kind.FOREIGN_PERMANENT_RESIDENT_ID)
        .number(number.value())
        .build();
  }

  /**
   * Another document, whose number this library does not validate.
   *
   * @throws IllegalArgumentException for {@link Kind#RESIDENT_ID} or {@link
   *     Kind#FOREIGN_PERMANENT_RESIDENT_ID}, which have validated factories, or a blank number
   */
  public static IdentityDocument other(Kind kind, String number) {
    if (kind == Kind.RESIDENT_ID || kind == Kind.FOREIGN_PERMANENT_RESIDENT_ID) {
      throw new IllegalArgumentException(kind + " numbers are validated: use IdentityDocument.of");
    }
    return ImmutableIdentityDocument.builder().kind(kind).number(number).build();
  }

  /** The kind of document. */
  public abstract Kind kind();

  /** The document number, canonical where the library validates it. Personal data. */
  @Value.Redacted
  public abstract String number();

  /** The birth date the number encodes, for a resident identity number. */
  @Value.Redacted
  public abstract Optional<LocalDate> encodedBirthDate();

  @Value.Check
  void check() {
    if (number().isBlank()) {
      throw new IllegalArgumentException("a " + kind() + " document needs a number");
    }
  }
}
