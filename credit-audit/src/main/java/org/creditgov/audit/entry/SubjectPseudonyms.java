package org.creditgov.audit.entry;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * Keyed pseudonyms of subjects (PRI-1, SEC-2): an audit entry never holds a subject's identifier
 * (a resident ID number, a unified social credit code), only the token this gives for it and the id
 * of the key that made it, so that the log links one subject's entries without revealing who it
 * is, and the token can be checked later by whoever holds the key.
 *
 * <p>credit-privacy's {@code Pseudonymizer} (HMAC-SHA-256 under a named key) fits it by an
 * adapter, without this module depending on credit-privacy:
 *
 * <pre>{@code
 * Pseudonymizer p = Pseudonymizer.of("k2026", key);
 * SubjectPseudonyms pseudonyms = SubjectPseudonyms.of(p.keyId(),
 *     id -> p.pseudonym(UnifiedSocialCreditCode.isValid(id) ? DataKind.USCC : DataKind.RESIDENT_ID, id));
 * }</pre>
 */
public interface SubjectPseudonyms {

  /**
   * The token of an identifier: the same for the same identifier and key, and revealing nothing
   * of it without the key.
   *
   * @throws NullPointerException if {@code identifier} is null
   * @throws IllegalArgumentException if the identifier cannot be pseudonymised (blank, say)
   */
  String tokenFor(String identifier);

  /** The id of the key the tokens are made under (after rotation, old tokens name the old key). */
  String keyId();

  /**
   * Pseudonyms from a key id and a token function, such as a method reference.
   *
   * @throws NullPointerException if an argument is null
   */
  static SubjectPseudonyms of(String keyId, Function<String, String> tokens) {
    requireNonNull(keyId, "keyId");
    requireNonNull(tokens, "tokens");
    return new SubjectPseudonyms() {
      @Override
      public String tokenFor(String identifier) {
        return requireNonNull(tokens.apply(requireNonNull(identifier, "identifier")), "token");
      }

      @Override
      public String keyId() {
        return keyId;
      }

      @Override
      public String toString() {
        return "SubjectPseudonyms[keyId=" + keyId + "]";
      }
    };
  }
}
