package org.creditgov.rules.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.rules.repair.RepairFixtures.COMPANY;
import static org.creditgov.rules.repair.RepairFixtures.OFFICER;
import static org.creditgov.rules.repair.RepairFixtures.application;
import static org.creditgov.rules.repair.RepairFixtures.approval;
import static org.creditgov.rules.repair.RepairFixtures.penalty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.MerkleProofs;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.audit.entry.DecisionKind;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.decision.AuditDecisionLog;
import org.creditgov.rules.decision.Decision;
import org.creditgov.rules.decision.LoggingRepairService;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repair case's steps in the tamper-evident decision log (SEC-2, SEC-3, REP-2): applied,
 * accepted and approved through the logging service, checkpointed, each proved by inclusion, read
 * back equal with the subject as its keyed pseudonym, and the credit code nowhere in the log's files.
 */
class RepairDecisionLogTest {

  @TempDir Path dir;

  private static final SubjectPseudonyms PSEUDONYMS = SubjectPseudonyms.of("k-test",
      id -> HexFormat.of().formatHex(sha256(("a test key|" + id).getBytes(StandardCharsets.UTF_8))).substring(0, 40));

  private static byte[] sha256(byte[] b) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void SEC_2_aRepairsStepsAreLoggedProvedAndReadBackWithTheSubjectAsAPseudonym() throws java.io.IOException {
    TestClock clock = TestClock.at(LocalDate.of(2026, 12, 1));
    AuditLogOptions options = AuditLogOptions.builder().origin("creditgov.test/repair-decisions")
        .signer(NoteSigner.generate("creditgov.test/repair-decisions")).clock(clock).build();
    RepairService service = RepairService.builder().regimes(BundledRepairRegimes.registry()).clock(clock)
        .calendar(WorkingDayCalendar.china()).build();
    RepairId id = RepairId.of("QTX-R-2026-201");
    LocalDate applied = LocalDate.of(2026, 7, 6);
    Checkpoint checkpoint;
    try (AuditLog audit = AuditLog.open(dir, options)) {
      LoggingRepairService repairs = LoggingRepairService.of(service, AuditDecisionLog.of(audit, PSEUDONYMS, clock));
      assertThat(repairs.apply(id, application(penalty(SeverityClass.GENERAL, LocalDate.of(2026, 4, 1)), applied)).isAccepted()).isTrue();
      assertThat(repairs.execute(id, 1, new RepairCommand.Accept(OFFICER, applied.plusDays(1))).isAccepted()).isTrue();
      assertThat(repairs.execute(id, 1, new RepairCommand.Accept(OFFICER, applied.plusDays(1))).isAccepted())
          .as("a stale version decides nothing and is not logged").isFalse();
      assertThat(repairs.execute(id, 2, new RepairCommand.Decide(OFFICER, approval(applied.plusDays(2)))).isAccepted()).isTrue();
      checkpoint = audit.checkpoint();
      assertThat(checkpoint.size()).isEqualTo(3);
      for (long i = 0; i < 3; i++) {
        assertThat(MerkleProofs.verifyInclusion(i, 3, MerkleProofs.leafHash(audit.entry(i)), audit.inclusionProof(i, 3),
            checkpoint.rootHash())).as("entry %s", i).isTrue();
      }
    }
    try (AuditLog reopened = AuditLog.open(dir, options)) {
      List<AuditDecisionLog.Logged> back = AuditDecisionLog.of(reopened, PSEUDONYMS, clock).decisions();
      assertThat(back).hasSize(3);
      assertThat(back).extracting(l -> l.entry().action().orElseThrow()).containsExactly("APPLIED", "ACCEPTED", "DECIDED");
      String token = PSEUDONYMS.tokenFor(COMPANY.identifier());
      for (AuditDecisionLog.Logged l : back) {
        AuditEntry e = l.entry();
        assertThat(e.decisionKind()).contains(DecisionKind.REPAIR_DECISION);
        assertThat(e.reference()).contains(id.value());
        assertThat(l.decision()).isInstanceOf(Decision.RepairStep.class);
        assertThat(l.decision().subject().identifier()).isEqualTo(token);
      }
      RepairEvent first = ((Decision.RepairStep) back.get(0).decision()).event();
      assertThat(((RepairEvent.Applied) first).application().subject().identifier())
          .as("the application inside the event is pseudonymised too").isEqualTo(token);
      assertThat(back.get(2).decision().actor()).isEqualTo(OFFICER.officerId());
    }
    StringBuilder bytes = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        bytes.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(bytes.toString()).doesNotContain(COMPANY.identifier());
  }
}
