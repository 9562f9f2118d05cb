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
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentContext;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.SeparateConsent;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.GatewayFixtures;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.privacy.query.ReviewFlag;
import org.creditgov.privacy.query.ReviewOutcome;
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
      String cj = PrivacyJson.write(c);
      assertFollowsSchema(cj, "consent-1.schema.json");
      assertThat(PrivacyJson.readConsent(cj, "c.json")).isEqualTo(c);
      assertThat(cj).startsWith("{\"format\":\"creditgov-consent/1\"");

      QueryRequest q = QueryRequest.builder().requestId(text(r)).actor(Actor.of(text(r), "o-" + r.nextInt(5))).purposeCode("P-1")
          .subject(c.subject()).jurisdiction(QTX).fields(fields(r))
          .founding(r.nextBoolean() ? QueryFounding.underConsent(c.id()) : QueryFounding.statutoryDuty(PrivacyInstruments.PIPL))
          .audience(Audience.values()[r.nextInt(3)]).caseReference(r.nextBoolean() ? Optional.of("案-1") : Optional.empty()).build();
      String qj = PrivacyJson.write(q);
      assertFollowsSchema(qj, "query-request-1.schema.json");
      assertThat(PrivacyJson.readQueryRequest(qj, "q.json")).isEqualTo(q);

      QueryLogEntry e = entry(r);
      String ej = PrivacyJson.write(e);
      assertFollowsSchema(ej, "query-log-entry-1.schema.json");
      assertThat(PrivacyJson.readQueryLogEntry(ej, "e.json")).isEqualTo(e);
      String payload = PrivacyJson.payload(e);
      assertThat(PrivacyJson.isReviewPayload(payload)).isFalse();
      assertThat(PrivacyJson.readEntryPayload(payload, "p")).isEqualTo(e);
      AuditEntry.query().recordedAt(e.recordedAt()).actor("a").department("d").subjectToken("k", "t").purpose("p").outcome("o")
          .payload(payload).build(); // canonical: the audit log accepts it

      QueryReview rv = QueryReview.builder().queryId(e.queryId()).reviewer(Actor.of(text(r), "s-1")).reviewedAt(instant(r))
          .outcome(ReviewOutcome.values()[r.nextInt(2)]).note(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty()).build();
      String rj = PrivacyJson.write(rv);
      assertFollowsSchema(rj, "query-review-1.schema.json");
      assertThat(PrivacyJson.readQueryReview(rj, "r.json")).isEqualTo(rv);
      assertThat(PrivacyJson.isReviewPayload(PrivacyJson.payload(rv))).isTrue();
      assertThat(PrivacyJson.readReviewPayload(PrivacyJson.payload(rv), "p")).isEqualTo(rv);
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
      String json = PrivacyJson.write(a);
      assertFollowsSchema(json, "disclosure-answer-1.schema.json");
      DisclosureAnswer back = PrivacyJson.readDisclosureAnswer(json, "a.json");
      assertThat(back).isEqualTo(a);
      assertThat(PrivacyJson.write(back)).isEqualTo(json);
    });
  }

  @Test
  void aBrokenDocumentIsRefusedWithALocatedProblem() {
    String json = PrivacyJson.write(consent(new SplittableRandom(1)));
    PrivacyJsonException unknown = (PrivacyJsonException) catchThrowable(
        () -> PrivacyJson.readConsent(json.replace("\"method\":", "\"metod\":"), "c.json"));
    assertThat(unknown.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(DataProblemType.UNKNOWN_KEY.code());
      assertThat(p.pointer()).isEqualTo("/metod");
      assertThat(p.line()).isPresent();
    });
    PrivacyJsonException date = (PrivacyJsonException) catchThrowable(
        () -> PrivacyJson.readConsent(json.replaceFirst("\"validFrom\":\"[^\"]+\"", "\"validFrom\":\"2026-02-30T00:00:00Z\""), "c.json"));
    assertThat(date.problems().get(0).pointer()).isEqualTo("/validFrom");
    assertThat(catchThrowable(() -> PrivacyJson.readConsent(json.replace("creditgov-consent/1", "creditgov-consent/9"), "c.json")))
        .isInstanceOfSatisfying(PrivacyJsonException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo(DataProblemType.UNKNOWN_FORMAT.code()));
    assertThat(catchThrowable(() -> PrivacyJson.readConsent("{\"format\":\"creditgov-consent/1\",\"id\":\"a\",\"id\":\"b\"}", "c.json")))
        .isInstanceOfSatisfying(PrivacyJsonException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo(DataProblemType.DUPLICATE_KEY.code()));
    assertThat(catchThrowable(() -> PrivacyJson.readConsent(json.substring(0, json.length() / 2), "c.json")))
        .isInstanceOf(PrivacyJsonException.class);
  }

  @Test
  void aLogPayloadIsCanonicalWithControlCharactersEscapedInLowerCase() {
    QueryLogEntry e = QueryLogEntry.builder().from(entry(new SplittableRandom(7))).requestId("a\u0001b\u001fc").build();
    String payload = PrivacyJson.payload(e);
    assertThat(payload).contains("a\\u0001b\\u001fc").doesNotContain(" ").doesNotContain("\"format\"");
    assertThat(new String(AuditEntry.query().recordedAt(Instant.EPOCH.plus(Duration.ofDays(1))).actor("a").department("d")
        .subjectToken("k", "t").purpose("p").outcome("o").payload(payload).build().canonicalJson(), StandardCharsets.UTF_8)).contains(payload);
  }
}
