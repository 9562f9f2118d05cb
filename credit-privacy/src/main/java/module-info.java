/**
 * credit-privacy: masking, free-text redaction, keyed pseudonyms, consent, query control and the
 * tamper-evident log, built on credit-core.
 */
module org.creditgov.privacy {
  requires transitive org.creditgov.core;
}
