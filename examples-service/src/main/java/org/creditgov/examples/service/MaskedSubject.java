package org.creditgov.examples.service;

import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.privacy.jackson.Masked;
import org.creditgov.privacy.mask.DataKind;
import org.jspecify.annotations.Nullable;

/**
 * A subject as the service answers with it (PRI-3, CAT-6): its reference's type, its identifier
 * and a person's name marked {@link Masked}, so that the starter's Jackson module masks them by the
 * configured profile (PUBLIC by default: a person's ID number and name masked; an organisation's
 * credit code, public on the credit website, shown as the profile allows).
 *
 * @param type the subject type's constant name
 * @param creditCode an organisation's unified social credit code
 * @param residentId a person's identity number
 * @param personName a person's name
 * @param organisationName an organisation's name
 */
record MaskedSubject(String type, @Masked(DataKind.USCC) @Nullable String creditCode,
    @Masked(DataKind.RESIDENT_ID) @Nullable String residentId, @Masked(DataKind.PERSONAL_NAME) @Nullable String personName,
    @Nullable String organisationName) {

  /** The view of {@code subject}. */
  static MaskedSubject of(Subject subject) {
    SubjectRef ref = SubjectRef.of(subject);
    if (subject instanceof Organisation o) {
      return new MaskedSubject(ref.type().name(), ref.identifier(), null, null, o.name());
    }
    return new MaskedSubject(ref.type().name(), null, ref.identifier(), ((NaturalPerson) subject).name(), null);
  }
}
