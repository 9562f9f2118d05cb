/**
 * The canonical JSON forms of credit-privacy's values (FOUNDATIONS, "Canonical JSON forms"): a
 * consent ({@code creditgov-consent/1}), a query request ({@code creditgov-query-request/1}), a
 * query-log entry and review ({@code creditgov-query-log-entry/1}, {@code creditgov-query-review/1})
 * and the disclosure answer ({@code creditgov-disclosure-answer/1}), each with a schema under
 * {@code org/creditgov/privacy/schemas/}. Codecs are hand-written over Jackson 3's streaming API
 * ({@link org.creditgov.privacy.json.PrivacyJson}); a document that is not of its form is refused
 * with one {@link org.creditgov.privacy.json.PrivacyJsonException} listing the problem, located.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
