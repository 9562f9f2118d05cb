package org.creditgov.privacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableSetMultimap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.json.CanonicalJson;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.FindingTypes;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.json.UnknownFindingType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentContext;
import org.creditgov.privacy.consent.ConsentFinding;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.SeparateConsent;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureFinding;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.GatewayFixtures;
import org.creditgov.privacy.query.QueryFinding;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.privacy.query.ReviewFlag;
import org.creditgov.privacy.query.ReviewOutcome;
import org.creditgov.privacy.rights.RightsFinding;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON forms of credit-privacy: written documents follow their schemas, and reading
 * what was written gives an equal value, over generated values; broken documents are refused with
 * a located problem; the query-log payload is canonical JSON the audit log accepts.
 */
class PrivacyJsonTest {

  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final String[] TEXTS = {"宁夏青铜峡农村商业银行", "a \"quoted\" \\ name", "tab\tnew\nline", "ctl\u0001\u001f", "𠮷野家", "plain"};

  private static void assertFollowsSchema(String json, String schema) {
    List<DataProblem> problems = Schemas.bundled().validate(JsonDocument.parse(json, "written.json"), schema);
    assertThat(problems).as(json).isEmpty();
  }

  private static String text(SplittableRandom r) {
    return TEXTS[r.nextInt(TEXTS.length)] + r.nextInt(100);
  }

