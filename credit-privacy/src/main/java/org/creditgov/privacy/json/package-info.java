/**
 * The canonical JSON forms of credit-privacy's values (docs/json-forms.md) on credit-core's
 * machinery ({@code org.creditgov.core.json}): a consent ({@code creditgov-consent/1}), a query
 * request ({@code creditgov-query-request/1}), a query-log entry and review ({@code
 * creditgov-query-log-entry/1}, {@code creditgov-query-review/1}, whose canonical text RFC 8785 is
 * the audit log's payload) and the disclosure answer ({@code creditgov-disclosure-answer/1}), each
 * with a schema under {@code org/creditgov/privacy/schemas/} ({@link
 * org.creditgov.privacy.json.PrivacyJson}). Legal bases, subjects, terms, findings and rule-set
 * versions are written by core.json's own codecs; privacy's finding types register for {@link
 * org.creditgov.core.json.FindingTypes} ({@link org.creditgov.privacy.json.PrivacyFindingTypes}). A
 * document that is not of its form is refused with one {@link
 * org.creditgov.core.json.JsonFormException} listing the problem, located.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
