package org.creditgov.privacy.json;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.json.CanonicalJson;
import org.creditgov.core.json.JsonForm;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.QueryReview;

/**
 * The canonical JSON forms of credit-privacy (SEC-1, SEC-2, PRI-2, CAT-6; docs/json-forms.md), on
 * credit-core's machinery ({@link JsonForm}), each with its schema in {@code
 * org/creditgov/privacy/schemas/}:
 *
 * <ul>
 *   <li>{@link #CONSENT} {@code creditgov-consent/1}: the subject as a reference (type and
 *       identifier);
 *   <li>{@link #QUERY_REQUEST} {@code creditgov-query-request/1};
 *   <li>{@link #QUERY_LOG_ENTRY} {@code creditgov-query-log-entry/1} and {@link #QUERY_REVIEW}
 *       {@code creditgov-query-review/1}: never a subject, only its keyed pseudonym; their canonical
 *       text (RFC 8785) is the payload of the audit log's entries ({@link #payload(QueryLogEntry)});
 *   <li>{@link #QUERY_RESULT} {@code creditgov-query-result/1}: the answer to a query, the records
 *       as the gateway minimised and masked them;
 *   <li>{@link #DISCLOSURE_ANSWER} {@code creditgov-disclosure-answer/1}: its findings in
 *       core.json's finding form with their messages (for the website; ignored when read), their
 *       types found by code ({@link PrivacyFindingTypes}).
 * </ul>
 *
 * <p>{@code JsonForm.encode} writes a document, {@code JsonForm.decode} reads one or refuses it with
 * one located {@link org.creditgov.core.json.JsonFormException}. Reading what was written gives an
 * equal value. Thread-safe.
 */
public final class PrivacyJson {

  private PrivacyJson() {}

  /** {@code creditgov-consent/1}. */
  public static final JsonForm<Consent> CONSENT = JsonForm.builder("consent", 1, ConsentForms.CONSENT).build();

  /** {@code creditgov-query-request/1}. */
  public static final JsonForm<QueryRequest> QUERY_REQUEST = JsonForm.builder("query-request", 1, ConsentForms.REQUEST).build();

  /** {@code creditgov-query-log-entry/1}. */
  public static final JsonForm<QueryLogEntry> QUERY_LOG_ENTRY =
      JsonForm.builder("query-log-entry", 1, QueryLogForms.ENTRY).build();

  /** {@code creditgov-query-review/1}. */
  public static final JsonForm<QueryReview> QUERY_REVIEW = JsonForm.builder("query-review", 1, QueryLogForms.REVIEW).build();

  /**
   * {@code creditgov-query-result/1}: the answer to a query as the requester receives it, its
   * findings' messages written (the requester's clerk reads them); the entry embedded in the log
   * entry's form, without its {@code format}.
   */
  public static final JsonForm<QueryResult> QUERY_RESULT =
      JsonForm.builder("query-result", 1, QueryResultForms.RESULT).build().withMessages();

  /** {@code creditgov-disclosure-answer/1}, its findings' messages written (the site shows them). */
  public static final JsonForm<DisclosureAnswer> DISCLOSURE_ANSWER =
      JsonForm.builder("disclosure-answer", 1, DisclosureForms.ANSWER).build().withMessages();

  /** How a review's payload starts, and an entry's format key, whatever their version. */
  private static final String REVIEW_START = "{\"format\":\"creditgov-" + QUERY_REVIEW.type() + "/";
  private static final String ENTRY_FORMAT = ",\"format\":\"creditgov-" + QUERY_LOG_ENTRY.type() + "/";

  /**
   * The entry as the payload of a credit-audit entry: its document in canonical text (RFC 8785:
   * members in code-point order, {@code format} among them; no insignificant whitespace; JCS
   * escapes), which {@link org.creditgov.audit.entry.AuditEntry} accepts.
   *
   * @throws NullPointerException if {@code entry} is null
   */
  public static String payload(QueryLogEntry entry) {
    return CanonicalJson.encode(QUERY_LOG_ENTRY, entry);
  }

  /**
   * The review as the payload of a credit-audit entry, canonical text as {@link #payload(QueryLogEntry)}.
   *
   * @throws NullPointerException if {@code review} is null
   */
  public static String payload(QueryReview review) {
    return CanonicalJson.encode(QUERY_REVIEW, review);
  }

  /** Whether a payload is a review's: in code-point order its first member is its {@code format}. */
  public static boolean isReviewPayload(String payload) {
    return payload.startsWith(REVIEW_START);
  }

  /** Whether a payload is an entry's: its {@code format} follows the members that sort before it ({@code actor} …). */
  public static boolean isEntryPayload(String payload) {
    return payload.startsWith("{\"actor\":") && payload.contains(ENTRY_FORMAT);
  }

  /**
   * The entry a payload holds.
   *
   * @throws org.creditgov.core.json.JsonFormException if it is not an entry's payload
   * @throws NullPointerException if an argument is null
   */
  public static QueryLogEntry readEntryPayload(String payload, String source) {
    return QUERY_LOG_ENTRY.decode(requireNonNull(payload, "payload"), source);
  }

  /**
   * The review a payload holds.
   *
   * @throws org.creditgov.core.json.JsonFormException if it is not a review's payload
   * @throws NullPointerException if an argument is null
   */
  public static QueryReview readReviewPayload(String payload, String source) {
    return QUERY_REVIEW.decode(requireNonNull(payload, "payload"), source);
  }
}
