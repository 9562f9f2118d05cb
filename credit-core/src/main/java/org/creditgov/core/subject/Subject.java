package org.creditgov.core.subject;

import java.time.LocalDate;

/**
 * A credit subject: an {@link Organisation} keyed by its unified social credit code, or a {@link
 * NaturalPerson} keyed by an identity document. The two are the only kinds, so a {@code switch}
 * over them is exhaustive.
 */
public sealed interface Subject permits Organisation, NaturalPerson {

  /** The kind of subject. */
  SubjectType type();

  /**
   * Whether the subject is a minor (未成年人, under 18) on {@code date}: always false for an
   * organisation. A list type may exclude minors (DES-1) and sanctions treat them leniently (SAN-4).
   */
  boolean isMinorOn(LocalDate date);
}
