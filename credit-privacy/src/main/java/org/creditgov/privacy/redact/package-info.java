/**
 * Free-text redaction (PRI-3, CAT-6): {@link org.creditgov.privacy.redact.Redactor} finds
 * resident ID numbers, unified social credit codes, mobile and landline numbers, bank cards,
 * e-mail addresses, licence plates and caller-given names in the text of a decision document, and
 * returns a {@link org.creditgov.privacy.redact.RedactionResult}: the redacted text and the typed
 * {@link org.creditgov.privacy.redact.Span}s it found.
 *
 * <p>The detectors are hand-written scanners, not regular expressions: one pass over the text,
 * token boundaries respected (a 19-digit number holds no 18-digit ID), checksums validated by
 * credit-core (ISO 7064 MOD 11-2 and the birth date for IDs, GB 32100 for codes, Luhn for cards).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.redact;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
