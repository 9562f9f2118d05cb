package org.creditgov.privacy.json;

import static java.util.Objects.requireNonNull;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryReview;

/**
 * The canonical JSON forms of credit-privacy (SEC-1, SEC-2, PRI-2, CAT-6), written and read by
 * hand-written codecs over Jackson 3's streaming API: compact UTF-8 text, {@code "format":
 * "creditgov-<type>/1"} first, enums by constant name, instants ISO-8601 in UTC with {@code Z},
 * dates {@code YYYY-MM-DD}, periods ISO-8601, legal bases in full, subjects as a {@code SubjectRef}
 * (type and identifier) — and in the query log never a subject at all, only its keyed pseudonym.
 * Reading a value that was written gives an equal value. Thread-safe.
 */
public final class PrivacyJson {

  private PrivacyJson() {}

  static <T> String write(T value, BiConsumer<JsonOut, T> codec, boolean newline) {
    requireNonNull(value, "value");
    JsonOut out = new JsonOut();
    codec.accept(out, value);
    return out.text(newline);
  }

  static <T> T read(String json, String source, Function<JsonIn, T> codec) {
    try (JsonIn in = new JsonIn(json, source)) {
      return codec.apply(in);
    }
  }

  /** A consent as a document of {@code creditgov-consent/1} (the subject as type and identifier). */
  public static String write(Consent consent) {
    return write(consent, ConsentForms::consent, true);
  }

  /**
   * A consent read from a document of its form.
   *
   * @throws PrivacyJsonException if the text is not a document of the form, or the value it holds
   *     breaks an invariant of {@link Consent} (located at the document)
   */
  public static Consent readConsent(String json, String source) {
    return read(json, source, ConsentForms::consent);
  }

  /** A query request as a document of {@code creditgov-query-request/1}. */
  public static String write(QueryRequest request) {
    return write(request, ConsentForms::request, true);
  }

  /**
   * A query request read from a document of its form.
   *
   * @throws PrivacyJsonException if the text is not a document of the form
   */
  public static QueryRequest readQueryRequest(String json, String source) {
    return read(json, source, ConsentForms::request);
  }

  /**
   * A disclosure answer as a document of {@code creditgov-disclosure-answer/1}, its findings with
   * their facts and messages.
   *
   * @throws IllegalArgumentException if a field value is of a type with no canonical form
   */
  public static String write(DisclosureAnswer answer) {
    return write(answer, DisclosureForms::answer, true);
  }

  /**
   * A disclosure answer read from a document of its form (messages are ignored: they derive from
   * the facts).
   *
   * @throws PrivacyJsonException if the text is not a document of the form, or names a finding
   *     code credit-privacy does not know
   */
  public static DisclosureAnswer readDisclosureAnswer(String json, String source) {
    return read(json, source, DisclosureForms::answer);
  }

  /** A query-log entry as a document of {@code creditgov-query-log-entry/1}. */
  public static String write(QueryLogEntry entry) {
    return write(entry, (o, e) -> QueryLogForms.entry(o, e, false), true);
  }

  /** A review as a document of {@code creditgov-query-review/1}. */
  public static String write(QueryReview review) {
    return write(review, (o, r) -> QueryLogForms.review(o, r, false), true);
  }

  /**
   * A query-log entry read from a document of its form.
   *
   * @throws PrivacyJsonException if the text is not a document of the form
   */
  public static QueryLogEntry readQueryLogEntry(String json, String source) {
    return read(json, source, in -> QueryLogForms.entry(in, false));
  }

  /**
   * A review read from a document of its form.
   *
   * @throws PrivacyJsonException if the text is not a document of the form
   */
  public static QueryReview readQueryReview(String json, String source) {
    return read(json, source, in -> QueryLogForms.review(in, false));
  }

  /**
   * The entry as the payload of a credit-audit entry: its form without the {@code format} key,
   * with {@code "kind": "entry"}, as canonical JSON (RFC 8785: members in code-point order, no
   * insignificant whitespace).
   */
  public static String payload(QueryLogEntry entry) {
    return write(entry, (o, e) -> QueryLogForms.entry(o, e, true), false);
  }

  /** The review as the payload of a credit-audit entry ({@code "kind": "review"}), canonical JSON. */
  public static String payload(QueryReview review) {
    return write(review, (o, r) -> QueryLogForms.review(o, r, true), false);
  }

  /** Whether a payload is a review's (its first member, in code-point order, is {@code "kind": "review"}). */
  public static boolean isReviewPayload(String payload) {
    return payload.startsWith("{\"kind\":\"review\"");
  }

  /**
   * The entry a payload holds.
   *
   * @throws PrivacyJsonException if it is not an entry's payload
   */
  public static QueryLogEntry readEntryPayload(String payload, String source) {
    return read(payload, source, in -> QueryLogForms.entry(in, true));
  }

  /**
   * The review a payload holds.
   *
   * @throws PrivacyJsonException if it is not a review's payload
   */
  public static QueryReview readReviewPayload(String payload, String source) {
    return read(payload, source, in -> QueryLogForms.review(in, true));
  }
}
