package org.creditgov.spring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.jackson.CreditPrivacyModule;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.privacy.redact.Redactor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * Masking, redaction and keyed pseudonyms (PRI-3, CAT-6, SEC-2): the {@link MaskingProfile} of
 * {@code creditgov.privacy.masking-profile}; the {@link CreditPrivacyModule} as a Jackson 3 {@link
 * JacksonModule} bean, which Spring Boot 4's Jackson auto-configuration registers with the
 * application's {@code JsonMapper}, so that {@code @Masked} properties of controller responses are
 * masked; the standard {@link Redactor} on the application's clock; the {@link Pseudonymizer} of
 * {@code creditgov.privacy.pseudonym-key} (absent without a key); and the
 * actuator's sanitizing of the two keys of this starter. Each bean backs off when the application
 * defines one of its type.
 */
@AutoConfiguration(after = CreditReferenceDataAutoConfiguration.class)
public class CreditPrivacyAutoConfiguration {

  /** The property that holds the pseudonym key. */
  static final String PSEUDONYM_KEY = "creditgov.privacy.pseudonym-key";
  /** The property that holds the audit log's signer key. */
  static final String SIGNER_KEY = "creditgov.audit.signer-key";

  /** Creates the configuration (Spring does). */
  public CreditPrivacyAutoConfiguration() {}

  /** The profile of {@code creditgov.privacy.masking-profile}. */
  @Bean
  @ConditionalOnMissingBean
  public MaskingProfile creditGovMaskingProfile(CreditGovProperties properties) {
    switch (properties.getPrivacy().getMaskingProfile()) {
      case SHARING:
        return MaskingProfile.SHARING;
      case SUBJECT:
        return MaskingProfile.SUBJECT;
      default:
        return MaskingProfile.PUBLIC;
    }
  }

  /** The standard redactor, judging ID numbers by the application's clock. */
  @Bean
  @ConditionalOnMissingBean
  public Redactor creditGovRedactor(Clock clock) {
    return Redactor.builder().clock(clock).build();
  }

  /**
   * The pseudonymizer of {@code creditgov.privacy.pseudonym-key} (Base64, at least 32 bytes) and
   * {@code creditgov.privacy.pseudonym-key-id}. The decoded key is wiped once the pseudonymizer
   * holds its own copy; no message names it.
   *
   * @throws IllegalArgumentException if the key is not Base64, is too short, or the key id is not
   *     valid
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(PSEUDONYM_KEY)
  public Pseudonymizer creditGovPseudonymizer(CreditGovProperties properties) {
    String encoded = properties.getPrivacy().getPseudonymKey();
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalArgumentException(PSEUDONYM_KEY + " is blank");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.trim().getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PSEUDONYM_KEY + " is not Base64 (the value is not shown)");
    }
    try {
      return Pseudonymizer.of(properties.getPrivacy().getPseudonymKeyId(), key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The Jackson 3 module, when Jackson databind is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JacksonModule.class)
  static class Jackson {

    /** The module masking {@code @Masked} properties by the configured profile. */
    @Bean
    @ConditionalOnMissingBean
    CreditPrivacyModule creditGovPrivacyModule(MaskingProfile profile) {
      return new CreditPrivacyModule(profile);
    }
  }

  /** The actuator's sanitizing of this starter's keys, when the actuator is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static class Sanitizing {

    /**
     * Masks {@code creditgov.privacy.pseudonym-key} and {@code creditgov.audit.signer-key} (and
     * their relaxed forms, such as the environment variable {@code CREDITGOV_PRIVACY_PSEUDONYMKEY})
     * wherever the {@code env} and {@code configprops} endpoints show values, whatever their {@code
     * show-values} setting.
     */
    @Bean
    SanitizingFunction creditGovKeySanitizer() {
      return data -> isKey(data.getLowerCaseKey()) ? data.withSanitizedValue() : data;
    }

    /** Whether a property name, lower-cased, is one of the keys in any of its relaxed forms. */
    static boolean isKey(String lowerCaseName) {
      String bare = lowerCaseName.replace("-", "").replace("_", "").replace(".", "");
      return bare.endsWith("pseudonymkey") || bare.endsWith("signerkey");
    }
  }
}
