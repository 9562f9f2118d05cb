package org.creditgov.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.LogVerification;
import org.creditgov.audit.MerkleProofs;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.audit.entry.DecisionKind;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.DesignationGenerators.Sequence;
import org.creditgov.testkit.DesignationGenerators.Step;
import org.creditgov.testkit.SanctionRequestSpec;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log end to end (SEC-2, SEC-3, DES-7): designation steps and refusals, a sanction
 * check and a credit check written through the decorators to an {@link AuditDecisionLog}, the log
 * checkpointed, every entry proved by inclusion, the log reopened, verified whole and read back;
 * and no identifier or name of a subject anywhere in the log's files.
 */
class DecisionLogTest {

  private static final String ORIGIN = "test.creditgov.org/decision-log";
  private static final NoteSigner SIGNER = NoteSigner.generate(ORIGIN);
  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");

  @TempDir Path dir;

  /** HMAC-SHA-256 under a test key, in hex: what credit-privacy's Pseudonymizer gives, by an adapter. */
  static final SubjectPseudonyms PSEUDONYMS = SubjectPseudonyms.of("k-test", id -> {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec("a test key, never a real one".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });

  /** Records what reaches the log, pseudonymised, beside writing it. */
  private static final class Tee implements DecisionLog {
    final DecisionLog inner;
    final List<Decision> seen = new ArrayList<>();

    Tee(DecisionLog inner) {
      this.inner = inner;
    }

    @Override
    public void record(Decision decision) {
      inner.record(decision);
      seen.add(decision.pseudonymised(PSEUDONYMS));
    }
  }

  private static AuditLogOptions options(TestClock clock) {
    return AuditLogOptions.builder().origin(ORIGIN).signer(SIGNER).clock(clock).build();
  }

  /** What a generated sequence gave: the subjects it proposed, the results through the decorator and without. */
  private record Run(Sequence sequence, List<Subject> subjects, List<CommandResult> logged, List<CommandResult> plain) {}

  /** Runs a sequence through a logging service and, beside it, through a bare one. */
  private static Run designations(long seed, DecisionLog log) {
    Sequence s = DesignationGenerators.sequence(Seeds.random(seed), 3, 30);
    TestClock clock = TestClock.at(s.steps().get(0).today());
    DesignationStore store = DesignationStore.inMemory();
    DesignationStore plainStore = DesignationStore.inMemory();
    LoggingDesignationService service = LoggingDesignationService.of(DesignationService.builder().store(store).clock(clock).listTypes(s.listTypes()).build(), log);
    DesignationService plain = DesignationService.builder().store(plainStore)
        .clock(clock).listTypes(s.listTypes()).build();
    ImmutableList<DesignationId> ids = DesignationGenerators.ids(3);
    List<Subject> subjects = new ArrayList<>();
    List<CommandResult> logged = new ArrayList<>();
    List<CommandResult> bare = new ArrayList<>();
    for (Step step : s.steps()) {
      clock.set(step.today());
      if (step.command() instanceof DesignationCommand.Propose p) {
        subjects.add(p.subject());
        logged.add(service.propose(p));
        bare.add(plain.propose(p));
      } else {
        DesignationId id = ids.get(step.target());
        long version = Math.max(1, store.load(id).size());
        logged.add(service.execute(id, version, step.command()));
        bare.add(plain.execute(id, version, step.command()));
      }
    }
    return new Run(s, subjects, logged, bare);
  }

  private static CreditRecord record(String item, LocalDate date) {
    return CreditRecord.builder().itemCode(item).subject(COMPANY).decisionDate(date.minusDays(60))
        .documentNumber("青财罚〔2025〕8号").issuingDepartment("青铜峡市财政局").severityClass(SeverityClass.SERIOUS)
        .submissionDate(date.minusDays(55)).putField("intentional", true).build();
  }

  /** A sanction check and a credit check of the company, through the decorators. */
  private static void checks(DecisionLog log, TestClock clock) {
    LocalDate date = LocalDate.of(2025, 6, 2);
    clock.set(date);
    LoggingSanctionChecker sanctions = LoggingSanctionChecker.of(SanctionChecker.of(BundledLists.registry()), log, "tender-system");
    SanctionRequestSpec spec = new SanctionRequestSpec(COMPANY, QTX, date, "NAT-2021-TENDER-BAN");
    assertThat(sanctions.check(spec.build())).isEqualTo(sanctions.checker().check(spec.build()));
    CreditCheck check = CreditCheck.builder().measureLists(BundledLists.registry())
        .addIncentiveList(BundledLists.qingtongxiaIncentives()).itemField("BID-PENALTY", "招标投标").clock(clock).build();
    LoggingCreditCheck credit = LoggingCreditCheck.of(check, log, "tender-system");
    CreditCheckQuery q = CreditCheckQuery.builder().subject(COMPANY).context(BusinessContext.TENDERING).jurisdiction(QTX)
        .date(date).department("青铜峡市发展和改革局").addRecords(record("BID-PENALTY", date)).build();
    assertThat(credit.check(q)).isEqualTo(check.check(q));
  }

  @Test
  void aDesignationsStepsAndChecksAreAppendedCheckpointedProvedReopenedVerifiedAndReadBack() {
    TestClock clock = TestClock.at(LocalDate.of(2025, 6, 2));
    List<Decision> written;
    Run run;
    Checkpoint checkpoint;
    try (AuditLog audit = AuditLog.open(dir, options(clock))) {
      Tee log = new Tee(AuditDecisionLog.of(audit, PSEUDONYMS, clock));
      run = designations(5, log);
      checks(log, clock);
      written = log.seen;
      checkpoint = audit.checkpoint();
      for (long i = 0; i < audit.size(); i++) {
        assertThat(MerkleProofs.verifyInclusion(i, checkpoint.size(), MerkleProofs.leafHash(audit.entry(i)),
            audit.inclusionProof(i, checkpoint.size()), checkpoint.rootHash())).as("entry %s", i).isTrue();
      }
    }
    // the decorators answer what the bare service answers
    assertThat(run.logged()).hasSameSizeAs(run.plain());
    for (int i = 0; i < run.logged().size(); i++) {
      assertThat(run.logged().get(i).getClass()).isEqualTo(run.plain().get(i).getClass());
    }
    long accepted = run.logged().stream().filter(CommandResult::isAccepted).count();
    long refused = run.logged().stream().filter(r -> r instanceof CommandResult.Refused).count();
    assertThat(accepted).isGreaterThan(2);
    assertThat(refused).isGreaterThan(0);
    long steps = written.stream().filter(d -> d instanceof Decision.DesignationStep).count();
    assertThat(steps).isEqualTo(accepted);
    assertThat(written.stream().filter(d -> d instanceof Decision.DesignationRefusal)).isNotEmpty();
    assertThat(written.get(written.size() - 2)).isInstanceOf(Decision.SanctionCheck.class);
    assertThat(written.get(written.size() - 1)).isInstanceOf(Decision.CreditCheck.class);

    try (AuditLog reopened = AuditLog.open(dir, options(clock))) {
      assertThat(reopened.size()).isEqualTo(written.size()).isEqualTo(checkpoint.size());
      ImmutableList<AuditDecisionLog.Logged> back = AuditDecisionLog.of(reopened, PSEUDONYMS, clock).decisions();
      assertThat(back).extracting(AuditDecisionLog.Logged::decision).containsExactlyElementsOf(written);
      for (AuditDecisionLog.Logged l : back) {
        AuditEntry e = l.entry();
        assertThat(e.log()).isEqualTo(AuditEntry.Log.DECISION);
        assertThat(e.subjectKeyId()).isEqualTo("k-test");
        assertThat(e.subjectToken()).isEqualTo(l.decision().subject().identifier());
        assertThat(e.outcome()).isEqualTo(l.decision().verdict().outcome().name());
        assertThat(e.decisionKind()).contains(l.decision() instanceof Decision.SanctionCheck
            || l.decision() instanceof Decision.CreditCheck ? DecisionKind.SANCTION_CHECK : DecisionKind.DESIGNATION_STEP);
      }
      assertThat(back).extracting(l -> l.entry().action().orElseThrow())
          .contains("PROPOSED", "SANCTION_CHECK", "CREDIT_CHECK").anyMatch(a -> a.startsWith("REFUSED_"));
    }
    LogVerification report = AuditLogVerifier.of(ORIGIN, SIGNER.verifierKey()).verify(dir);
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void noIdentifierOrNameOfASubjectReachesTheLogsBytes() {
    Seeds.forEachSeed(8, seed -> {
      Path d = dir.resolve("log-" + Long.toUnsignedString(seed));
      TestClock clock = TestClock.at(LocalDate.of(2025, 6, 2));
      Run run;
      try (AuditLog audit = AuditLog.open(d, options(clock))) {
        DecisionLog log = AuditDecisionLog.of(audit, PSEUDONYMS, clock);
        run = designations(seed, log);
        checks(log, clock);
        Checkpoint unused = audit.checkpoint();
      }
      String bytes = everyFile(d);
      List<String> secrets = new ArrayList<>(List.of(COMPANY.creditCode().value(), COMPANY.name()));
      for (Subject s : run.subjects()) {
        secrets.add(SubjectRef.of(s).identifier());
        secrets.add(s instanceof Organisation o ? o.name() : ((NaturalPerson) s).name());
      }
      for (String secret : secrets) {
        assertThat(bytes).as("the log's files").doesNotContain(secret);
      }
      assertThat(bytes).contains(PSEUDONYMS.tokenFor(COMPANY.creditCode().value()));
    });
  }

  private static String everyFile(Path d) {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(d)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        all.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }

  @Test
  void everyDecisionRoundTripsThroughItsFormItsSchemaAndItsCanonicalPayload() {
    int[] seen = new int[1];
    Seeds.forEachSeed(20, seed -> {
      Tee log = new Tee(DecisionLog.noOp());
      designations(seed, log);
      checks(log, TestClock.at(LocalDate.of(2025, 6, 2)));
      for (Decision d : log.seen) {
        String json = DecisionJson.FORM.encode(d);
        assertThat(Schemas.bundled().validate(JsonDocument.parse(json, "d.json"), DecisionJson.FORM.schema())).as(json).isEmpty();
        assertThat(DecisionJson.FORM.decode(json)).as(json).isEqualTo(d);
        String payload = DecisionJson.payload(d);
        assertThat(DecisionJson.isPayload(payload)).isTrue();
        assertThat(org.creditgov.core.json.CanonicalJson.unquoted(payload)).isEqualTo(json);
        assertThat(DecisionJson.readPayload(payload, "payload")).isEqualTo(d);
        // canonical as the audit entry requires: it is accepted as a payload, and reads back from the entry's bytes
        AuditEntry e = AuditEntry.decision(DecisionKind.DESIGNATION_STEP).recordedAt(java.time.Instant.EPOCH).actor("a")
            .department("d").subjectToken("k", "t").action("x").outcome("o").payload(payload).build();
        assertThat(AuditEntry.parse(e.canonicalJson()).payload()).contains(payload);
        seen[0]++;
      }
    });
    assertThat(seen[0]).isGreaterThan(100);
  }
}
