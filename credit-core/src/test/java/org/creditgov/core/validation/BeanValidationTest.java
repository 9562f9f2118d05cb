package org.creditgov.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.ValidationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CreditCode} and {@link ResidentId} through Hibernate Validator, in zh-CN and en. */
class BeanValidationTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** A vendor's DTO, with the constraints on fields (Bean Validation ignores accessors without get). */
  static final class LicenceApplication {
    @CreditCode String applicantCode;
    @CreditCode(level = ValidationLevel.STRICT) String strictCode;
    @ResidentId String legalRepresentativeId;
    @ResidentId(acceptLegacy15 = false, acceptResidencePermits = false) String mainlandId18;
    List<@CreditCode String> partnerCodes = List.of();

    LicenceApplication(String applicantCode, String legalRepresentativeId) {
      this.applicantCode = applicantCode;
      this.legalRepresentativeId = legalRepresentativeId;
    }
  }

  private ValidatorFactory factory;

  private Validator validator(Locale locale) {
    Configuration<?> config = Validation.byDefaultProvider().configure(); // Hibernate Validator here
    MessageInterpolator standard = config.getDefaultMessageInterpolator();
    factory = config
        .clockProvider(() -> CLOCK)
        .messageInterpolator(new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return standard.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale ignored) {
            return standard.interpolate(template, context, locale);
          }
        })
        .buildValidatorFactory();
    return factory.getValidator();
  }

  @AfterEach
  void close() {
    if (factory != null) {
      factory.close();
    }
  }

  @Test
  void validValuesAndNullPass() {
    LicenceApplication ok = new LicenceApplication("91512081MA62K0260E", "53010219200508011X");
    ok.strictCode = "91512081MA62K0260E";
    ok.partnerCodes = List.of("９１５１２０８１ma62k0260e");

    assertThat(validator(Locale.ENGLISH).validate(ok)).isEmpty();
    assertThat(validator(Locale.ENGLISH).validate(new LicenceApplication(null, null))).isEmpty();
  }

  @Test
  void invalidValuesAreReportedInEnglishWithTheReasonAndThePositionNeverTheValue() {
    LicenceApplication bad = new LicenceApplication("91512081MA62K0260F", "530102192005080111");
    bad.partnerCodes = List.of("91512081MA62K0260E", "not a code");

    Set<ConstraintViolation<LicenceApplication>> violations = validator(Locale.ENGLISH).validate(bad);

    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("applicantCode", "legalRepresentativeId", "partnerCodes[1].<list element>");
    assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
        "must be a valid unified social credit code: position 18, the check character does not match the others",
        "must be a valid resident identity number: position 18, the check character does not match the others",
        "must be a valid unified social credit code: it has 10 characters, which no form of it has; " // NOT A CODE
            + "position 2, a character that is not allowed; position 4, a character that is not allowed; "
            + "position 6, a character that is not allowed; position 8, a character that is not allowed");
  }

  @Test
  void invalidValuesAreReportedInChinese() {
    Set<ConstraintViolation<LicenceApplication>> violations =
        validator(Locale.SIMPLIFIED_CHINESE).validate(new LicenceApplication("91512081MA62K0260F", "530102192005080111"));

    assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
        "不是有效的统一社会信用代码：第18位校验码不正确", "不是有效的公民身份号码：第18位校验码不正确");
  }

  /** The example: a wrong province and a future birth year are named as such, before the check character. */
  @Test
  void everyProblemIsListedInTheOrderAClerkFixesThem() {
    String body = "99010220991308011"; // no province 99, month 13 of 2099
    String wrongEverywhere = body + (ResidentIdNumber.checkCharacter(body) == '0' ? '1' : '0');
    LicenceApplication app = new LicenceApplication("91512O81MA62K0260E", wrongEverywhere); // a letter O in the division code

    assertThat(validator(Locale.SIMPLIFIED_CHINESE).validate(app)).extracting(ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            "不是有效的统一社会信用代码：第6位字符不允许出现在此处",
            "不是有效的公民身份号码：第1至2位地址码不属于已知的省级行政区划；第7至14位出生日期不是1900年1月1日至今之间的有效日期；第18位校验码不正确");
    assertThat(validator(Locale.ENGLISH).validate(app)).extracting(ConstraintViolation::getMessage)
        .contains("must be a valid resident identity number: positions 1 to 2, the address code names no known province; "
            + "positions 7 to 14, the birth date is not a real date from 1 January 1900 to today; "
            + "position 18, the check character does not match the others");
  }

  @Test
  void noMessageHoldsTheValue() {
    String id = "530102192005080111";
    String code = "91512081MA62K0260F";
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      assertThat(validator(locale).validate(new LicenceApplication(code, id))).allSatisfy(v -> {
        assertThat(v.getMessage()).doesNotContain(id).doesNotContain(code).doesNotContain("19200508");
        assertThat(v.getMessageTemplate()).doesNotContain(id).doesNotContain(code);
      });
    }
  }

  /** A DTO whose constraint has its own message: the library keeps it. */
  static final class WithOwnMessage {
    @CreditCode(message = "请填写正确的统一社会信用代码") String code = "91512081MA62K0260F";
  }

  @Test
  void aMessageTheUserSetIsKept() {
    assertThat(validator(Locale.SIMPLIFIED_CHINESE).validate(new WithOwnMessage()))
        .extracting(ConstraintViolation::getMessage).containsExactly("请填写正确的统一社会信用代码");
  }

  @Test
  void theBirthDateIsJudgedByTheValidatorsClockProvider() {
    String bornTomorrow = "64038120261130001" + ResidentIdNumber.checkCharacter("64038120261130001");
    String bornToday = "64038120261129001" + ResidentIdNumber.checkCharacter("64038120261129001");

    assertThat(validator(Locale.ENGLISH).validate(new LicenceApplication(null, bornTomorrow))).hasSize(1);
    assertThat(validator(Locale.ENGLISH).validate(new LicenceApplication(null, bornToday))).isEmpty();
  }

  @Test
  void attributesNarrowWhatIsAccepted() {
    LicenceApplication app = new LicenceApplication(null, null);
    app.mainlandId18 = "530102200508011"; // a valid legacy 15-digit number
    assertThat(validator(Locale.ENGLISH).validate(app)).extracting(ConstraintViolation::getMessage).containsExactly(
        "must be a valid resident identity number: a 15-digit number of the old form is not accepted here");

    String permit = "81000019900101002" + ResidentIdNumber.checkCharacter("81000019900101002");
    app.mainlandId18 = permit;
    assertThat(validator(Locale.SIMPLIFIED_CHINESE).validate(app)).extracting(ConstraintViolation::getMessage)
        .containsExactly("不是有效的公民身份号码：此处不接受港澳台居民居住证号码");
    app.legalRepresentativeId = permit;
    app.mainlandId18 = null;
    assertThat(validator(Locale.ENGLISH).validate(app)).isEmpty();
  }

  @Test
  void theStrictLevelChecksTheOrganisationCode() {
    String body = "92640381L1234567";
    String strictFails = null;
    for (char c = '0'; c <= '9' && strictFails == null; c++) {
      String candidate = body + c;
      candidate += org.creditgov.core.identity.UnifiedSocialCreditCode.checkCharacter(candidate);
      if (!org.creditgov.core.identity.UnifiedSocialCreditCode.isValid(candidate, ValidationLevel.STRICT)) {
        strictFails = candidate;
      }
    }
    LicenceApplication app = new LicenceApplication(strictFails, null);
    app.strictCode = strictFails;

    assertThat(validator(Locale.ENGLISH).validate(app))
        .extracting(v -> v.getPropertyPath().toString()).containsExactly("strictCode");
    assertThat(validator(Locale.SIMPLIFIED_CHINESE).validate(app)).extracting(ConstraintViolation::getMessage)
        .containsExactly("不是有效的统一社会信用代码：第17位组织机构代码校验码不正确（严格校验）");
  }
}
