/**
 * credit-privacy: masking (脱敏), free-text redaction and keyed pseudonyms of personal information
 * (PRI-3, CAT-6); consent as a typed authorisation (PRI-1, PRI-2, PRI-4); the purpose-bound query
 * gateway with its tamper-evident query log (SEC-1, SEC-2); the person's rights (PIPL Arts. 44–47);
 * and the public disclosure view (CAT-6). Built on credit-core and credit-audit.
 *
 * <p>Jackson is an optional dependency: only {@code org.creditgov.privacy.jackson}, {@code
 * org.creditgov.privacy.io} (the purpose-catalog format) and {@code org.creditgov.privacy.json
  // the JSON Schemas of the purpose catalog and the canonical forms, read by core.io's Schemas
  opens org.creditgov.privacy.schemas;
  // the records that mirror the purpose-catalog format, which Jackson binds
  opens org.creditgov.privacy.io to tools.jackson.databind;
}
 * (the canonical JSON forms) use it, and an application that uses them brings Jackson 3 ({@code
 * tools.jackson.core:jackson-databind}) and, to read files, the schema validator itself.
 */
module org.creditgov.privacy {
  requires transitive org.creditgov.core;
  requires transitive org.creditgov.audit;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static tools.jackson.core;
  requires static tools.jackson.databind;

  exports org.creditgov.privacy;
  exports org.creditgov.privacy.consent;
  exports org.creditgov.privacy.disclosure;
  exports org.creditgov.privacy.io;
  exports org.creditgov.privacy.jackson;
  exports org.creditgov.privacy.json;
  exports org.creditgov.privacy.mask;
  exports org.creditgov.privacy.query;
  exports org.creditgov.privacy.redact;
  exports org.creditgov.privacy.rights;


  // the JSON Schemas of the purpose catalog and the canonical forms, read by core.io's Schemas
  opens org.creditgov.privacy.schemas;
  // the records that mirror the purpose-catalog format, which Jackson binds
  opens org.creditgov.privacy.io to tools.jackson.databind;
}
