package org.creditgov.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.LogProblem;
import org.creditgov.audit.LogVerification;
import org.creditgov.audit.MerkleProofs;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.CreditCheckReport;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.decision.AuditDecisionLog;
import org.creditgov.rules.decision.LoggingCreditCheck;
import org.creditgov.rules.decision.LoggingSanctionChecker;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;

/**
 * The audit-log scene of the demo (SEC-2, SEC-3, DES-7): two queries and two decisions (a sanction
 * check and a credit check through the decision log) appended to a tamper-evident log, a signed
 * checkpoint, one entry proved by inclusion against it, and one byte of a copy of the log changed,
 * which the verifier finds by index. The log lives in a temporary directory, removed at the end.
 */
final class AuditScene {

  private static final String ORIGIN = "qtx.gov.cn/credit/decision-log";

  private final PrintStream out;
  private final Clock clock;

  AuditScene(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  void run() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("creditgov-demo-audit");
      run(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  private void run(Path dir) throws IOException {
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"),
        "某某建设工程有限公司");
    Pseudonymizer p = Pseudonymizer.of("k2026", "demo key: keep the real one in a key store".getBytes(StandardCharsets.UTF_8));
    SubjectPseudonyms pseudonyms = SubjectPseudonyms.of(p.keyId(),
        id -> p.pseudonym(UnifiedSocialCreditCode.isValid(id) ? DataKind.USCC : DataKind.RESIDENT_ID, id));
    NoteSigner signer = NoteSigner.generate(ORIGIN);
    AuditLogOptions options = AuditLogOptions.builder().origin(ORIGIN).signer(signer).clock(clock).build();
    Path log = dir.resolve("log");
    Checkpoint checkpoint;
    try (AuditLog audit = AuditLog.open(log, options)) {
      for (String purpose : List.of("行政许可审查", "政府采购资格审查")) {
        audit.append(AuditEntry.query().recordedAt(clock.instant()).actor("officer-0042").department("青铜峡市发展和改革局")
            .subject(pseudonyms, company.creditCode().value()).purpose(purpose).outcome("ALLOWED").build());
      }
      AuditDecisionLog decisions = AuditDecisionLog.of(audit, pseudonyms, clock);
      LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
      Jurisdiction qtx = Jurisdiction.of("640381");
      Verdict ban = LoggingSanctionChecker.of(SanctionChecker.of(BundledLists.registry()), decisions, "tender-system")
          .check(SanctionRequest.builder("NAT-2021-TENDER-BAN", company, today).jurisdiction(qtx)
              .implementingBody("青铜峡市公共资源交易中心").bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT).build());
      CreditCheck check = CreditCheck.builder().measureLists(BundledLists.registry())
          .addIncentiveList(BundledLists.qingtongxiaIncentives()).itemField("BID-PENALTY", "招标投标").clock(clock).build();
      CreditCheckReport report = LoggingCreditCheck.of(check, decisions, "tender-system").check(CreditCheckQuery.builder().subject(company)
          .context(BusinessContext.TENDERING).jurisdiction(qtx).date(today).department("青铜峡市发展和改革局")
          .addRecords(CreditRecord.builder().itemCode("BID-PENALTY").subject(company).decisionDate(today.minusDays(60))
              .documentNumber("青财罚〔2026〕8号").issuingDepartment("青铜峡市财政局").severityClass(SeverityClass.SERIOUS)
              .submissionDate(today.minusDays(55)).putField("intentional", true).build())
          .build());
      checkpoint = audit.checkpoint();
      out.printf("  %d entries appended (2 queries, a sanction check → %s, a credit check → %d measures), the subject as token %s…%n",
          audit.size(), ban.outcome(), report.measures().size(), pseudonyms.tokenFor(company.creditCode().value()).substring(0, 12));
      out.printf("  signed checkpoint: size %d, root %s…%n", checkpoint.size(),
          java.util.HexFormat.of().formatHex(checkpoint.rootHash()).substring(0, 16));
      long index = 2;
      boolean proved = MerkleProofs.verifyInclusion(index, checkpoint.size(), MerkleProofs.leafHash(audit.entry(index)),
          audit.inclusionProof(index, checkpoint.size()), checkpoint.rootHash());
      String action = AuditEntry.parse(audit.entry(index)).action().orElse("?");
      out.printf("  entry %d (%s) proved by inclusion against the checkpoint: %s%n", index, action, proved);
      String bytes = everyFile(log);
      out.printf("  the credit code or the name anywhere in the log's files: %s%n",
          bytes.contains(company.creditCode().value()) || bytes.contains(company.name()));
    }
    LogVerification intact = AuditLogVerifier.of(ORIGIN, signer.verifierKey()).verify(log);
    out.printf("  the log verified whole: %d problems%n", intact.problems().size());

    Path copy = dir.resolve("copy");
    copyTree(log, copy);
    Path segment;
    try (Stream<Path> s = Files.list(copy.resolve("segments"))) {
      segment = s.filter(f -> f.toString().endsWith(".seg")).findFirst().orElseThrow();
    }
    byte[] data = Files.readAllBytes(segment);
    byte[] marker = "\"outcome\":\"".getBytes(StandardCharsets.UTF_8);
    int at = nth(data, "SANCTION_CHECK".getBytes(StandardCharsets.UTF_8), 1);
    at = indexOf(data, marker, at) + marker.length;
    data[at] = (byte) (data[at] == 'A' ? 'R' : 'A'); // the sanction check's outcome, one byte
    Files.write(segment, data);
    LogVerification tampered = AuditLogVerifier.of(ORIGIN, signer.verifierKey()).verify(copy);
    out.println("  one byte of entry 2 changed in a copy of the log; the verifier reports:");
    for (LogProblem problem : tampered.problems()) {
      out.printf("    %s at index %d%s%n", problem.kind(), problem.first(),
          problem.last() == problem.first() ? "" : " to " + problem.last());
    }
  }

  private static int nth(byte[] data, byte[] needle, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = indexOf(data, needle, at + 1);
    }
    return at;
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("the demo's log lacks what it wrote");
  }

  private static String everyFile(Path d) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(d)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!f.getFileName().toString().equals("LOCK")) {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
