package org.creditgov.privacy.json;

import static org.creditgov.privacy.json.PrivacyCodecs.ACTOR;
import static org.creditgov.privacy.json.PrivacyCodecs.FIELDS;
import static org.creditgov.privacy.json.PrivacyCodecs.LEGAL_BASIS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.privacy.query.ReviewFlag;
import org.creditgov.privacy.query.ReviewOutcome;

/**
 * The codecs of a query-log entry and a review (SEC-1, SEC-2): the subject only as its keyed
 * pseudonym, never its identifier. Members are written in code-point order after the {@code format}
 * key, so that the canonical text of a document (RFC 8785, {@link
 * org.creditgov.core.json.CanonicalJson}), which the audit log stores as payload, differs from the
 * document only where {@code format} and a legal basis's members go.
 */
final class QueryLogForms {

  private QueryLogForms() {}

  private static final JsonCodec<ReviewFlag> FLAG = PrivacyCodecs.constants(ReviewFlag.class);

  /** {@code creditgov-query-log-entry/1}. */
  static final JsonCodec<QueryLogEntry> ENTRY = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, QueryLogEntry e) {
      out.startObject().value("actor", e.actor(), ACTOR).string("caseReference", e.caseReference())
          .string("consentId", e.consentId()).value("fieldsRequested", e.fieldsRequested(), FIELDS)
          .value("fieldsReturned", e.fieldsReturned(), FIELDS);
      PrivacyCodecs.always(out, "findingCodes", e.findingCodes(), PrivacyCodecs.STRING);
      PrivacyCodecs.always(out, "flags", e.flags().asList(), FLAG);
      out.constant("founding", e.founding()).string("jurisdiction", e.jurisdiction().code()).constant("outcome", e.outcome())
          .string("purposeCode", e.purposeCode()).string("queryId", e.queryId()).instant("recordedAt", e.recordedAt())
          .number("recordsReturned", e.recordsReturned()).string("requestId", e.requestId())
          .value("statutoryBasis", e.statutoryBasis(), LEGAL_BASIS);
      out.name("subject").startObject().string("keyId", e.subjectKeyId()).string("token", e.subjectToken()).endObject();
      out.endObject();
    }

    @Override
    public QueryLogEntry read(JsonReader in) {
      QueryLogEntry.Builder b = QueryLogEntry.builder();
      Actor actor = null;
      ImmutableSetMultimap<String, String> requested = null;
      ImmutableSetMultimap<String, String> returned = null;
      ImmutableList<String> codes = null;
      ImmutableList<ReviewFlag> flags = null;
      FoundingKind founding = null;
      Jurisdiction jurisdiction = null;
      Outcome outcome = null;
      String purpose = null;
      String queryId = null;
      Instant recordedAt = null;
      Integer records = null;
      String requestId = null;
      String[] subject = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "actor" -> actor = in.value(ACTOR);
          case "caseReference" -> b.caseReference(in.nonBlank());
          case "consentId" -> b.consentId(in.nonBlank());
          case "fieldsRequested" -> requested = in.value(FIELDS);
          case "fieldsReturned" -> returned = in.value(FIELDS);
          case "findingCodes" -> codes = in.list(PrivacyCodecs.STRING);
          case "flags" -> flags = in.list(FLAG);
          case "founding" -> founding = in.constant(FoundingKind.class);
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          case "outcome" -> outcome = in.constant(Outcome.class);
          case "purposeCode" -> purpose = in.nonBlank();
          case "queryId" -> queryId = in.nonBlank();
          case "recordedAt" -> recordedAt = in.instant();
          case "recordsReturned" -> records = in.intNumber(0, Integer.MAX_VALUE);
          case "requestId" -> requestId = in.nonBlank();
          case "statutoryBasis" -> b.statutoryBasis(in.value(LEGAL_BASIS));
          case "subject" -> subject = pseudonym(in);
          default -> throw in.unknownKey(name);
        }
      }
      String[] s = in.required(subject, "subject");
      return b.actor(in.required(actor, "actor")).fieldsRequested(in.required(requested, "fieldsRequested"))
          .fieldsReturned(in.required(returned, "fieldsReturned")).addAllFindingCodes(in.required(codes, "findingCodes"))
          .addAllFlags(in.required(flags, "flags")).founding(in.required(founding, "founding"))
          .jurisdiction(in.required(jurisdiction, "jurisdiction")).outcome(in.required(outcome, "outcome"))
          .purposeCode(in.required(purpose, "purposeCode")).queryId(in.required(queryId, "queryId"))
          .recordedAt(in.required(recordedAt, "recordedAt")).recordsReturned(in.required(records, "recordsReturned"))
          .requestId(in.required(requestId, "requestId")).subjectKeyId(s[0]).subjectToken(s[1]).build();
    }
  };

  /** The subject's keyed pseudonym: {@code {"keyId":…,"token":…}}. */
  private static String[] pseudonym(JsonReader in) {
    String keyId = null;
    String token = null;
    in.startObject();
    for (String name; (name = in.nextName()) != null; ) {
      switch (name) {
        case "keyId" -> keyId = in.nonBlank();
        case "token" -> token = in.nonBlank();
        default -> throw in.unknownKey(name);
      }
    }
    return new String[] {in.required(keyId, "keyId"), in.required(token, "token")};
  }

  /** {@code creditgov-query-review/1}. */
  static final JsonCodec<QueryReview> REVIEW = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, QueryReview r) {
      out.startObject().string("note", r.note()).constant("outcome", r.outcome()).string("queryId", r.queryId())
          .instant("reviewedAt", r.reviewedAt()).value("reviewer", r.reviewer(), ACTOR).endObject();
    }

    @Override
    public QueryReview read(JsonReader in) {
      QueryReview.Builder b = QueryReview.builder();
      ReviewOutcome outcome = null;
      String queryId = null;
      Instant reviewedAt = null;
      Actor reviewer = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "note" -> b.note(in.nonBlank());
          case "outcome" -> outcome = in.constant(ReviewOutcome.class);
          case "queryId" -> queryId = in.nonBlank();
          case "reviewedAt" -> reviewedAt = in.instant();
          case "reviewer" -> reviewer = in.value(ACTOR);
          default -> throw in.unknownKey(name);
        }
      }
      return b.outcome(in.required(outcome, "outcome")).queryId(in.required(queryId, "queryId"))
          .reviewedAt(in.required(reviewedAt, "reviewedAt")).reviewer(in.required(reviewer, "reviewer")).build();
    }
  };
}