  private static Instant instant(SplittableRandom r) {
    return Instant.parse("2026-01-01T00:00:00Z").plusMillis(r.nextLong(1L << 36)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000));
  }

  private static ImmutableSetMultimap<String, String> fields(SplittableRandom r) {
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.put("ITEM-" + r.nextInt(4), "field" + r.nextInt(6));
    }
    return b.build();
  }

  static Consent consent(SplittableRandom r) {
    Consent.Builder b = Consent.builder().id("C-" + r.nextInt(1000))
        .subject(r.nextBoolean() ? SubjectRef.of(SubjectType.NATURAL_PERSON, GatewayFixtures.ID) : SubjectRef.of(SubjectType.LEGAL_PERSON, GatewayFixtures.USCC))
        .authorisedParty(text(r)).purposeCode("P-" + r.nextInt(9)).jurisdiction(QTX).scope(fields(r))
        .founding(r.nextBoolean() ? Founding.consent() : Founding.statutoryDuty(PrivacyInstruments.PIPL.withArticle("第十三条")))
        .method(ConsentMethod.values()[r.nextInt(2)]).validFrom(instant(r));
    if (r.nextInt(5) > 0) {
      b.validUntil(instant(r));
    }
    if (r.nextBoolean()) {
      b.maxUses(1 + r.nextInt(99));
    }
    if (r.nextBoolean()) {
      b.addSeparateConsents(SeparateConsent.values()[r.nextInt(2)]);
    }
    if (r.nextBoolean()) {
      b.provisionTo(text(r));
    }
    if (r.nextBoolean()) {
      b.context(ConsentContext.builder().service(text(r)).addNeededPurposes("P-1").conditionOfService(r.nextBoolean())
          .addPurposesCovered("P-" + r.nextInt(3)).build());
    }
    return b.build();
  }

  static QueryLogEntry entry(SplittableRandom r) {
    boolean refused = r.nextBoolean();
    QueryLogEntry.Builder b = QueryLogEntry.builder().queryId("Q-" + r.nextInt(10_000)).requestId(text(r)).recordedAt(instant(r))
        .actor(Actor.of(text(r), "officer-" + r.nextInt(9))).purposeCode("P-" + r.nextInt(9)).jurisdiction(QTX)
        .subjectKeyId("k2026").subjectToken("k2026:" + "x".repeat(43)).founding(FoundingKind.values()[r.nextInt(2)])
        .fieldsRequested(fields(r)).outcome(refused ? Outcome.REFUSED : Outcome.ALLOWED).addFindingCodes("consent.AUTHORISED");
    if (!refused) {
      b.fieldsReturned(fields(r)).recordsReturned(r.nextInt(5));
    }
    if (r.nextBoolean()) {
      b.consentId("C-" + r.nextInt(9));
    } else {
      b.statutoryBasis(PrivacyInstruments.CREDIT_REPORTING_REGULATION.withArticle("第十八条"));
    }
    if (r.nextBoolean()) {
      b.caseReference("青审服许〔2026〕" + r.nextInt(999) + "号");
    }
    for (ReviewFlag f : ReviewFlag.values()) {
      if (r.nextInt(3) == 0) {
        b.addFlags(f);
      }
    }
    return b.build();
  }

  @Test
  void consentsQueryRequestsLogEntriesAndReviewsFollowTheirSchemasAndSurviveTheRoundTrip() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Consent c = consent(r);
      String cj = PrivacyJson.CONSENT.encode(c);
      assertFollowsSchema(cj, "consent-1.schema.json");
      assertThat(PrivacyJson.CONSENT.decode(cj, "c.json")).isEqualTo(c);
      assertThat(PrivacyJson.CONSENT.encode(PrivacyJson.CONSENT.decode(cj))).isEqualTo(cj);
      assertThat(cj).startsWith("{\"format\":\"creditgov-consent/1\"");

      QueryRequest q = QueryRequest.builder().requestId(text(r)).actor(Actor.of(text(r), "o-" + r.nextInt(5))).purposeCode("P-1")
          .subject(c.subject()).jurisdiction(QTX).fields(fields(r))
          .founding(r.nextBoolean() ? QueryFounding.underConsent(c.id()) : QueryFounding.statutoryDuty(PrivacyInstruments.PIPL))
          .audience(Audience.values()[r.nextInt(3)]).caseReference(r.nextBoolean() ? Optional.of("案-1") : Optional.empty()).build();
      String qj = PrivacyJson.QUERY_REQUEST.encode(q);
      assertFollowsSchema(qj, "query-request-1.schema.json");
      assertThat(PrivacyJson.QUERY_REQUEST.decode(qj, "q.json")).isEqualTo(q);
      assertThat(qj).startsWith("{\"format\":\"creditgov-query-request/1\"");

      QueryLogEntry e = entry(r);
      String ej = PrivacyJson.QUERY_LOG_ENTRY.encode(e);
      assertFollowsSchema(ej, "query-log-entry-1.schema.json");
      assertThat(PrivacyJson.QUERY_LOG_ENTRY.decode(ej, "e.json")).isEqualTo(e);
      String payload = PrivacyJson.payload(e);
      assertThat(PrivacyJson.isReviewPayload(payload)).isFalse();
      assertThat(PrivacyJson.isEntryPayload(payload)).isTrue();
      assertThat(CanonicalJson.of(payload)).isEqualTo(payload);
      assertFollowsSchema(payload, "query-log-entry-1.schema.json"); // the payload is the document, canonical
      assertThat(PrivacyJson.readEntryPayload(payload, "p")).isEqualTo(e);
      AuditEntry.query().recordedAt(e.recordedAt()).actor("a").department("d").subjectToken("k", "t").purpose("p").outcome("o")
          .payload(payload).build(); // canonical: the audit log accepts it

      QueryReview rv = QueryReview.builder().queryId(e.queryId()).reviewer(Actor.of(text(r), "s-1")).reviewedAt(instant(r))
          .outcome(ReviewOutcome.values()[r.nextInt(2)]).note(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty()).build();
      String rj = PrivacyJson.QUERY_REVIEW.encode(rv);
      assertFollowsSchema(rj, "query-review-1.schema.json");
      assertThat(PrivacyJson.QUERY_REVIEW.decode(rj, "r.json")).isEqualTo(rv);
      String reviewPayload = PrivacyJson.payload(rv);
      assertThat(PrivacyJson.isEntryPayload(reviewPayload)).isFalse();
      assertThat(CanonicalJson.of(reviewPayload)).isEqualTo(reviewPayload);
      assertFollowsSchema(reviewPayload, "query-review-1.schema.json");
      AuditEntry.query().recordedAt(rv.reviewedAt()).actor("a").department("d").subjectToken("k", "t").purpose("p").outcome("o")
          .payload(reviewPayload).build();
      assertThat(PrivacyJson.isReviewPayload(PrivacyJson.payload(rv))).isTrue();
      assertThat(PrivacyJson.readReviewPayload(PrivacyJson.payload(rv), "p")).isEqualTo(rv);
    });
  }

  /**
   * SEC-1, PRI-1: the answers of a real gateway to generated queries (consented or not, fields in
   * and out of the consent's scope, other subjects' records present) follow their schema and read
   * back equal; a refused answer carries no record and every finding's messages.
   */
  @Test
  void queryResultsFollowTheirSchemaAndSurviveTheRoundTrip() {
    Seeds.forEachSeed(60, seed -> {
      SplittableRandom r = Seeds.random(seed);
      GatewayFixtures f = new GatewayFixtures();
      for (int i = 0; i < r.nextInt(4); i++) {
        f.records.add(GatewayFixtures.penalty(f.person, "青市监罚〔2025〕" + i + "号", LocalDate.of(2025, 1, 2).plusDays(r.nextInt(300))));
      }
      if (r.nextBoolean()) {
        assertThat(f.consents.record(f.loanConsent("C-" + seed).build()).verdict().isAllowed()).isTrue();
      }
      String[] asked = {"penaltyContent", "fineAmount", "violationFacts", "partyIdNumber"};
      ImmutableSetMultimap.Builder<String, String> fields = ImmutableSetMultimap.builder();
      for (int i = 0; i <= r.nextInt(asked.length); i++) {
        fields.put("NAT-ADMIN-PENALTY", asked[r.nextInt(asked.length)]);
      }
      QueryResult result = f.gateway().build().query(f.loanQuery("C-" + seed).fields(fields.build()).build());
      String json = PrivacyJson.QUERY_RESULT.encode(result);
      assertFollowsSchema(json, "query-result-1.schema.json");
      assertThat(json).startsWith("{\"format\":\"creditgov-query-result/1\"");
      QueryResult back = PrivacyJson.QUERY_RESULT.decode(json, "result.json");
      assertThat(back).isEqualTo(result);
      assertThat(PrivacyJson.QUERY_RESULT.encode(back)).isEqualTo(json);
      if (!result.authorised()) {
        assertThat(back.records()).isEmpty();
        assertThat(json).contains("\"messages\":{\"zh\":\"");
        String forged = json.replace("\"records\":[]", "\"records\":[{\"decisionDate\":\"2026-03-02\","
            + "\"documentNumber\":\"青市监罚〔2026〕7号\",\"fields\":{},\"itemCode\":\"NAT-ADMIN-PENALTY\"}]");
        assertThat(catchThrowable(() -> PrivacyJson.QUERY_RESULT.decode(forged, "forged.json")))
            .as("a refused answer carrying data is refused").isInstanceOf(JsonFormException.class);
      }
      assertThat(json).doesNotContain(GatewayFixtures.ID); // the identifier never, masked or pseudonymised
    });
  }

  @Test
  void disclosureAnswersFollowTheirSchemaAndSurviveTheRoundTripFindingsFactsAndAll() {
    Seeds.forEachSeed(50, seed -> {
      SplittableRandom r = Seeds.random(seed);
      GatewayFixtures f = new GatewayFixtures();
      PublicationStates.InMemory stops = PublicationStates.inMemory();
      List<CreditRecord> records = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        CreditRecord rec = GatewayFixtures.penalty(r.nextBoolean() ? f.company : f.person, "青市监罚〔2025〕" + i + "号",
                LocalDate.of(2023, 1, 1).plusDays(r.nextInt(1200)))
            .toBuilder().severityClass(SeverityClass.values()[r.nextInt(SeverityClass.values().length)]).build();
        if (r.nextInt(3) == 0) {
          stops.stop(rec.itemCode(), rec.documentNumber(), PublicationStop.of(rec.decisionDate().plusDays(r.nextInt(400)),
              StopReason.values()[r.nextInt(3)], "修〔" + i + "〕号"));
        }
        records.add(r.nextInt(6) == 0 ? rec.toBuilder().itemCode("QTX-UNKNOWN").build() : rec);
      }
      DisclosureAnswer a = DisclosureView.builder().catalogs(f.catalogs).states(stops).clock(f.clock).build()
          .on(QTX, LocalDate.of(2023, 1, 1).plusDays(r.nextInt(1400)), r.nextBoolean() ? f.companyRef : f.personRef, records);
      String json = PrivacyJson.DISCLOSURE_ANSWER.encode(a);
      assertFollowsSchema(json, "disclosure-answer-1.schema.json");
      DisclosureAnswer back = PrivacyJson.DISCLOSURE_ANSWER.decode(json, "a.json");
      assertThat(back).isEqualTo(a);
      assertThat(PrivacyJson.DISCLOSURE_ANSWER.encode(back)).isEqualTo(json);
      Stream.concat(Stream.concat(back.shown().stream().flatMap(s -> s.findings().stream()),
              back.withheld().stream().flatMap(w -> w.findings().stream())), back.findings().stream())
          .forEach(found -> assertThat(found.type()).isNotInstanceOf(UnknownFindingType.class)); // privacy's types, found by code
    });
  }

  @Test
  void aBrokenDocumentIsRefusedWithALocatedProblem() {
    String json = PrivacyJson.CONSENT.encode(consent(new SplittableRandom(1)));
    JsonFormException unknown = (JsonFormException) catchThrowable(
        () -> PrivacyJson.CONSENT.decode(json.replace("\"method\":", "\"metod\":"), "c.json"));
    assertThat(unknown.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(DataProblemType.UNKNOWN_KEY.code());
      assertThat(p.pointer()).isEqualTo("/metod");
      assertThat(p.line()).isPresent();
    });
    JsonFormException date = (JsonFormException) catchThrowable(
        () -> PrivacyJson.CONSENT.decode(json.replaceFirst("\"validFrom\":\"[^\"]+\"", "\"validFrom\":\"2026-02-30T00:00:00Z\""), "c.json"));
    assertThat(date.problems().get(0).pointer()).isEqualTo("/validFrom");
    assertThat(catchThrowable(() -> PrivacyJson.CONSENT.decode(json.replace("creditgov-consent/1", "creditgov-consent/9"), "c.json")))
        .isInstanceOfSatisfying(JsonFormException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo(DataProblemType.UNKNOWN_FORMAT.code()));
    assertThat(catchThrowable(() -> PrivacyJson.CONSENT.decode("{\"format\":\"creditgov-consent/1\",\"id\":\"a\",\"id\":\"b\"}", "c.json")))
        .isInstanceOfSatisfying(JsonFormException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo(DataProblemType.DUPLICATE_KEY.code()));
    assertThat(catchThrowable(() -> PrivacyJson.CONSENT.decode(json.substring(0, json.length() / 2), "c.json")))
        .isInstanceOfSatisfying(JsonFormException.class, e -> assertThat(e.problems()).hasSize(1));
  }

  /** The one problem of a document read from its text, located by pointer, line and column. */
  private static DataProblem onlyProblem(Runnable decode) {
    DataProblem p = onlyProblemOfTree(decode);
    assertThat(p.line()).isPresent();
    assertThat(p.column()).isPresent();
    return p;
  }

  /**
   * The one problem of a document core.json reads as a tree (its format key not first, as in a
   * canonical payload): located by pointer only, the tree has no lines.
   */
  private static DataProblem onlyProblemOfTree(Runnable decode) {
    JsonFormException e = (JsonFormException) catchThrowable(decode::run);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void everyFormRefusesAMissingKeyAWrongTypeAndAMisplacedFoundingWithOneLocatedProblem() {
    SplittableRandom r = new SplittableRandom(3);
    String consent = PrivacyJson.CONSENT.encode(Consent.builder().from(consent(r)).founding(Founding.consent()).build());
    DataProblem missing = onlyProblem(() -> PrivacyJson.CONSENT.decode(consent.replaceFirst("\"id\":\"[^\"]+\",", ""), "c.json"));
    assertThat(missing.code()).isEqualTo(DataProblemType.MISSING_KEY.code());
    assertThat(missing.pointer()).isEqualTo("/id");
    DataProblem basis = onlyProblem(() -> PrivacyJson.CONSENT.decode(
        consent.replace("{\"kind\":\"CONSENT\"}", "{\"kind\":\"STATUTORY_DUTY\"}"), "c.json"));
    assertThat(basis.code()).isEqualTo(DataProblemType.MISSING_KEY.code());
    assertThat(basis.pointer()).isEqualTo("/founding/legalBasis");

    QueryLogEntry entry = entry(r);
    String ej = PrivacyJson.QUERY_LOG_ENTRY.encode(entry);
    DataProblem type = onlyProblem(() -> PrivacyJson.QUERY_LOG_ENTRY.decode(
        ej.replaceFirst("\"recordsReturned\":[0-9]+", "\"recordsReturned\":\"3\""), "e.json"));
    assertThat(type.code()).isEqualTo(DataProblemType.WRONG_JSON_TYPE.code());
    assertThat(type.pointer()).isEqualTo("/recordsReturned");
    DataProblem token = onlyProblemOfTree(() -> PrivacyJson.readEntryPayload(PrivacyJson.payload(entry).replace("\"token\":", "\"tokn\":"), "p"));
    assertThat(token.code()).isEqualTo(DataProblemType.UNKNOWN_KEY.code());
    assertThat(token.pointer()).isEqualTo("/subject/tokn");

    QueryRequest q = QueryRequest.builder().requestId("R-1").actor(Actor.of("青铜峡市市场监督管理局", "o-1")).purposeCode("P-1")
        .subject(SubjectRef.of(SubjectType.LEGAL_PERSON, GatewayFixtures.USCC)).jurisdiction(QTX).fields(fields(r))
        .founding(QueryFounding.underConsent("C-1")).audience(Audience.SHARING).build();
    String qj = PrivacyJson.QUERY_REQUEST.encode(q);
    DataProblem noConsent = onlyProblem(() -> PrivacyJson.QUERY_REQUEST.decode(qj.replace(",\"consentId\":\"C-1\"", ""), "q.json"));
    assertThat(noConsent.code()).isEqualTo(DataProblemType.MISSING_KEY.code());
    assertThat(noConsent.pointer()).isEqualTo("/founding/consentId");
    String statutory = PrivacyJson.QUERY_REQUEST.encode(QueryRequest.builder().from(q)
        .founding(QueryFounding.statutoryDuty(PrivacyInstruments.PIPL)).build());
    DataProblem both = onlyProblem(() -> PrivacyJson.QUERY_REQUEST.decode(
        statutory.replace("{\"kind\":\"STATUTORY_DUTY\",", "{\"kind\":\"STATUTORY_DUTY\",\"consentId\":\"C-1\","), "q.json"));
    assertThat(both.code()).isEqualTo(DataProblemType.UNKNOWN_KEY.code());
    assertThat(both.pointer()).isEqualTo("/founding/consentId");
    DataProblem subject = onlyProblem(() -> PrivacyJson.QUERY_REQUEST.decode(
        qj.replace("\"identifier\":\"" + GatewayFixtures.USCC + "\"", "\"identifier\":\"a b\""), "q.json"));
    assertThat(subject.code()).isEqualTo(DataProblemType.INVALID_VALUE.code());
    assertThat(subject.pointer()).startsWith("/subject");
  }

  @Test
  void privacysFindingTypesRegisterThroughTheServiceLoader() {
    FindingTypes types = FindingTypes.discovered();
    for (FindingType t : new PrivacyFindingTypes().findingTypes()) {
      assertThat(types.find(t.code())).as(t.code()).containsSame(t);
    }
    assertThat(new PrivacyFindingTypes().findingTypes()).hasSize(ConsentFinding.values().length + QueryFinding.values().length
        + DisclosureFinding.values().length + RightsFinding.values().length);
    Finding f = Finding.of(DisclosureFinding.values()[0], List.of(PrivacyInstruments.PIPL));
    assertThat(CoreJson.FINDING.decode(CoreJson.FINDING.encode(f)).type()).isSameAs(DisclosureFinding.values()[0]);
  }

  @Test
  void aLogPayloadIsCanonicalWithControlCharactersEscapedInLowerCase() {
    QueryLogEntry e = QueryLogEntry.builder().from(entry(new SplittableRandom(7))).requestId("a\u0001b\u001fc\b\f").build();
    assertThat(PrivacyJson.QUERY_LOG_ENTRY.encode(e)).contains("a\\u0001b\\u001Fc"); // the form's own text: Jackson's escapes
    String payload = PrivacyJson.payload(e);
    assertThat(payload).contains("a\\u0001b\\u001fc\\b\\f").doesNotContain(" ")
        .startsWith("{\"actor\":").contains(",\"format\":\"creditgov-query-log-entry/1\",");
    assertThat(new String(AuditEntry.query().recordedAt(Instant.EPOCH.plus(Duration.ofDays(1))).actor("a").department("d")
        .subjectToken("k", "t").purpose("p").outcome("o").payload(payload).build().canonicalJson(), StandardCharsets.UTF_8)).contains(payload);
  }
}
