/**
 * Keyed pseudonyms (PRI-1, PRI-3): {@link org.creditgov.privacy.Pseudonymizer} turns an identifier
 * into an HMAC-SHA-256 token that links the records of one person across data sets without
 * revealing the identifier. Masking lives in {@code org.creditgov.privacy.mask}, free-text
 * redaction in {@code org.creditgov.privacy.redact}, serialisation with Jackson in {@code
 * org.creditgov.privacy.jackson}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
