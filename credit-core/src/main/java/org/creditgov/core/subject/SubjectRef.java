package org.creditgov.core.subject;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A reference to a credit subject without its details: the subject type and the identifier that
 * keys it (an organisation's unified social credit code, a natural person's identity document
 * number). Events, outbox messages, audit entries and the canonical JSON forms name subjects by a
 * {@code SubjectRef}, never by a {@link Subject}, so that names, birth dates and the like live in
 * one place (a subject directory) that can mask or erase them (DES-7, PRI-1).
 *
 * <p>The identifier is personal data for a natural person (and can be for an individual
 * business): {@link #toString()} masks it, keeping only its last two characters. Equal when type
 * and identifier are equal.
 */
public final class SubjectRef {

  private final SubjectType type;
  private final String identifier;

  private SubjectRef(SubjectType type, String identifier) {
    this.type = type;
    this.identifier = identifier;
  }

  /**
   * The reference of the given type and identifier.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the identifier is blank, longer than 64 characters or
   *     holds whitespace or control characters
   */
  public static SubjectRef of(SubjectType type, String identifier) {
    requireNonNull(type, "type");
    requireNonNull(identifier, "identifier");
    if (identifier.isEmpty() || identifier.length() > 64) {
      throw new IllegalArgumentException("a subject identifier has 1 to 64 characters, has " + identifier.length());
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw new IllegalArgumentException("a subject identifier holds no whitespace or control characters");
      }
    }
    return new SubjectRef(type, identifier);
  }

  /**
   * The reference of {@code subject}: an organisation by its type and credit code, a natural
   * person by its identity document's number.
   *
   * @throws NullPointerException if {@code subject} is null
   */
  public static SubjectRef of(Subject subject) {
    requireNonNull(subject, "subject");
    if (subject instanceof Organisation o) {
      return new SubjectRef(o.type(), o.creditCode().value());
    }
    NaturalPerson p = (NaturalPerson) subject;
    return of(SubjectType.NATURAL_PERSON, p.document().number());
  }

  /** The subject's type. */
  public SubjectType type() {
    return type;
  }

  /**
   * The identifier: a unified social credit code for an organisation, an identity document
   * number for a natural person. Personal data: never log it.
   */
  public String identifier() {
    return identifier;
  }

  /** Whether this is the reference of {@code subject}. */
  public boolean refersTo(Subject subject) {
    return equals(of(subject));
  }

  /** The identifier masked: every character but the last two replaced by {@code *}. */
  public String maskedIdentifier() {
    int n = identifier.length();
    int keep = n > 4 ? 2 : 0;
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n - keep; i++) {
      s.append('*');
    }
    return s.append(identifier, n - keep, n).toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SubjectRef r && r.type == type && r.identifier.equals(identifier);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + identifier.hashCode();
  }

  /** {@code SubjectRef[TYPE, ****************1X]}: the identifier masked. */
  @Override
  public String toString() {
    return "SubjectRef[" + type + ", " + maskedIdentifier() + "]";
  }
}
