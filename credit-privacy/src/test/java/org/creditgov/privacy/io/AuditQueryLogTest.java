package org.creditgov.privacy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSetMultimap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.MerkleProofs;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.entry.AuditEntryException;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import org.creditgov.privacy.query.ReviewOutcome;
import org.creditgov.privacy.query.ReviewState;
import org.creditgov.privacy.query.SubjectTokens;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query log on the tamper-evident audit log (SEC-1, SEC-2): appended, checkpointed, proved, read back. */
class AuditQueryLogTest {

  private static final String ORIGIN = "qtx.example.gov.cn/credit/query-log";
  private static final String USCC = "91512081MA62K0260E";
  private final TestClock clock = TestClock.at(LocalDateTime.of(2026, 9, 28, 10, 0));
  private final NoteSigner signer = NoteSigner.generate(ORIGIN);

  @TempDir Path dir;

  private AuditLog openLog() {
    return AuditLog.open(dir, AuditLogOptions.builder().origin(ORIGIN).signer(signer).clock(clock).build());
  }

  private QueryGateway gateway(AuditQueryLog log) {
    ConsentRegistry consents = ConsentRegistry.builder().purposes(BundledPurposes.registry())
        .catalogs(CatalogAccess.of(BundledCatalogs.registry(clock))).clock(clock).build();
    Pseudonymizer p = Pseudonymizer.of("k2026", "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII));
    return QueryGateway.builder().consents(consents).catalogs(CatalogAccess.of(BundledCatalogs.registry(clock)))
        .records(new InMemoryRecordSource()).log(log).tokens(SubjectTokens.of(p)).clock(clock).build();
  }

  private static QueryRequest licensing() {
    LegalBasis law = PrivacyInstruments.PIPL.withArticle("第十三条");
    return QueryRequest.builder().requestId("QTX-XK-1").actor(Actor.of("青铜峡市审批服务管理局", "clerk-03"))
        .purposeCode("ADMIN-LICENSING").subject(SubjectRef.of(SubjectType.LEGAL_PERSON, USCC)).jurisdiction(Jurisdiction.of("640381"))
        .fields(ImmutableSetMultimap.of("NAT-SEVERE-LIST", "listName")).founding(QueryFounding.statutoryDuty(law))
        .audience(Audience.SHARING).build();
  }

  @Test
  void queriesAndReviewsAreAuditEntriesThatAProofCoversAndTheLogReadsBack() throws Exception {
    QueryLogEntry first;
    byte[] root;
    Checkpoint checkpoint;
    try (AuditLog audit = openLog()) {
      AuditQueryLog log = AuditQueryLog.open(audit);
      QueryGateway gateway = gateway(log);
      QueryResult r1 = gateway.query(licensing());
      clock.set(LocalDateTime.of(2026, 9, 28, 21, 0).atZone(ChinaTime.ZONE).toInstant());
      QueryResult r2 = gateway.query(licensing());
      assertThat(r2.entry().flags()).isNotEmpty();
      assertThat(gateway.review(r2.queryId(), Actor.of("青铜峡市审批服务管理局", "supervisor-01"), ReviewOutcome.JUSTIFIED,
          Optional.of("夜间加班办理许可")).isAllowed()).isTrue();
      assertThat(audit.size()).isEqualTo(3);
      first = r1.entry();
      checkpoint = audit.checkpoint();
      root = checkpoint.rootHash();
      byte[] stored = audit.entry(0);
      assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(USCC).contains(first.subjectToken());
      assertThat(MerkleProofs.verifyInclusion(0, 3, MerkleProofs.leafHash(stored), audit.inclusionProof(0, 3), root)).isTrue();
    }
    try (AuditLog audit = openLog()) {
      AuditQueryLog reopened = AuditQueryLog.open(audit);
      assertThat(reopened.entries()).hasSize(2);
      assertThat(reopened.entries().get(0)).isEqualTo(first);
      assertThat(reopened.reviewState(reopened.entries().get(1).queryId())).contains(ReviewState.REVIEWED);
      assertThat(reopened.queriesBy(Actor.of("青铜峡市审批服务管理局", "clerk-03"), LocalDate.of(2026, 9, 28))).isEqualTo(2);
    }
    assertThat(AuditLogVerifier.of(ORIGIN, signer.verifierKey()).verify(dir).intact()).isTrue();
  }

  @Test
  void aReviewNoteHoldingAnIdNumberNeverReachesTheLog() throws Exception {
    try (AuditLog audit = openLog()) {
      AuditQueryLog log = AuditQueryLog.open(audit);
      QueryGateway gateway = gateway(log);
      clock.set(LocalDateTime.of(2026, 9, 28, 21, 0).atZone(ChinaTime.ZONE).toInstant());
      QueryResult r = gateway.query(licensing());
      assertThatThrownBy(() -> gateway.review(r.queryId(), Actor.of("青铜峡市审批服务管理局", "supervisor-01"),
          ReviewOutcome.UNJUSTIFIED, Optional.of("查询了 53010219200508011X"))).isInstanceOf(AuditEntryException.class);
      assertThat(audit.size()).isEqualTo(1);
      assertThat(log.reviews(r.queryId())).isEmpty();
      assertThat(Files.exists(dir)).isTrue();
    }
  }

  @Test
  void aDuplicateQueryIdIsRefusedBeforeAnythingIsWritten() throws Exception {
    try (AuditLog audit = openLog()) {
      AuditQueryLog log = AuditQueryLog.open(audit);
      QueryResult r = gateway(log).query(licensing());
      assertThatThrownBy(() -> log.append(r.entry())).isInstanceOf(IllegalArgumentException.class);
      assertThat(audit.size()).isEqualTo(1);
      assertThat(Instant.EPOCH).isBefore(r.entry().recordedAt());
    }
  }
}
