package org.creditgov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.creditgov.audit.CheckpointFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEC-2: the C2SP signed-note, tlog-checkpoint and tlog-cosignature formats. */
class CheckpointTest {

  // The example of golang.org/x/mod/sumdb/note's package documentation: a signer key, its
  // verifier key, a text and the signature line the Go implementation prints for it.
  private static final String GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  private static final String GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
      + "then you don't know what your problem is.\n";
  private static final String GO_LINE =
      "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";

  // The example of c2sp.org/tlog-cosignature: a checkpoint with a log signature and a witness cosignature.
  private static final String C2SP_COSIGNED = "example.com/behind-the-sofa\n"
      + "20852163\n"
      + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
      + "\n"
      + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
      + "\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

  @Test
  void sec2_theGoImplementationsKeysAndSignatureAreReproducedByteForByte() {
    NoteSigner signer = NoteSigner.parse(GO_SKEY);
    assertThat(signer.verifierKey().encoded()).isEqualTo(GO_VKEY);
    assertThat(NoteVerifierKey.parse(GO_VKEY).keyId()).isEqualTo(0xc74f20a3);
    assertThat(signer.sign(GO_TEXT).line()).isEqualTo(GO_LINE);
    assertThat(signer.encodedPrivateKey()).isEqualTo(GO_SKEY);
    assertThat(signer.toString()).doesNotContain("PRIVATE").contains(GO_VKEY);
  }

  @Test
  void sec2_theKeyIdIsTheC2spHashOfNameNewlineTypeAndKey() {
    NoteVerifierKey key = NoteVerifierKey.parse(GO_VKEY);
    byte[] raw = Base64.getDecoder().decode(GO_VKEY.substring(GO_VKEY.lastIndexOf('+') + 1));
    byte[] h = ReferenceMerkle.sha("PeterNeumann".getBytes(StandardCharsets.UTF_8), new byte[] {0x0a}, raw);
    assertThat(key.keyId()).isEqualTo((h[0] & 0xff) << 24 | (h[1] & 0xff) << 16 | (h[2] & 0xff) << 8 | (h[3] & 0xff));
  }

