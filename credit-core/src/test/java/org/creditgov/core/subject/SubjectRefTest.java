package org.creditgov.core.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

/** A subject by reference: type and identifier, the identifier never printed whole. */
class SubjectRefTest {

  private static final ResidentIdNumber ID = ResidentIdNumber.parser(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"),
      ZoneOffset.UTC)).parse("53010219200508011X");

  @Test
  void anOrganisationIsReferredToByItsCreditCodeAndAPersonByTheDocumentNumber() {
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某公司");
    NaturalPerson person = NaturalPerson.of("王小明", ID);
    assertThat(SubjectRef.of(company)).isEqualTo(SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E"));
    assertThat(SubjectRef.of(person)).isEqualTo(SubjectRef.of(SubjectType.NATURAL_PERSON, "53010219200508011X"));
    assertThat(SubjectRef.of(person).refersTo(person)).isTrue();
    assertThat(SubjectRef.of(person).refersTo(company)).isFalse();
    assertThat(SubjectRef.of(SubjectType.INDIVIDUAL_BUSINESS, "91512081MA62K0260E")).isNotEqualTo(SubjectRef.of(company));
    assertThat(SubjectRef.of(company).hashCode()).isEqualTo(SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E").hashCode());
  }

  @Test
  void theIdentifierIsMaskedWhereverTheReferenceIsPrinted() {
    SubjectRef ref = SubjectRef.of(NaturalPerson.of("王小明", ID));
    assertThat(ref.toString()).isEqualTo("SubjectRef[NATURAL_PERSON, ****************1X]")
        .doesNotContain("530102").doesNotContain("19200508");
    assertThat(ref.maskedIdentifier()).hasSize(18).endsWith("1X");
    assertThat(SubjectRef.of(SubjectType.NATURAL_PERSON, "E123").maskedIdentifier()).isEqualTo("****");
    assertThat(ref.identifier()).isEqualTo("53010219200508011X"); // the value itself, for stores and directories
  }

  @Test
  void aBadIdentifierIsAProgrammingError() {
    assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.of(SubjectType.LEGAL_PERSON, ""));
    assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.of(SubjectType.LEGAL_PERSON, "a b"));
    assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.of(SubjectType.LEGAL_PERSON, "x".repeat(65)));
    assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.of(SubjectType.LEGAL_PERSON, "a\u0000"));
    assertThatNullPointerException().isThrownBy(() -> SubjectRef.of(null, "x"));
    assertThatNullPointerException().isThrownBy(() -> SubjectRef.of((Subject) null));
  }
}
