package org.creditgov.privacy.json;

import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.privacy.query.ReviewFlag;
import org.creditgov.privacy.query.ReviewOutcome;

/**
 * The canonical forms of a query-log entry and a review (SEC-1, SEC-2). Their members are written
 * in code-point order, so that without the {@code format} key (which a document carries first)
 * the text is canonical JSON (RFC 8785) as credit-audit's entries hold it as their payload; a
 * payload says which it is by {@code kind}.
 */
final class QueryLogForms {

  static final String ENTRY = "creditgov-query-log-entry/1";
  static final String REVIEW = "creditgov-query-review/1";

  private QueryLogForms() {}

  static void entry(JsonOut out, QueryLogEntry e, boolean payload) {
    out.start();
    if (!payload) {
      out.string("format", ENTRY);
    }
    actor(out, "actor", e.actor());
    out.string("caseReference", e.caseReference());
    out.string("consentId", e.consentId());
    out.fields("fieldsRequested", e.fieldsRequested());
    out.fields("fieldsReturned", e.fieldsReturned());
    out.strings("findingCodes", e.findingCodes());
    out.constants("flags", e.flags());
    out.constant("founding", e.founding());
    out.string("jurisdiction", e.jurisdiction().code());
    if (payload) {
      out.string("kind", "entry");
    }
    out.constant("outcome", e.outcome());
    out.string("purposeCode", e.purposeCode());
    out.string("queryId", e.queryId());
    out.instant("recordedAt", e.recordedAt());
    out.number("recordsReturned", e.recordsReturned());
    out.string("requestId", e.requestId());
    e.statutoryBasis().ifPresent(b -> out.legalBasis("statutoryBasis", b));
    out.name("subject").start().string("keyId", e.subjectKeyId()).string("token", e.subjectToken()).end();
    out.end();
  }

  static void review(JsonOut out, QueryReview r, boolean payload) {
    out.start();
    if (!payload) {
      out.string("format", REVIEW);
    }
    if (payload) {
      out.string("kind", "review");
    }
    out.string("note", r.note());
    out.constant("outcome", r.outcome());
    out.string("queryId", r.queryId());
    out.instant("reviewedAt", r.reviewedAt());
    actor(out, "reviewer", r.reviewer());
    out.end();
  }

  private static void actor(JsonOut out, String name, Actor a) {
    out.name(name).start().string("department", a.department()).string("officer", a.officer()).end();
  }

  private static Actor actor(JsonIn in) {
    String[] v = new String[2];
    in.object(n -> {
      switch (n) {
        case "department":
          v[0] = in.nonBlank();
          return true;
        case "officer":
          v[1] = in.nonBlank();
          return true;
        default:
          return false;
      }
    }, "department", "officer");
    return Actor.of(v[0], v[1]);
  }

  /** Reads an entry; {@code payload} says whether it is a payload (kind, no format) or a document. */
  static QueryLogEntry entry(JsonIn in, boolean payload) {
    QueryLogEntry.Builder b = QueryLogEntry.builder();
    in.document(n -> {
      switch (n) {
        case "format":
          if (payload) {
            return false;
          }
          in.format(ENTRY);
          return true;
        case "kind":
          if (!payload || !in.string().equals("entry")) {
            return false;
          }
          return true;
        case "actor":
          b.actor(actor(in));
          return true;
        case "caseReference":
          b.caseReference(in.nonBlank());
          return true;
        case "consentId":
          b.consentId(in.nonBlank());
          return true;
        case "fieldsRequested":
          b.fieldsRequested(in.fields());
          return true;
        case "fieldsReturned":
          b.fieldsReturned(in.fields());
          return true;
        case "findingCodes":
          b.addAllFindingCodes(in.strings());
          return true;
        case "flags":
          b.addAllFlags(in.array(() -> in.constant(ReviewFlag.class)));
          return true;
        case "founding":
          b.founding(in.constant(FoundingKind.class));
          return true;
        case "jurisdiction":
          b.jurisdiction(in.jurisdiction());
          return true;
        case "outcome":
          b.outcome(in.constant(Outcome.class));
          return true;
        case "purposeCode":
          b.purposeCode(in.nonBlank());
          return true;
        case "queryId":
          b.queryId(in.nonBlank());
          return true;
        case "recordedAt":
          b.recordedAt(in.instant());
          return true;
        case "recordsReturned":
          b.recordsReturned((int) in.number(0, Integer.MAX_VALUE));
          return true;
        case "requestId":
          b.requestId(in.nonBlank());
          return true;
        case "statutoryBasis":
          b.statutoryBasis(in.legalBasis());
          return true;
        case "subject":
          in.object(s -> {
            switch (s) {
              case "keyId":
                b.subjectKeyId(in.nonBlank());
                return true;
              case "token":
                b.subjectToken(in.nonBlank());
                return true;
              default:
                return false;
            }
          }, "keyId", "token");
          return true;
        default:
          return false;
      }
    }, payload
        ? new String[] {"kind", "actor", "fieldsRequested", "fieldsReturned", "findingCodes", "flags", "founding", "jurisdiction",
            "outcome", "purposeCode", "queryId", "recordedAt", "recordsReturned", "requestId", "subject"}
        : new String[] {"format", "actor", "fieldsRequested", "fieldsReturned", "findingCodes", "flags", "founding", "jurisdiction",
            "outcome", "purposeCode", "queryId", "recordedAt", "recordsReturned", "requestId", "subject"});
    return in.build(b::build);
  }

  static QueryReview review(JsonIn in, boolean payload) {
    QueryReview.Builder b = QueryReview.builder();
    in.document(n -> {
      switch (n) {
        case "format":
          if (payload) {
            return false;
          }
          in.format(REVIEW);
          return true;
        case "kind":
          return payload && in.string().equals("review");
        case "note":
          b.note(in.nonBlank());
          return true;
        case "outcome":
          b.outcome(in.constant(ReviewOutcome.class));
          return true;
        case "queryId":
          b.queryId(in.nonBlank());
          return true;
        case "reviewedAt":
          b.reviewedAt(in.instant());
          return true;
        case "reviewer":
          b.reviewer(actor(in));
          return true;
        default:
          return false;
      }
    }, payload ? new String[] {"kind", "outcome", "queryId", "reviewedAt", "reviewer"}
        : new String[] {"format", "outcome", "queryId", "reviewedAt", "reviewer"});
    return in.build(b::build);
  }
}