  @Test
  void sec2_theC2spCosignatureExampleParsesWithItsTimestamp() {
    Checkpoint cp = Checkpoint.parse(C2SP_COSIGNED);
    assertThat(cp.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(cp.size()).isEqualTo(20852163L);
    assertThat(cp.signatures()).hasSize(2);
    NoteSignature witness = cp.signatures().get(1);
    assertThat(witness.name()).isEqualTo("witness.example.com/w1");
    assertThat(witness.keyId()).isEqualTo(0x8d66cf3f);
    assertThat(witness.cosignatureTimestamp()).contains(1679315147L);
    assertThat(cp.note()).isEqualTo(C2SP_COSIGNED);
    assertThat(cp.timestamp()).isEmpty();
  }

  @Test
  void sec2_aCheckpointRoundTripsAndVerifiesAndATamperedOneDoesNot(@TempDir Path dir) {
    try (AuditLog log = TestLogs.open(dir, 4)) {
      for (int i = 0; i < 37; i++) {
        log.append(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
      Checkpoint cp = log.checkpoint();
      assertThat(cp.note()).startsWith(TestLogs.ORIGIN + "\n37\n" + Base64.getEncoder().encodeToString(log.rootHash(37))
          + "\ntimestamp 2026-11-29T08:00:00Z\n\n\u2014 " + TestLogs.ORIGIN + " ");
      Checkpoint back = Checkpoint.parse(cp.note());
      assertThat(back).isEqualTo(cp);
      assertThat(Checkpoint.parse(cp.note().getBytes(StandardCharsets.UTF_8))).isEqualTo(cp);
      assertThat(back.timestamp()).contains(Instant.parse("2026-11-29T08:00:00Z"));
      assertThat(back.verifiedBy(TestLogs.SIGNER.verifierKey())).isTrue();
      assertThat(back.verifiedBy(NoteSigner.generate(TestLogs.ORIGIN).verifierKey())).as("another key").isFalse();

      String[] tampered = {
        cp.note().replace("\n37\n", "\n36\n"),
        cp.note().replace("timestamp 2026", "timestamp 2025"),
        cp.note().replace(TestLogs.ORIGIN + "\n", TestLogs.ORIGIN + "x\n"),
        cp.note().replace(Base64.getEncoder().encodeToString(log.rootHash(37)), Base64.getEncoder().encodeToString(log.rootHash(36))),
      };
      CheckpointVerifier verifier = CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey());
      for (String t : tampered) {
        assertThat(Checkpoint.parse(t).verifiedBy(TestLogs.SIGNER.verifierKey())).isFalse();
        assertThat(verifier.check(t, log).reasons()).contains(AuditFinding.LOG_SIGNATURE_INVALID);
      }
      assertThat(verifier.check(cp.note(), log).accepted()).isTrue();
    }
  }

  @Test
  void sec2_aWitnessCosignatureIsTheC2spV1MessageAndImportsIntoTheLog(@TempDir Path dir) throws Exception {
    KeyPair witnessKeys = Ed25519.generate();
    Clock witnessClock = Clock.fixed(Instant.ofEpochSecond(1_790_000_000L), ZoneOffset.UTC);
    WitnessCosigner witness = WitnessCosigner.ed25519("witness.example.org/w1", witnessKeys, witnessClock);
    try (AuditLog log = TestLogs.open(dir, 4)) {
      log.append("a".getBytes(StandardCharsets.UTF_8));
      log.append("b".getBytes(StandardCharsets.UTF_8));
      Checkpoint cp = log.checkpoint();
      Checkpoint cosigned = witness.cosign(cp);
      NoteSignature line = cosigned.signatures().get(1);
      byte[] value = line.signature();
      assertThat(value).hasSize(8 + 64);
      assertThat(line.cosignatureTimestamp()).contains(1_790_000_000L);
      // the signed message, independently: "cosignature/v1\ntime <t>\n" + body
      Signature jdk = Signature.getInstance("Ed25519");
      jdk.initVerify(witnessKeys.getPublic());
      jdk.update(("cosignature/v1\ntime 1790000000\n" + cp.body()).getBytes(StandardCharsets.UTF_8));
      assertThat(jdk.verify(Arrays.copyOfRange(value, 8, value.length))).isTrue();
      // key id with type 0x04
      byte[] raw = Ed25519.rawPublicKey(witnessKeys.getPublic());
      byte[] h = ReferenceMerkle.sha("witness.example.org/w1".getBytes(StandardCharsets.UTF_8), new byte[] {0x0a, 0x04}, raw);
      assertThat(line.keyId()).isEqualTo((h[0] & 0xff) << 24 | (h[1] & 0xff) << 16 | (h[2] & 0xff) << 8 | (h[3] & 0xff));
      assertThat(NoteVerifierKey.parse(witness.verifierKey().encoded())).isEqualTo(witness.verifierKey());

      assertThat(cosigned.cosignedAt(witness.verifierKey())).contains(Instant.ofEpochSecond(1_790_000_000L));
      assertThat(cosigned.verifiedBy(TestLogs.SIGNER.verifierKey())).isTrue();
      CheckpointCheck imported = log.importCosignature(cosigned.note(), witness.verifierKey());
      assertThat(imported.accepted()).as("%s", imported).isTrue();
      assertThat(log.latestWitnessed()).contains(cosigned);
      assertThat(cp.withSignaturesOf(cosigned)).isEqualTo(cosigned);

      // a cosignature of another witness, a damaged one, and a checkpoint this log never signed
      WitnessCosigner other = WitnessCosigner.ed25519("witness.example.org/w2", Ed25519.generate(), witnessClock);
      assertThat(log.importCosignature(other.cosign(cp).note(), witness.verifierKey()).reasons())
          .containsExactly(AuditFinding.COSIGNATURE_MISSING);
      String damaged = cosigned.note().replace(line.line(), line.line().substring(0, line.line().length() - 6) + "AAAAA=");
      assertThat(log.importCosignature(damaged, witness.verifierKey()).reasons()).containsExactly(AuditFinding.COSIGNATURE_INVALID);
      Checkpoint foreign = Checkpoint.sign(TestLogs.ORIGIN, 2, new byte[32], TestLogs.CLOCK.instant(), NoteSigner.generate(TestLogs.ORIGIN));
      assertThat(log.importCosignature(witness.cosign(foreign).note(), witness.verifierKey()).reasons())
          .containsExactlyInAnyOrder(AuditFinding.LOG_SIGNATURE_MISSING, AuditFinding.ROOT_DOES_NOT_HOLD,
              AuditFinding.INCONSISTENT_WITH_PREVIOUS); // same size as the cosigned checkpoint kept, another root
    }
    try (AuditLog reopened = TestLogs.open(dir, 4)) {
      assertThat(reopened.latestWitnessed()).isPresent();
    }
  }

  @Test
  void sec2_theVerifierListsEveryReasonAndRemembersTheLastAcceptedCheckpoint(@TempDir Path dir) {
    try (AuditLog log = TestLogs.open(dir, 4)) {
      for (int i = 0; i < 10; i++) {
        log.append(("x" + i).getBytes(StandardCharsets.UTF_8));
      }
      Checkpoint at10 = log.checkpoint();
      for (int i = 10; i < 20; i++) {
        log.append(("x" + i).getBytes(StandardCharsets.UTF_8));
      }
      Checkpoint at20 = log.checkpoint();
      CheckpointVerifier verifier = CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey());
      assertThat(verifier.check(at10, log).accepted()).isTrue();
      assertThat(verifier.check(at20, log).accepted()).isTrue();
      assertThat(verifier.lastAccepted()).contains(at20);
      CheckpointCheck older = verifier.check(at10, log);
      assertThat(older.reasons()).containsExactly(AuditFinding.SIZE_SHRINKS);
      assertThat(older.verdict().findings().get(0).messageZh()).contains("10").contains("20").doesNotContain("SIZE_SHRINKS");

      // a log that forked: same origin and key, other entries
      Path fork = dir.resolveSibling(dir.getFileName() + "-fork");
      try (AuditLog other = AuditLog.open(fork, TestLogs.options(4))) {
        for (int i = 0; i < 25; i++) {
          other.append(("y" + i).getBytes(StandardCharsets.UTF_8));
        }
        Checkpoint forked = other.checkpoint();
        CheckpointCheck check = verifier.check(forked, other);
        assertThat(check.reasons()).containsExactly(AuditFinding.INCONSISTENT_WITH_PREVIOUS);
        CheckpointVerifier fresh = CheckpointVerifier.of("other.example/log", NoteSigner.generate("k").verifierKey());
        assertThat(fresh.check(forked, log).reasons()).containsExactly(
            AuditFinding.ORIGIN_MISMATCH, AuditFinding.LOG_SIGNATURE_MISSING, AuditFinding.SIZE_BEYOND_LOG);
      }
      Checkpoint wrongRoot = Checkpoint.sign(TestLogs.ORIGIN, 15, new byte[32], TestLogs.CLOCK.instant(), TestLogs.SIGNER);
      assertThat(CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).check(wrongRoot, log).reasons())
          .containsExactly(AuditFinding.ROOT_DOES_NOT_HOLD);
      assertThat(verifier.check("not a note", log).reasons()).containsExactly(AuditFinding.NOTE_MALFORMED);
      // without the log: a witness with the consistency proof the log gives it
      CheckpointVerifier witness = CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).startingFrom(at10);
      assertThat(witness.check(at20, log.consistencyProof(10, 20)).accepted()).isTrue();
      CheckpointVerifier witness2 = CheckpointVerifier.of(TestLogs.ORIGIN, TestLogs.SIGNER.verifierKey()).startingFrom(at10);
      assertThat(witness2.check(at20, log.consistencyProof(11, 20)).reasons()).containsExactly(AuditFinding.INCONSISTENT_WITH_PREVIOUS);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n| NO_SIGNATURE_BLOCK",
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k AAAAAAAA| NO_SIGNATURE_BLOCK",
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n-- k AAAAAAAA\\n| SIGNATURE_LINE",
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k AAAA\\n| SIGNATURE_LINE",
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k+x AAAAAAAA\\n| SIGNATURE_LINE",
    "a\\n1\\n\\n— k AAAAAAAA\\n| BODY_TOO_SHORT",
    "a b\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k AAAAAAAA\\n| ORIGIN",
    "a\\n01\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k AAAAAAAA\\n| SIZE",
    "a\\n-1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k AAAAAAAA\\n| SIZE",
    "a\\n9223372036854775808\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\n— k AAAAAAAA\\n| SIZE",
    "a\\n1\\nAAAA\\n\\n— k AAAAAAAA\\n| ROOT_HASH",
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\ntimestamp yesterday\\n\\n— k AAAAAAAA\\n| TIMESTAMP",
    "a\\n1\\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\\n\\t\\n\\n— k AAAAAAAA\\n| ENCODING",
  })
  void sec2_malformedNotesAreOneTypedExceptionWithAReason(String text, Reason reason) {
    String note = text.replace("\\n", "\n").replace("\\t", "\t");
    assertThatThrownBy(() -> Checkpoint.parse(note))
        .isInstanceOfSatisfying(CheckpointFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void sec2_malformedBytesAndTooManySignaturesAreRefused() {
    byte[] bad = {'a', '\n', (byte) 0xff, '\n'};
    assertThatThrownBy(() -> Checkpoint.parse(bad))
        .isInstanceOfSatisfying(CheckpointFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCODING));
    StringBuilder many = new StringBuilder("a\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n");
    for (int i = 0; i <= Checkpoint.MAX_SIGNATURES; i++) {
      many.append("\u2014 k").append(i).append(" AAAAAAAA\n");
    }
    assertThatThrownBy(() -> Checkpoint.parse(many.toString()))
        .isInstanceOfSatisfying(CheckpointFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_SIGNATURES));
  }

  @Test
  void sec2_keysAreCheckedWhenMadeOrRead() {
    assertThatThrownBy(() -> NoteSigner.generate("has space")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NoteSigner.generate("a+b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NoteVerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NoteSigner.parse(GO_SKEY.replace("c74f20a3", "c74f20a4"))).isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("AYEKFALV");
    KeyPair a = Ed25519.generate();
    KeyPair b = Ed25519.generate();
    assertThatThrownBy(() -> NoteSigner.ed25519("k", new KeyPair(a.getPublic(), b.getPrivate())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(NoteSigner.generate("k").verifierKey().isCosignatureKey())).containsExactly(false);
  }
}
