package org.creditgov.privacy.json;

import static org.creditgov.privacy.json.PrivacyCodecs.ACTOR;
import static org.creditgov.privacy.json.PrivacyCodecs.FIELDS;
import static org.creditgov.privacy.json.PrivacyCodecs.LEGAL_BASIS;
import static org.creditgov.privacy.json.PrivacyCodecs.NON_BLANK;
import static org.creditgov.privacy.json.PrivacyCodecs.SUBJECT_REF;

import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
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
import org.jspecify.annotations.Nullable;

/** The codecs of a consent ({@code creditgov-consent/1}) and a query request ({@code creditgov-query-request/1}). */
final class ConsentForms {

  private ConsentForms() {}

  /**
   * The founding object both forms share: {@code {"kind":…,"consentId":…,"legalBasis":…}}. A
   * consent has no consent id; a query under consent names one; a statutory duty names its legal
   * basis, and only a statutory duty does.
   */
  private record FoundingParts(FoundingKind kind, @Nullable String consentId, @Nullable LegalBasis basis) {
    /** The basis of a statutory duty, which the reader requires. */
    LegalBasis statutoryBasis() {
      return java.util.Objects.requireNonNull(basis, "a statutory duty names its basis");
    }

    /** The consent a query rests on, which the reader requires of a query. */
    String givenConsentId() {
      return java.util.Objects.requireNonNull(consentId, "a query under consent names it");
    }

    static void write(JsonWriter out, FoundingKind kind, java.util.Optional<String> consentId,
        java.util.Optional<LegalBasis> basis) {
      out.startObject().constant("kind", kind).string("consentId", consentId).value("legalBasis", basis, LEGAL_BASIS).endObject();
    }

