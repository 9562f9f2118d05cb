package org.creditgov.privacy.json;

import org.creditgov.core.subject.SubjectRef;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentContext;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.SeparateConsent;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryRequest;

/** The canonical forms of a consent ({@code creditgov-consent/1}) and a query request ({@code creditgov-query-request/1}). */
final class ConsentForms {

  static final String CONSENT = "creditgov-consent/1";
  static final String REQUEST = "creditgov-query-request/1";

  private ConsentForms() {}

  static void subject(JsonOut out, SubjectRef s) {
    out.name("subject").start().constant("type", s.type()).string("identifier", s.identifier()).end();
  }

  static void consent(JsonOut out, Consent c) {
    out.start().string("format", CONSENT)
        .string("id", c.id());
    subject(out, c.subject());
    out.string("authorisedParty", c.authorisedParty())
        .string("purposeCode", c.purposeCode())
        .string("jurisdiction", c.jurisdiction().code())
        .fields("scope", c.scope());
    out.name("founding").start().constant("kind", c.founding().kind());
    c.founding().legalBasis().ifPresent(b -> out.legalBasis("legalBasis", b));
    out.end();
    out.constant("method", c.method()).instant("validFrom", c.validFrom());
    c.validUntil().ifPresent(u -> out.instant("validUntil", u));
    if (c.maxUses().isPresent()) {
      out.number("maxUses", c.maxUses().getAsInt());
    }
    if (!c.separateConsents().isEmpty()) {
      out.constants("separateConsents", c.separateConsents());
    }
    out.string("provisionTo", c.provisionTo());
    c.context().ifPresent(x -> {
      out.name("context").start().string("service", x.service()).strings("neededPurposes", x.neededPurposes())
          .bool("conditionOfService", x.conditionOfService()).strings("purposesCovered", x.purposesCovered()).end();
    });
    out.end();
  }

  static Consent consent(JsonIn in) {
    Consent.Builder b = Consent.builder();
    in.document(n -> {
      switch (n) {
        case "format":
          in.format(CONSENT);
          return true;
        case "id":
          b.id(in.nonBlank());
          return true;
        case "subject":
          b.subject(in.subject());
          return true;
        case "authorisedParty":
          b.authorisedParty(in.nonBlank());
          return true;
        case "purposeCode":
          b.purposeCode(in.nonBlank());
          return true;
        case "jurisdiction":
          b.jurisdiction(in.jurisdiction());
          return true;
        case "scope":
          b.scope(in.fields());
          return true;
        case "founding":
          b.founding(founding(in));
          return true;
        case "method":
          b.method(in.constant(ConsentMethod.class));
          return true;
        case "validFrom":
          b.validFrom(in.instant());
          return true;
        case "validUntil":
          b.validUntil(in.instant());
          return true;
        case "maxUses":
          b.maxUses((int) in.number(1, Integer.MAX_VALUE));
          return true;
        case "separateConsents":
          b.addAllSeparateConsents(in.array(() -> in.constant(SeparateConsent.class)));
          return true;
        case "provisionTo":
          b.provisionTo(in.nonBlank());
          return true;
        case "context":
          b.context(context(in));
          return true;
        default:
          return false;
      }
    }, "format", "id", "subject", "authorisedParty", "purposeCode", "jurisdiction", "scope", "founding", "method", "validFrom");
    return in.build(b::build);
  }

  /** The members of a founding object, as the consent and the query request forms share it. */
  private static final class FoundingParts {
    @org.jspecify.annotations.Nullable FoundingKind kind;
    @org.jspecify.annotations.Nullable String consentId;
    org.creditgov.core.legal.@org.jspecify.annotations.Nullable LegalBasis basis;

    static FoundingParts read(JsonIn in, boolean withConsentId) {
      FoundingParts f = new FoundingParts();
      in.object(n -> {
        switch (n) {
          case "kind":
            f.kind = in.constant(FoundingKind.class);
            return true;
          case "consentId":
            if (!withConsentId) {
              return false;
            }
            f.consentId = in.nonBlank();
            return true;
          case "legalBasis":
            f.basis = in.legalBasis();
            return true;
          default:
            return false;
        }
      }, "kind");
      return f;
    }

    boolean consent() {
      return kind == FoundingKind.CONSENT && basis == null;
    }

    org.creditgov.core.legal.LegalBasis basis() {
      return JsonIn.present(basis, "a statutory duty names its legal basis");
    }
  }

  private static Founding founding(JsonIn in) {
    FoundingParts f = FoundingParts.read(in, false);
    return in.build(() -> f.consent() ? Founding.consent() : Founding.statutoryDuty(f.basis()));
  }

  private static ConsentContext context(JsonIn in) {
    ConsentContext.Builder b = ConsentContext.builder();
    in.object(n -> {
      switch (n) {
        case "service":
          b.service(in.nonBlank());
          return true;
        case "neededPurposes":
          b.addAllNeededPurposes(in.strings());
          return true;
        case "conditionOfService":
          b.conditionOfService(in.bool());
          return true;
        case "purposesCovered":
          b.addAllPurposesCovered(in.strings());
          return true;
        default:
          return false;
      }
    }, "service");
    return in.build(b::build);
  }

  static void request(JsonOut out, QueryRequest q) {
    out.start().string("format", REQUEST).string("requestId", q.requestId());
    out.name("actor").start().string("department", q.actor().department()).string("officer", q.actor().officer()).end();
    out.string("purposeCode", q.purposeCode());
    subject(out, q.subject());
    out.string("jurisdiction", q.jurisdiction().code()).fields("fields", q.fields());
    out.name("founding").start().constant("kind", q.founding().kind()).string("consentId", q.founding().consentId());
    q.founding().legalBasis().ifPresent(b -> out.legalBasis("legalBasis", b));
    out.end();
    out.constant("audience", q.audience()).string("caseReference", q.caseReference());
    out.end();
  }

  static QueryRequest request(JsonIn in) {
    QueryRequest.Builder b = QueryRequest.builder();
    in.document(n -> {
      switch (n) {
        case "format":
          in.format(REQUEST);
          return true;
        case "requestId":
          b.requestId(in.nonBlank());
          return true;
        case "actor":
          String[] a = new String[2];
          in.object(m -> {
            if (m.equals("department")) {
              a[0] = in.nonBlank();
            } else if (m.equals("officer")) {
              a[1] = in.nonBlank();
            } else {
              return false;
            }
            return true;
          }, "department", "officer");
          b.actor(Actor.of(a[0], a[1]));
          return true;
        case "purposeCode":
          b.purposeCode(in.nonBlank());
          return true;
        case "subject":
          b.subject(in.subject());
          return true;
        case "jurisdiction":
          b.jurisdiction(in.jurisdiction());
          return true;
        case "fields":
          b.fields(in.fields());
          return true;
        case "founding":
          FoundingParts f = FoundingParts.read(in, true);
          b.founding(in.build(() -> f.consent()
              ? QueryFounding.underConsent(JsonIn.present(f.consentId, "a query under consent names its consent"))
              : QueryFounding.statutoryDuty(f.basis())));
          return true;
        case "audience":
          b.audience(in.constant(Audience.class));
          return true;
        case "caseReference":
          b.caseReference(in.nonBlank());
          return true;
        default:
          return false;
      }
    }, "format", "requestId", "actor", "purposeCode", "subject", "jurisdiction", "fields", "founding", "audience");
    return in.build(b::build);
  }
}
