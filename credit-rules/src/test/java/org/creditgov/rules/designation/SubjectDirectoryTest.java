package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.SubjectRef;
import org.junit.jupiter.api.Test;

/** The one place subjects' details live: kept, masked, erased; printing never shows them. */
class SubjectDirectoryTest {

  @Test
  void detailsAreKeptMaskedAndErasedByReference() {
    SubjectDirectory directory = SubjectDirectory.inMemory();
    NaturalPerson person = Fixtures.person();
    SubjectRef ref = directory.put(person);
    assertThat(ref).isEqualTo(SubjectRef.of(person));
    assertThat(directory.find(ref)).contains(person);
    assertThat(directory.masked(ref)).contains(new MaskedSubject(ref, "王**"));
    SubjectRef company = directory.put(Fixtures.COMPANY);
    assertThat(directory.masked(company)).map(MaskedSubject::displayName).contains("某某化工有限公司");

    assertThat(directory.mask(ref)).isTrue();
    assertThat(directory.mask(ref)).isFalse(); // already masked
    assertThat(directory.find(ref)).isEmpty();
    assertThat(directory.masked(ref)).map(MaskedSubject::displayName).contains("王**");

    assertThat(directory.erase(ref)).isTrue();
    assertThat(directory.erase(ref)).isFalse();
    assertThat(directory.masked(ref)).isEmpty();
    assertThat(directory.find(company)).contains(Fixtures.COMPANY);
    assertThat(directory.mask(SubjectRef.of(Fixtures.minorBornOn(java.time.LocalDate.of(2010, 1, 1))))).isFalse();
  }

  @Test
  void aMaskedViewKeepsTheFirstCharacterOfANameAndEveryCodePoint() {
    NaturalPerson p = Fixtures.minorBornOn(java.time.LocalDate.of(2010, 1, 1)).toBuilder().name("𠮷野家").build();
    assertThat(MaskedSubject.of(p).displayName()).isEqualTo("𠮷**");
    assertThat(MaskedSubject.of(p).toString()).doesNotContain("E00000001").doesNotContain("野家");
    assertThat(SubjectDirectory.inMemory().toString()).doesNotContain("王");
  }
}
