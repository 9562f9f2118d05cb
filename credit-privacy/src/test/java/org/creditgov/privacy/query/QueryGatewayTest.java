package org.creditgov.privacy.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.privacy.query.GatewayFixtures.CLERK;
import static org.creditgov.privacy.query.GatewayFixtures.ID;
import static org.creditgov.privacy.query.GatewayFixtures.LICENSING;
import static org.creditgov.privacy.query.GatewayFixtures.LOAN_OFFICER;
import static org.creditgov.privacy.query.GatewayFixtures.USCC;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.consent.ConsentFinding;
import org.junit.jupiter.api.Test;

/** Purpose-bound queries, minimised and masked, each registered once (SEC-1, PRI-1, PRI-2, PRI-4). */
class QueryGatewayTest {

  private final GatewayFixtures f = new GatewayFixtures();

  @Test
  void aBanksQueryUnderThePersonsWrittenConsentGetsOnlyWhatThePurposeAndTheConsentCover() {
    f.consents.record(f.loanConsent("QTX-RCB-2026-000123").build());
    QueryGateway gateway = f.gateway().build();
    QueryRequest request = f.loanQuery("QTX-RCB-2026-000123")
        .fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent", "NAT-ADMIN-PENALTY", "fineAmount",
            "NAT-ADMIN-PENALTY", "violationFacts", "NAT-ADMIN-PENALTY", "partyIdNumber"))
        .build();

    QueryResult r = gateway.query(request);

    assertThat(r.authorised()).as(r.verdict().toString()).isTrue();
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(
        QueryFinding.FIELD_NOT_FOR_PURPOSE, QueryFinding.FIELD_NOT_FOR_PURPOSE, ConsentFinding.AUTHORISED);
    assertThat(r.records()).singleElement().satisfies(rec -> {
      assertThat(rec.documentNumber()).isEqualTo("青市监罚〔2026〕7号");
      assertThat(rec.fields()).containsOnlyKeys("penaltyContent", "fineAmount");
    });
    assertThat(r.entry().fieldsReturned().entries()).hasSize(2);
    assertThat(r.entry().subjectToken()).isEqualTo(f.tokens.token(f.personRef)).doesNotContain(ID);
    assertThat(f.log.entries()).containsExactly(r.entry());
    assertThat(r.verdict().findings().get(0).messageZh()).contains("违法事实").doesNotContain("violationFacts")
        .contains("贷款审批");
  }

  @Test
  void aDepartmentsQueryUnderAStatutoryDutyIsAnsweredAndFlaggedWithoutAnOpenCase() {
    QueryGateway gateway = f.gateway().build();
    QueryResult r = gateway.query(f.licensingQuery().build());
    assertThat(r.authorised()).isTrue();
    assertThat(r.verdict().outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(r.verdict().findings()).extracting(Finding::type)
        .containsExactly(QueryFinding.AUTHORISED_BY_DUTY, QueryFinding.FLAGGED_FOR_REVIEW);
    assertThat(r.entry().flags()).containsExactly(ReviewFlag.NO_OPEN_CASE);
    assertThat(r.records()).singleElement().satisfies(rec -> assertThat(rec.fields()).containsOnlyKeys(
        "violationType", "penaltyContent", "decidingAuthority"));
    assertThat(r.verdict().findings().get(0).messageZh()).contains("《中华人民共和国行政许可法》第十二条");

    f.cases.open(LICENSING, f.companyRef);
    QueryResult withCase = gateway.query(f.licensingQuery().build());
    assertThat(withCase.entry().flags()).isEmpty();
    assertThat(f.log.entries()).hasSize(2);
  }

  @Test
  void anExpiredConsentAuthorisesNothingAndTheRefusalIsRegistered() {
    f.consents.record(f.loanConsent("C-1").build());
    f.clock.set(LocalDateTime.of(2026, 12, 29, 10, 0).atZone(ChinaTime.ZONE).toInstant()); // in office hours
    QueryResult r = f.gateway().build().query(f.loanQuery("C-1").build());
    assertThat(r.authorised()).isFalse();
    assertThat(r.records()).isEmpty();
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.EXPIRED);
    assertThat(r.entry().outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(r.entry().fieldsReturned().isEmpty()).isTrue();
    assertThat(f.log.entries()).containsExactly(r.entry());
  }

  @Test
  void aWithdrawnConsentRefusesTheNextQuery() {
    f.consents.record(f.loanConsent("C-1").build());
    QueryGateway gateway = f.gateway().build();
    assertThat(gateway.query(f.loanQuery("C-1").build()).authorised()).isTrue();
    f.consents.withdraw("C-1", f.personRef);
    f.clock.advance(Duration.ofSeconds(1));
    QueryResult r = gateway.query(f.loanQuery("C-1").build());
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(ConsentFinding.WITHDRAWN);
    assertThat(r.records()).isEmpty();
    assertThat(f.log.entries()).hasSize(2);
  }

  @Test
  void aBankCannotQueryUnderAStatutoryDutyAndEveryReasonIsListed() {
    QueryResult r = f.gateway().build().query(f.loanQuery("x").founding(
        QueryFounding.statutoryDuty(GatewayFixtures.LICENSING_LAW)).fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "nonsense")).build());
    assertThat(r.verdict().findings()).extracting(Finding::type).containsExactly(
        QueryFinding.FOUNDING_NOT_ALLOWED, QueryFinding.FIELD_NOT_IN_CATALOG, QueryFinding.FLAGGED_FOR_REVIEW);
    assertThat(r.entry().flags()).containsExactly(ReviewFlag.NO_OPEN_CASE); // a duty the bank has no case for
    assertThat(r.records()).isEmpty();
  }

  @Test
  void sensitiveAndSecretFieldsAreNeverReturnedAndPersonalOnesAreMasked() {
    QueryGateway gateway = f.gateway().build();
    f.cases.open(LICENSING, f.personRef);
    QueryResult r = gateway.query(f.licensingQuery().subject(f.personRef)
        .fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent", "NAT-ADMIN-PENALTY", "partyIdNumber")).build());
    assertThat(r.verdict().findings()).extracting(Finding::type)
        .containsExactly(QueryFinding.FIELD_NOT_FOR_PURPOSE, QueryFinding.AUTHORISED_BY_DUTY);
    assertThat(r.records()).singleElement().satisfies(rec -> assertThat(rec.fields()).containsOnlyKeys("penaltyContent"));
    assertThat(r.records().toString()).doesNotContain(ID);
  }

  @Test
  void queriesOutsideOfficeHoursOverTheDailyLimitOrRepeatedlyRefusedAreFlagged() {
    QueryGateway gateway = f.gateway().options(QueryOptions.builder().dailyLimit(2).refusalThreshold(2).build()).build();
    f.cases.open(LICENSING, f.companyRef);
    assertThat(gateway.query(f.licensingQuery().build()).entry().flags()).isEmpty();
    assertThat(gateway.query(f.licensingQuery().build()).entry().flags()).isEmpty();
    assertThat(gateway.query(f.licensingQuery().build()).entry().flags()).containsExactly(ReviewFlag.OVER_DAILY_LIMIT);

    f.clock.set(LocalDateTime.of(LocalDate.of(2026, 9, 29), LocalTime.of(22, 30)).atZone(ChinaTime.ZONE).toInstant());
    assertThat(gateway.query(f.licensingQuery().build()).entry().flags()).containsExactly(ReviewFlag.OFF_HOURS);
    f.clock.set(LocalDateTime.of(2026, 10, 2, 10, 0).atZone(ChinaTime.ZONE).toInstant()); // National Day
    assertThat(gateway.query(f.licensingQuery().actor(Actor.of(LICENSING, "clerk-04")).build()).entry().flags())
        .containsExactly(ReviewFlag.OFF_HOURS);

    f.clock.set(LocalDateTime.of(2026, 10, 9, 10, 0).atZone(ChinaTime.ZONE).toInstant());
    QueryRequest refused = f.licensingQuery().fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "nonsense")).build();
    assertThat(gateway.query(refused).entry().flags()).isEmpty();
    assertThat(gateway.query(refused).entry().flags()).containsExactly(ReviewFlag.REPEATED_REFUSALS);
  }

  @Test
  void aFlaggedQueryIsReviewedOnceAndNeverByItsOwnOfficer() {
    QueryGateway gateway = f.gateway().build();
    QueryResult flagged = gateway.query(f.licensingQuery().build());
    assertThat(f.log.reviewState(flagged.queryId())).contains(ReviewState.FLAGGED);
    assertThat(f.log.awaitingReview()).containsExactly(flagged.entry());

    assertThat(gateway.review(flagged.queryId(), CLERK, ReviewOutcome.JUSTIFIED, Optional.empty()).findings())
        .extracting(Finding::type).containsExactly(QueryFinding.SELF_REVIEW);
    Actor supervisor = Actor.of(LICENSING, "supervisor-01");
    assertThat(gateway.review(flagged.queryId(), supervisor, ReviewOutcome.JUSTIFIED, Optional.of("许可申请在办")).isAllowed()).isTrue();
    assertThat(f.log.reviewState(flagged.queryId())).contains(ReviewState.REVIEWED);
    assertThat(f.log.awaitingReview()).isEmpty();
    assertThat(gateway.review(flagged.queryId(), supervisor, ReviewOutcome.UNJUSTIFIED, Optional.empty()).findings())
        .extracting(Finding::type).containsExactly(QueryFinding.ALREADY_REVIEWED);
    assertThat(gateway.review("Q-404", supervisor, ReviewOutcome.JUSTIFIED, Optional.empty()).findings())
        .extracting(Finding::type).containsExactly(QueryFinding.QUERY_NOT_FOUND);
  }

  @Test
  void aQueryTheLogCannotRegisterReturnsNothing() {
    InMemoryQueryLog kept = new InMemoryQueryLog();
    QueryLog broken = new QueryLog() {
      @Override
      public void append(QueryLogEntry entry) {
        throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
      }

      @Override
      public void appendReview(QueryReview review) {
        kept.appendReview(review);
      }

      @Override
      public ImmutableList<QueryLogEntry> entries() {
        return kept.entries();
      }

      @Override
      public Optional<QueryLogEntry> entry(String queryId) {
        return kept.entry(queryId);
      }

      @Override
      public ImmutableList<QueryLogEntry> forSubject(String subjectToken) {
        return kept.forSubject(subjectToken);
      }

      @Override
      public ImmutableList<QueryReview> reviews(String queryId) {
        return kept.reviews(queryId);
      }

      @Override
      public int queriesBy(Actor actor, LocalDate day) {
        return kept.queriesBy(actor, day);
      }

      @Override
      public int refusalsBy(Actor actor, LocalDate day) {
        return kept.refusalsBy(actor, day);
      }
    };
    f.consents.record(f.loanConsent("C-1").build());
    QueryGateway gateway = f.gateway().log(broken).build();
    assertThatThrownBy(() -> gateway.query(f.loanQuery("C-1").build())).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(broken.entries()).isEmpty();
  }

  @Test
  void theOrganisationsCreditCodeAndThePersonsIdNeverReachTheLog() {
    QueryGateway gateway = f.gateway().build();
    gateway.query(f.licensingQuery().build());
    f.consents.record(f.loanConsent("C-1").build());
    gateway.query(f.loanQuery("C-1").build());
    ImmutableList<QueryLogEntry> entries = f.log.entries();
    assertThat(entries.toString()).doesNotContain(ID).doesNotContain(USCC);
    assertThat(f.log.forSubject(f.tokens.token(f.companyRef))).hasSize(1);
    assertThat(f.log.forSubject(f.tokens.token(f.personRef))).extracting(QueryLogEntry::actor).containsExactly(LOAN_OFFICER);
  }
}
