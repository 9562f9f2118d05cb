/**
 * credit-privacy: masking (脱敏), free-text redaction and keyed pseudonyms of personal
 * information (PRI-3, CAT-6), built on credit-core; consent, query control and the tamper-evident
 * log arrive in later issues.
 *
 * <p>Jackson is an optional dependency: only {@code org.creditgov.privacy.jackson} uses it, and an
 * application that registers its module brings Jackson 3 ({@code tools.jackson.core:jackson-databind})
 * itself.
 */
module org.creditgov.privacy {
  requires transitive org.creditgov.core;
  requires static org.immutables.value.annotations;
  requires static tools.jackson.databind;

  exports org.creditgov.privacy;
  exports org.creditgov.privacy.mask;
  exports org.creditgov.privacy.redact;
  exports org.creditgov.privacy.jackson;
}
