package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;

/**
 * What a {@link SubjectDirectory} keeps of a subject once its details are masked, and shows of it
 * on a screen: the reference and the name, masked for a natural person (the surname's first
 * character kept, every other character {@code *}) and whole for an organisation, whose registered
 * name is public registration information. Printing it prints the reference masked.
 *
 * @param ref the subject's reference
 * @param displayName the name as it may be shown
 */
public record MaskedSubject(SubjectRef ref, String displayName) {

  /** Checks for nulls. */
  public MaskedSubject {
    requireNonNull(ref, "ref");
    requireNonNull(displayName, "displayName");
  }

  /** The masked view of {@code subject}. */
  public static MaskedSubject of(Subject subject) {
    SubjectRef ref = SubjectRef.of(subject);
    if (subject instanceof Organisation o) {
      return new MaskedSubject(ref, o.name());
    }
    String name = ((NaturalPerson) subject).name();
    int first = name.isEmpty() ? 0 : name.offsetByCodePoints(0, 1);
    StringBuilder s = new StringBuilder(name.substring(0, first));
    name.codePoints().skip(1).forEach(c -> s.append('*'));
    return new MaskedSubject(ref, s.toString());
  }

  /** The reference (masked) and the display name. */
  @Override
  public String toString() {
    return "MaskedSubject[" + ref + ", " + displayName + "]";
  }
}