    static FoundingParts read(JsonReader in, boolean withConsentId) {
      FoundingKind kind = null;
      String consentId = null;
      LegalBasis basis = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "kind" -> kind = in.constant(FoundingKind.class);
          case "consentId" -> {
            if (!withConsentId) {
              throw in.unknownKey(name);
            }
            consentId = in.nonBlank();
          }
          case "legalBasis" -> basis = in.value(LEGAL_BASIS);
          default -> throw in.unknownKey(name);
        }
      }
      FoundingKind k = in.required(kind, "kind");
      if (k == FoundingKind.STATUTORY_DUTY) {
        in.required(basis, "legalBasis");
        if (consentId != null) {
          throw in.misplacedKey("consentId");
        }
      } else {
        if (basis != null) {
          throw in.misplacedKey("legalBasis");
        }
        if (withConsentId) {
          in.required(consentId, "consentId");
        }
      }
      return new FoundingParts(k, consentId, basis);
    }
  }

  private static final JsonCodec<ConsentContext> CONTEXT = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, ConsentContext x) {
      out.startObject().string("service", x.service());
      PrivacyCodecs.always(out, "neededPurposes", x.neededPurposes().asList(), NON_BLANK);
      out.bool("conditionOfService", x.conditionOfService());
      PrivacyCodecs.always(out, "purposesCovered", x.purposesCovered().asList(), NON_BLANK);
      out.endObject();
    }

    @Override
    public ConsentContext read(JsonReader in) {
      ConsentContext.Builder b = ConsentContext.builder();
      String service = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "service" -> service = in.nonBlank();
          case "neededPurposes" -> b.addAllNeededPurposes(in.list(NON_BLANK));
          case "conditionOfService" -> b.conditionOfService(in.bool());
          case "purposesCovered" -> b.addAllPurposesCovered(in.list(NON_BLANK));
          default -> throw in.unknownKey(name);
        }
      }
      return b.service(in.required(service, "service")).build();
    }
  };

  private static final JsonCodec<SeparateConsent> SEPARATE = PrivacyCodecs.constants(SeparateConsent.class);

  /** {@code creditgov-consent/1}: the subject as type and identifier. */
  static final JsonCodec<Consent> CONSENT = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Consent c) {
      out.startObject().string("id", c.id()).value("subject", c.subject(), SUBJECT_REF)
          .string("authorisedParty", c.authorisedParty()).string("purposeCode", c.purposeCode())
          .string("jurisdiction", c.jurisdiction().code()).value("scope", c.scope(), FIELDS);
      out.name("founding");
      FoundingParts.write(out, c.founding().kind(), java.util.Optional.empty(), c.founding().legalBasis());
      out.constant("method", c.method()).instant("validFrom", c.validFrom());
      if (c.validUntil().isPresent()) {
        out.instant("validUntil", c.validUntil().get());
      }
      out.number("maxUses", c.maxUses()).list("separateConsents", c.separateConsents().asList(), SEPARATE)
          .string("provisionTo", c.provisionTo()).value("context", c.context(), CONTEXT).endObject();
    }

    @Override
    public Consent read(JsonReader in) {
      Consent.Builder b = Consent.builder();
      String id = null;
      SubjectRef subject = null;
      String party = null;
      String purpose = null;
      Jurisdiction jurisdiction = null;
      ImmutableSetMultimap<String, String> scope = null;
      FoundingParts founding = null;
      ConsentMethod method = null;
      Instant validFrom = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "id" -> id = in.nonBlank();
          case "subject" -> subject = in.value(SUBJECT_REF);
          case "authorisedParty" -> party = in.nonBlank();
          case "purposeCode" -> purpose = in.nonBlank();
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          case "scope" -> scope = in.value(FIELDS);
          case "founding" -> founding = FoundingParts.read(in, false);
          case "method" -> method = in.constant(ConsentMethod.class);
          case "validFrom" -> validFrom = in.instant();
          case "validUntil" -> b.validUntil(in.instant());
          case "maxUses" -> b.maxUses(in.intNumber(1, Integer.MAX_VALUE));
          case "separateConsents" -> b.addAllSeparateConsents(in.list(SEPARATE));
          case "provisionTo" -> b.provisionTo(in.nonBlank());
          case "context" -> b.context(in.value(CONTEXT));
          default -> throw in.unknownKey(name);
        }
      }
      b.id(in.required(id, "id")).subject(in.required(subject, "subject")).authorisedParty(in.required(party, "authorisedParty"))
          .purposeCode(in.required(purpose, "purposeCode")).jurisdiction(in.required(jurisdiction, "jurisdiction"))
          .scope(in.required(scope, "scope"));
      FoundingParts f = in.required(founding, "founding");
      b.founding(f.kind() == FoundingKind.STATUTORY_DUTY ? Founding.statutoryDuty(f.statutoryBasis()) : Founding.consent());
      return b.method(in.required(method, "method")).validFrom(in.required(validFrom, "validFrom")).build();
    }
  };

  /** {@code creditgov-query-request/1}. */
  static final JsonCodec<QueryRequest> REQUEST = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, QueryRequest q) {
      out.startObject().string("requestId", q.requestId()).value("actor", q.actor(), ACTOR).string("purposeCode", q.purposeCode())
          .value("subject", q.subject(), SUBJECT_REF).string("jurisdiction", q.jurisdiction().code())
          .value("fields", q.fields(), FIELDS);
      out.name("founding");
      FoundingParts.write(out, q.founding().kind(), q.founding().consentId(), q.founding().legalBasis());
      out.constant("audience", q.audience()).string("caseReference", q.caseReference()).endObject();
    }

    @Override
    public QueryRequest read(JsonReader in) {
      QueryRequest.Builder b = QueryRequest.builder();
      String requestId = null;
      Actor actor = null;
      String purpose = null;
      SubjectRef subject = null;
      Jurisdiction jurisdiction = null;
      ImmutableSetMultimap<String, String> fields = null;
      FoundingParts founding = null;
      Audience audience = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "requestId" -> requestId = in.nonBlank();
          case "actor" -> actor = in.value(ACTOR);
          case "purposeCode" -> purpose = in.nonBlank();
          case "subject" -> subject = in.value(SUBJECT_REF);
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          case "fields" -> fields = in.value(FIELDS);
          case "founding" -> founding = FoundingParts.read(in, true);
          case "audience" -> audience = in.constant(Audience.class);
          case "caseReference" -> b.caseReference(in.nonBlank());
          default -> throw in.unknownKey(name);
        }
      }
      b.requestId(in.required(requestId, "requestId")).actor(in.required(actor, "actor")).purposeCode(in.required(purpose, "purposeCode"))
          .subject(in.required(subject, "subject")).jurisdiction(in.required(jurisdiction, "jurisdiction"))
          .fields(in.required(fields, "fields"));
      FoundingParts f = in.required(founding, "founding");
      b.founding(f.kind() == FoundingKind.STATUTORY_DUTY ? QueryFounding.statutoryDuty(f.statutoryBasis()) : QueryFounding.underConsent(f.givenConsentId()));
      return b.audience(in.required(audience, "audience")).build();
    }
  };
}
