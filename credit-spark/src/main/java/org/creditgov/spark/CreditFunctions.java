package org.creditgov.spark;

import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.SparkEnv;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.privacy.redact.Redactor;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * The row-level work of the SQL functions (PRI-1, PRI-3, CAT-6), called by Spark's generated code
 * (and by its interpreter) on every executor: Catalyst's {@code StaticInvoke} passes Spark's
 * internal strings, so this class is public, but it is not an API — call the SQL functions or
 * {@link CreditSpark}'s columns. Every method is stateless apart from a cache of keyed
 * pseudonymizers built from the executor's Spark configuration; none logs or puts a value into an
 * exception message.
 */
public final class CreditFunctions {

  private static final DataKind[] KINDS = DataKind.values();
  private static final UTF8String[] KIND_NAMES = new UTF8String[KINDS.length];
  private static final MaskingProfile[] PROFILES = {MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT};
  private static final UTF8String[] PROFILE_NAMES = new UTF8String[PROFILES.length];
  private static final ConcurrentMap<String, Pseudonymizer> PSEUDONYMIZERS = new ConcurrentHashMap<>();

  static {
    for (DataKind kind : KINDS) {
      KIND_NAMES[kind.ordinal()] = UTF8String.fromString(kind.name());
    }
    for (int i = 0; i < PROFILES.length; i++) {
      PROFILE_NAMES[i] = UTF8String.fromString(PROFILES[i].name());
    }
  }

  private CreditFunctions() {}

  /**
   * {@code credit_mask(kind, value, profile)}: {@link MaskingProfile#mask(DataKind, String)} of the
   * built-in profile of that name.
   *
   * @throws IllegalArgumentException if the kind or the profile is not known (naming neither value)
   */
  public static @Nullable UTF8String mask(UTF8String kind, UTF8String value, UTF8String profile) {
    String masked = profile(profile).mask(kind(kind), value.toString());
    return masked == null ? null : UTF8String.fromString(masked);
  }

  /** {@code credit_redact(text)}: the text of {@link Redactor#standard()}'s redaction. */
  public static UTF8String redact(UTF8String text) {
    return UTF8String.fromString(Redactor.standard().redact(text.toString()).text());
  }

  /**
   * {@code credit_pseudonym(kind, value, key_id)}: {@link Pseudonymizer#pseudonym(DataKind,
   * String)} under the key configured for {@code keyId}; null for a value blank after
   * normalisation (a token of nothing would link every empty field).
   *
   * @throws IllegalArgumentException if the kind is not known or no valid key is configured
   */
  public static @Nullable UTF8String pseudonym(UTF8String kind, UTF8String value, UTF8String keyId) {
    DataKind k = kind(kind);
    String v = value.toString();
    if (k.normalise(v).isEmpty()) {
      return null;
    }
    return UTF8String.fromString(pseudonymizer(keyId.toString()).pseudonym(k, v));
  }

  /**
   * {@code credit_pseudonym(value, key_id)}: the pseudonym of a subject's identifier as credit-privacy's
   * query log makes it — as {@link DataKind#USCC} when the value is a valid unified social credit
   * code, otherwise as {@link DataKind#RESIDENT_ID}; null when blank.
   *
   * @throws IllegalArgumentException if no valid key is configured for {@code keyId}
   */
  public static @Nullable UTF8String subjectPseudonym(UTF8String value, UTF8String keyId) {
    String v = value.toString();
    DataKind kind = UnifiedSocialCreditCode.isValid(v) ? DataKind.USCC : DataKind.RESIDENT_ID;
    if (kind.normalise(v).isEmpty()) {
      return null;
    }
    return UTF8String.fromString(pseudonymizer(keyId.toString()).pseudonym(kind, v));
  }

  /**
   * {@code credit_valid(kind, value)}: whether the value is a valid resident ID number ({@link
   * ResidentIdNumber#isValid}, today in China) or unified social credit code ({@link
   * UnifiedSocialCreditCode#isValid}).
   *
   * @throws IllegalArgumentException if the kind has no validator
   */
  public static boolean valid(UTF8String kind, UTF8String value) {
    return validator(kind(kind)).test(value.toString());
  }

  static java.util.function.Predicate<String> validator(DataKind kind) {
    switch (kind) {
      case RESIDENT_ID:
        return ResidentIdNumber::isValid;
      case USCC:
        return UnifiedSocialCreditCode::isValid;
      default:
        throw new IllegalArgumentException(
            "credit_valid checks RESIDENT_ID and USCC only; " + kind + " has no validator");
    }
  }

  static DataKind kind(UTF8String name) {
    for (int i = 0; i < KIND_NAMES.length; i++) {
      if (KIND_NAMES[i].equals(name)) {
        return KINDS[i];
      }
    }
    throw new IllegalArgumentException("not a data kind (one of " + java.util.Arrays.toString(KINDS) + ")");
  }

  static MaskingProfile profile(UTF8String name) {
    for (int i = 0; i < PROFILE_NAMES.length; i++) {
      if (PROFILE_NAMES[i].equals(name)) {
        return PROFILES[i];
      }
    }
    throw new IllegalArgumentException("not a masking profile (PUBLIC, SHARING or SUBJECT)");
  }

  /** The built-in profile of that name. */
  static MaskingProfile profile(String name) {
    return profile(UTF8String.fromString(name));
  }

  /** The data kind of that name. */
  static DataKind kind(String name) {
    return kind(UTF8String.fromString(name));
  }

  /**
   * The pseudonymizer of a key id, from the Spark configuration entry {@link
   * CreditSpark#keyConfig(String)} of this JVM's {@code SparkEnv} (the executor's copy of the
   * application's configuration).
   */
  static Pseudonymizer pseudonymizer(String keyId) {
    SparkEnv env = SparkEnv.get();
    if (env == null) {
      throw new IllegalStateException("no Spark environment in this JVM");
    }
    String entry = CreditSpark.keyConfig(keyId);
    scala.Option<String> encoded = env.conf().getOption(entry);
    if (encoded.isEmpty()) {
      throw new IllegalArgumentException("no key is configured for key id " + keyId + ": set " + entry);
    }
    String material = encoded.get();
    return PSEUDONYMIZERS.computeIfAbsent(keyId + '\u0000' + material, k -> {
      byte[] key;
      try {
        key = Base64.getDecoder().decode(material.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(entry + " is not base64", null);
      }
      try {
        return Pseudonymizer.of(keyId, key);
      } finally {
        java.util.Arrays.fill(key, (byte) 0);
      }
    });
  }
}
