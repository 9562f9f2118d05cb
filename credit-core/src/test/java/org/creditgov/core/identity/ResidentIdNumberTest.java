package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.creditgov.core.identity.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;

/** Examples for {@link ResidentIdNumber} (GB 11643-1999; policy-facts.md §5b, §5c). */
class ResidentIdNumberTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), SHANGHAI);
  private final ResidentIdNumber.Parser parser = ResidentIdNumber.parser(CLOCK);

  private static String withCheck(String body17) {
    return body17 + ResidentIdNumber.checkCharacter(body17);
  }

  @Test
  void parsesAndDecodesAValidNumber() {
    ResidentIdNumber id = parser.parse("53010219200508011X");

    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1920, 5, 8));
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.addressCode()).isEqualTo("530102");
    assertThat(id.provinceCode()).isEqualTo("53");
    assertThat(id.isResidencePermit()).isFalse();
    assertThat(id.upgradedFromLegacy()).isFalse();
  }

  @Test
  void lowerCaseCheckCharacterIsNormalised() {
    assertThat(parser.parse("53010219200508011x").value()).isEqualTo("53010219200508011X");
  }

  @Test
  void upgradesA15DigitLegacyNumber() {
    ResidentIdNumber id = parser.parse("530102200508011");

    assertThat(id.value()).isEqualTo("53010219200508011X");
    assertThat(id.upgradedFromLegacy()).isTrue();
    assertThat(id).isEqualTo(parser.parse("53010219200508011X"));
  }

  @Test
  void recognisesResidencePermitsOfHongKongMacauAndTaiwanResidents() {
    for (String province : new String[] {"81", "82", "83"}) {
      assertThat(parser.parse(withCheck(province + "000019900101002")).isResidencePermit()).isTrue();
    }
  }

  @Test
  void rejectsAnUnknownProvince() {
    for (String province : new String[] {"10", "16", "24", "38", "47", "55", "66", "71", "84", "99"}) {
      InvalidIdentifierException e =
          catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse(withCheck(province + "010219900101002")));
      assertThat(e.reason()).as(province).isEqualTo(Reason.REGION);
    }
  }

  @Test
  void birthDateMustBeARealDateFrom1900ToTodayByTheInjectedClock() {
    assertThat(parser.isValid(withCheck("64038118991231001"))).isFalse(); // 1899
    assertThat(parser.isValid(withCheck("64038119000101001"))).isTrue(); // 1900-01-01
    assertThat(parser.isValid(withCheck("64038120230229001"))).isFalse(); // not a leap year
    assertThat(parser.isValid(withCheck("64038120240229001"))).isTrue();
    assertThat(parser.isValid(withCheck("64038120261129001"))).isTrue(); // today
    assertThat(parser.isValid(withCheck("64038120261130001"))).isFalse(); // tomorrow
    assertThat(parser.isValid(withCheck("64038119901301001"))).isFalse(); // month 13

    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse(withCheck("64038120261130001")));
    assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE);
    assertThat(e.position()).hasValue(7);
  }

  @Test
  void todayFollowsTheClockAcrossMidnight() {
    String bornOn30th = withCheck("64038120261130001");
    Clock before = Clock.fixed(Instant.parse("2026-11-29T15:59:59Z"), SHANGHAI); // 23:59:59 in Shanghai
    Clock after = Clock.fixed(Instant.parse("2026-11-29T16:00:00Z"), SHANGHAI); // 00:00 on the 30th

    assertThat(ResidentIdNumber.parser(before).isValid(bornOn30th)).isFalse();
    assertThat(ResidentIdNumber.parser(after).isValid(bornOn30th)).isTrue();
  }

  @Test
  void reasonsForStructuralFaults() {
    assertThat(reasonOf("5301021920050801 X")).isEqualTo(Reason.ALPHABET);
    assertThat(reasonOf("5301021920X508011X")).isEqualTo(Reason.FORMAT);
    assertThat(reasonOf("530102192005080111")).isEqualTo(Reason.CHECKSUM);
    assertThat(reasonOf("5301021920050801")).isEqualTo(Reason.LENGTH);
    assertThat(reasonOf("53010219200508011\uD83D\uDE00")).isEqualTo(Reason.ALPHABET); // 18 characters, an emoji last
    assertThat(reasonOf("53010219200508011X\uD83D\uDE00")).isEqualTo(Reason.LENGTH); // 19 characters
    InvalidIdentifierException emoji = catchThrowableOfType(InvalidIdentifierException.class,
        () -> parser.parse("5301021920050801\uD83D\uDE00\uD83D\uDE00")); // 18 characters, 20 UTF-16 units
    assertThat(emoji.reason()).isEqualTo(Reason.ALPHABET);
    assertThat(emoji.position()).hasValue(17);
    assertThat(catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse("530102192005080\uD83D\uDE00"))
        .messageEn()).contains("it has 16 characters"); // 17 UTF-16 units: counted as a person counts, in code points
    assertThat(reasonOf("5301021920050801\uD83D\uDE00")).isEqualTo(Reason.ALPHABET);
  }

  private Reason reasonOf(String input) {
    return catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse(input)).reason();
  }

  @Test
  void neverPrintsTheNumberOrTheBirthDate() {
    ResidentIdNumber id = parser.parse("53010219200508011X");
    InvalidIdentifierException e =
        catchThrowableOfType(InvalidIdentifierException.class, () -> parser.parse("530102192005080111"));

    assertThat(id.toString()).doesNotContain("53010219200508011X").doesNotContain("19200508");
    assertThat(e.getMessage() + e.messageZh() + e.messageEn())
        .doesNotContain("530102192005080111")
        .doesNotContain("19200508");
  }

  @Test
  void nullHandling() {
    assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.parse(null));
    assertThat(ResidentIdNumber.isValid(null)).isFalse();
    assertThat(parser.tryParse(null)).isEmpty();
  }
}
