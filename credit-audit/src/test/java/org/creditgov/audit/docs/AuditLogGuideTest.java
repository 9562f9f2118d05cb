package org.creditgov.audit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.creditgov.audit.AuditFinding;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.CheckpointCheck;
import org.creditgov.audit.CheckpointVerifier;
import org.creditgov.audit.LogVerification;
import org.creditgov.audit.MerkleProofs;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.NoteVerifierKey;
import org.creditgov.audit.WitnessCosigner;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.audit.entry.DecisionKind;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/audit-log.md, through the public API only (SEC-2, SEC-3). */
class AuditLogGuideTest {

  @Test
  void sec2_theWorkedExampleOfTheGuideRuns(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("query-log");
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    SubjectPseudonyms pseudonyms = SubjectPseudonyms.of("k2026", id -> "k2026:" + Integer.toHexString(id.hashCode()));
    KeyPair witnessKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

    // --- begin example (docs/audit-log.md) ---
    // 1. The log's signing key: generate it once, keep it in a key store, never in the log directory.
    NoteSigner signer = NoteSigner.generate("qtx.gov.cn/credit/query-log");
    String secret = signer.encodedPrivateKey();        // PRIVATE+KEY+…: into the key store
    NoteVerifierKey logKey = signer.verifierKey();     // qtx.gov.cn/credit/query-log+…: publish it

    AuditLogOptions options = AuditLogOptions.builder()
        .origin("qtx.gov.cn/credit/query-log")
        .signer(NoteSigner.parse(secret))
        .clock(clock)
        .build();

    try (AuditLog log = AuditLog.open(dir, options)) {
      // 2. Log a query: the subject only as its pseudonym token.
      AuditEntry query = AuditEntry.query()
          .recordedAt(clock.instant())
          .actor("officer-0042")
          .department("青铜峡市发展和改革局")
          .subject(pseudonyms, "91640381MA76XXXXXX")
          .purpose("行政许可审查")
          .outcome("ALLOWED")
          .build();
      long index = log.append(query);                  // returns once the entry is on disk

      // 3. Log a decision.
      log.append(AuditEntry.decision(DecisionKind.DESIGNATION_STEP)
          .recordedAt(clock.instant())
          .actor("officer-0042")
          .department("青铜峡市发展和改革局")
          .subject(pseudonyms, "91640381MA76XXXXXX")
          .action("NOTICE_SERVED")
          .reference("青发改〔2026〕12号")
          .outcome("ACCEPTED")
          .build());

      // 4. Sign a checkpoint (say every minute) and send it to the witness.
      Checkpoint checkpoint = log.checkpoint();
      String note = checkpoint.note();                 // the text the witness receives

      // 5. The witness checks it against what it saw before and cosigns it (elsewhere).
      WitnessCosigner witness = WitnessCosigner.ed25519("witness.example.org/w1", witnessKeys, clock);
      CheckpointVerifier seenByWitness = CheckpointVerifier.of("qtx.gov.cn/credit/query-log", logKey);
      CheckpointCheck check = seenByWitness.check(checkpoint, log);
      Checkpoint cosigned = witness.cosign(checkpoint);

      // 6. Import the cosignature back into the log.
      CheckpointCheck imported = log.importCosignature(cosigned.note(), witness.verifierKey());

      // 7. Anyone with the checkpoint proves an entry without reading the log.
      byte[] entry = log.entry(index);
      List<byte[]> proof = log.inclusionProof(index, checkpoint.size());
      boolean included = MerkleProofs.verifyInclusion(index, checkpoint.size(),
          MerkleProofs.leafHash(entry), proof, checkpoint.rootHash());

      assertThat(note).startsWith("qtx.gov.cn/credit/query-log\n2\n");
      assertThat(check.accepted()).isTrue();
      assertThat(imported.accepted()).isTrue();
      assertThat(included).isTrue();
    }

    // 8. An inspector verifies the whole directory (or an archived copy) with the published key.
    LogVerification report = AuditLogVerifier.of("qtx.gov.cn/credit/query-log", logKey)
        .withWitness(NoteVerifierKey.parse(
            WitnessCosigner.ed25519("witness.example.org/w1", witnessKeys, clock).verifierKey().encoded()))
        .verify(dir);
    report.problems();                                  // empty: nothing changed
    report.verdict().findings();                        // as findings with zh-CN and en messages
    // --- end example ---

    assertThat(report.problems()).isEmpty();
    assertThat(report.intact()).isTrue();
    assertThat(AuditFinding.ENTRY_CHANGED.requirement().id()).isEqualTo("SEC-2");
  }
}
