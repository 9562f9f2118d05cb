package org.creditgov.core.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

/** Examples for {@link Subject}: who a record, listing or sanction is about. */
class SubjectTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final String BODY = "64038120081130002"; // born 2008-11-30, a girl
  private final ResidentIdNumber id = ResidentIdNumber.parser(CLOCK).parse(BODY + ResidentIdNumber.checkCharacter(BODY));

  @Test
  void aPersonIsAMinorUntilTheEighteenthBirthday() {
    NaturalPerson person = NaturalPerson.of("张三", id);

    assertThat(person.isMinorOn(LocalDate.of(2026, 11, 29))).isTrue();
    assertThat(person.isMinorOn(LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(person.type()).isEqualTo(SubjectType.NATURAL_PERSON);
    assertThat(person.type().isOrganisation()).isFalse();
  }

  @Test
  void anOrganisationIsNeverAMinor() {
    Organisation org = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某有限公司");
    assertThat(org.isMinorOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(org.toString()).contains("91512081MA62K0260E").contains("某某有限公司");
  }

  @Test
  void personalDataNeverPrints() {
    NaturalPerson person = NaturalPerson.of("张三", id);

    assertThat(person.toString())
        .doesNotContain("张三").doesNotContain(id.value()).doesNotContain("20081130").doesNotContain("2008-11-30");
    assertThat(person.document().toString()).doesNotContain(id.value()).doesNotContain("2008");
  }

  @Test
  void theBirthDateMustAgreeWithTheResidentId() {
    assertThatIllegalArgumentException().isThrownBy(() -> NaturalPerson.builder()
        .name("张三").document(IdentityDocument.of(id)).birthDate(LocalDate.of(2008, 11, 29)).build())
        .withMessageNotContaining("2008");
  }

  @Test
  void otherDocumentsNeedAnExplicitBirthDate() {
    NaturalPerson visitor = NaturalPerson.builder()
        .name("John Smith")
        .document(IdentityDocument.other(IdentityDocument.Kind.PASSPORT, "E12345678"))
        .birthDate(LocalDate.of(1990, 1, 1))
        .build();
    assertThat(visitor.isMinorOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(visitor.toString()).doesNotContain("E12345678").doesNotContain("John");
    assertThatIllegalArgumentException().isThrownBy(() -> IdentityDocument.other(IdentityDocument.Kind.RESIDENT_ID, "x"));
  }

  @Test
  void anOrganisationCannotBeOfThePersonType() {
    assertThatIllegalArgumentException().isThrownBy(() ->
        Organisation.of(SubjectType.NATURAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "x"));
  }
}
