package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples for {@link UnifiedSocialCreditCode} (GB 32100-2015; policy-facts.md §5a). */
class UnifiedSocialCreditCodeTest {

  private static final String VALID = "91512081MA62K0260E"; // policy-facts.md worked example

  @Test
  void parsesAndDecodesTheWorkedExample() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(VALID);

    assertThat(code.value()).isEqualTo(VALID);
    assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
    assertThat(code.organisationType()).isEqualTo(OrganisationType.ENTERPRISE);
    assertThat(code.divisionCode()).isEqualTo("512081");
    assertThat(code.organisationCode()).isEqualTo("MA62K0260");
    assertThat(code.toString()).contains(VALID);
  }

  @Test
  void checkCharacterFollowsTheStandardWeights() {
    assertThat(UnifiedSocialCreditCode.checkCharacter(VALID.substring(0, 17))).isEqualTo('E');
  }

  @Test
  void organisationCodeCheckMatchesTheGb11714Example() {
    assertThat(UnifiedSocialCreditCode.organisationCodeCheckCharacter("59467239")).isEqualTo('9');
  }

  @Test
  void normalisesWhitespaceFullWidthAndCaseAndNothingElse() {
    assertThat(UnifiedSocialCreditCode.parse("\u3000 ９１５１２０８１ma62k0260e\t").value()).isEqualTo(VALID);
    assertThat(UnifiedSocialCreditCode.isValid("91512081-MA62K0260E")).isFalse();
    assertThat(UnifiedSocialCreditCode.isValid("9151 2081MA62K0260E")).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource({
    "91512081MA62K0260F, CHECKSUM, 18",
    "91512081MA62K026OE, ALPHABET, 17", // letter O is not in the alphabet
    "915A2081MA62K0260E, FORMAT, 4", // the division code is digits
    "91512081MA62K0260, LENGTH, 0",
  })
  void rejectsWithReasonAndPosition(String input, Reason reason, int position) {
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> UnifiedSocialCreditCode.parse(input));

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.identifierType()).isEqualTo(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE);
    if (position > 0) {
      assertThat(e.position()).hasValue(position);
    } else {
      assertThat(e.position()).isEmpty();
    }
    assertThat(e.getMessage()).doesNotContain(input.strip()).contains(e.messageEn()).contains(e.messageZh());
  }

  @Test
  void unknownAuthorityAndTypeCodesDecodeAsUnknownNotRejected() {
    String body = "A1640381" + "MA62K0260";
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body));

    assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.UNKNOWN);
    assertThat(code.organisationType()).isEqualTo(OrganisationType.UNKNOWN);
  }

  @Test
  void strictLevelAlsoChecksTheEmbeddedOrganisationCode() {
    String body = "92640381" + "L12345678".substring(0, 9); // an individual business's non-GB 11714 identifier
    String code = body + UnifiedSocialCreditCode.checkCharacter(body);
    boolean orgCheckHolds =
        UnifiedSocialCreditCode.organisationCodeCheckCharacter(code.substring(8, 16)) == code.charAt(16);

    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    assertThat(UnifiedSocialCreditCode.isValid(code, ValidationLevel.STRICT)).isEqualTo(orgCheckHolds);
    if (!orgCheckHolds) {
      InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
          () -> UnifiedSocialCreditCode.parse(code, ValidationLevel.STRICT));
      assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_CODE_CHECKSUM);
      assertThat(UnifiedSocialCreditCode.parse(code).hasValidOrganisationCode()).isFalse();
    }
  }

  @Test
  void nullIsAProgrammingErrorForParseButSimplyInvalidElsewhere() {
    assertThatNullPointerException().isThrownBy(() -> UnifiedSocialCreditCode.parse(null))
        .withMessageContaining("null");
    assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    assertThat(UnifiedSocialCreditCode.tryParse(null)).isEmpty();
  }

  @Test
  void hugeAndEmptyInputsAreTypedErrors() {
    String huge = "9".repeat(10 * 1024 * 1024);
    assertThat(catchThrowableOfType(InvalidIdentifierException.class, () -> UnifiedSocialCreditCode.parse(huge)).reason())
        .isEqualTo(Reason.LENGTH);
    assertThat(catchThrowableOfType(InvalidIdentifierException.class, () -> UnifiedSocialCreditCode.parse("")).reason())
        .isEqualTo(Reason.LENGTH);
    assertThat(UnifiedSocialCreditCode.tryParse(huge)).isEmpty();
  }

  @Test
  void equalByCanonicalValue() {
    assertThat(UnifiedSocialCreditCode.parse(VALID)).isEqualTo(UnifiedSocialCreditCode.parse(" " + VALID.toLowerCase()))
        .hasSameHashCodeAs(UnifiedSocialCreditCode.parse(VALID));
  }
}
