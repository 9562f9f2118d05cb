package org.creditgov.privacy.jackson;

import static java.util.Objects.requireNonNull;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import org.creditgov.privacy.mask.MaskingProfile;

/**
 * A Jackson module that masks every {@link Masked} property by a {@link MaskingProfile} when an
 * {@code ObjectMapper} serialises (PRI-3, CAT-6). Deserialisation is not affected.
 *
 * <pre>{@code
 * JsonMapper publicMapper = JsonMapper.builder()
 *     .addModule(new CreditPrivacyModule(MaskingProfile.PUBLIC))
 *     .build();
 *
 * // Spring Boot 4 registers every JacksonModule bean with its auto-configured JsonMapper:
 * @Bean
 * JacksonModule creditPrivacyModule() {
 *   return new CreditPrivacyModule(MaskingProfile.PUBLIC);
 * }
 * }</pre>
 *
 * <p>One mapper masks for one audience; serve another audience (a person's own record under
 * {@link MaskingProfile#SUBJECT}) with a second mapper. Jackson registers a module of one type
 * once per mapper, so a second {@code CreditPrivacyModule} on the same mapper is ignored. Users of
 * this class bring Jackson 3 ({@code tools.jackson.core:jackson-databind}), as Spring Boot 4 does;
 * credit-privacy depends on it only optionally.
 */
public final class CreditPrivacyModule extends JacksonModule {

  static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.creditgov", "credit-privacy");

  private final MaskingProfile profile;

  /**
   * A module that masks by {@code profile}.
   *
   * @throws NullPointerException if {@code profile} is null
   */
  public CreditPrivacyModule(MaskingProfile profile) {
    this.profile = requireNonNull(profile, "profile");
  }

  /** The profile this module masks by. */
  public MaskingProfile profile() {
    return profile;
  }

  /** {@code CreditPrivacyModule}. */
  @Override
  public String getModuleName() {
    return "CreditPrivacyModule";
  }

  /** The version of credit-privacy. */
  @Override
  public Version version() {
    return VERSION;
  }

  /** Adds the introspector that gives {@link Masked} properties their masking serializer. */
  @Override
  public void setupModule(SetupContext context) {
    context.insertAnnotationIntrospector(new MaskingIntrospector(profile));
  }
}
