package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.creditgov.core.identity.ForeignPermanentResidentId.Edition;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;

/** Examples for {@link ForeignPermanentResidentId} (policy-facts.md §5c). */
class ForeignPermanentResidentIdTest {

  private static String edition2023(String body17) {
    return body17 + ResidentIdNumber.checkCharacter(body17);
  }

  @Test
  void acceptsThe2023FormWithItsCheckCharacter() {
    String number = edition2023("93384019850315007");
    ForeignPermanentResidentId id = ForeignPermanentResidentId.parse(number);

    assertThat(id.edition()).isEqualTo(Edition.EDITION_2023);
    assertThat(id.value()).isEqualTo(number);
    assertThat(id.toString()).doesNotContain(number);
  }

  @Test
  void the2023FormStartsWithNine() {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> ForeignPermanentResidentId.parse(edition2023("13384019850315007")));
    assertThat(e.reason()).isEqualTo(Reason.FORMAT);
    assertThat(e.position()).hasValue(1);
  }

  @Test
  void the2023FormHasAMod11Check() {
    String number = edition2023("93384019850315007");
    char wrong = number.charAt(17) == '1' ? '2' : '1';
    assertThat(ForeignPermanentResidentId.isValid(number.substring(0, 17) + wrong)).isFalse();
  }

  @Test
  void acceptsThe2017FormOfThreeLettersAndTwelveDigits() {
    ForeignPermanentResidentId id = ForeignPermanentResidentId.parse("usa110090101001");

    assertThat(id.edition()).isEqualTo(Edition.EDITION_2017);
    assertThat(id.value()).isEqualTo("USA110090101001");
    assertThat(ForeignPermanentResidentId.isValid("US1110090101001")).isFalse();
    assertThat(ForeignPermanentResidentId.isValid("USAB10090101001")).isFalse();
  }

  @Test
  void otherLengthsAreRejected() {
    assertThat(catchThrowableOfType(InvalidIdentifierException.class,
        () -> ForeignPermanentResidentId.parse("USA11009010100")).reason()).isEqualTo(Reason.LENGTH);
    assertThat(ForeignPermanentResidentId.isValid(null)).isFalse();
  }
}
