package org.creditgov.core.subject;

import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.identity.ResidentIdNumber;
import org.immutables.value.Value;

/**
 * A natural person (自然人), keyed by an identity document. Name, document and birth date are
 * personal data: {@code toString()} redacts them.
 *
 * <p>The birth date is mandatory, because whether the person is a minor decides what may be done
 * (a list type may exclude minors, DES-1; sanctions treat them leniently, SAN-4); for a resident ID it is the date
 * the number encodes and must agree with it.
 */
@Value.Immutable
@CreditStyle
public abstract non-sealed class NaturalPerson implements Subject {

  NaturalPerson() {} // subclassed only by the generated ImmutableNaturalPerson

  /** A builder; name, document and birth date are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link NaturalPerson}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableNaturalPerson.Builder {
    Builder() {}
  }

  /** A person keyed by a resident identity number, with the birth date it encodes. */
  public static NaturalPerson of(String name, ResidentIdNumber id) {
    return builder().name(name).document(IdentityDocument.of(id)).birthDate(id.birthDate()).build();
  }

  /** The person's name. Personal data. */
  @Value.Redacted
  public abstract String name();

  /** The document that keys the person. */
  public abstract IdentityDocument document();

  /** The birth date. Personal data. */
  @Value.Redacted
  public abstract LocalDate birthDate();

  /** Always {@link SubjectType#NATURAL_PERSON}. */
  @Override
  public SubjectType type() {
    return SubjectType.NATURAL_PERSON;
  }

  /** Whether the person is under 18 on {@code date}. */
  @Override
  public boolean isMinorOn(LocalDate date) {
    return date.isBefore(birthDate().plusYears(18));
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a natural person needs a name");
    }
    if (document().encodedBirthDate().isPresent() && !document().encodedBirthDate().get().equals(birthDate())) {
      throw new IllegalArgumentException("the birth date differs from the one the resident ID encodes");
    }
  }
}
