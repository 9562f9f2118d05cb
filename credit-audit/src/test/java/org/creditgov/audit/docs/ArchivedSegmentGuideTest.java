package org.creditgov.audit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.MerkleProofs;
import org.creditgov.audit.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SEC-3: the guide's recipe for archiving one closed segment and proving it later. */
class ArchivedSegmentGuideTest {

  @Test
  void sec3_anArchivedClosedSegmentIsProvedAgainstACheckpointAndAChangeInItIsNot(@TempDir Path tmp) throws Exception {
    NoteSigner signer = NoteSigner.generate("qtx.gov.cn/credit/decision-log");
    AuditLogOptions options = AuditLogOptions.builder().origin("qtx.gov.cn/credit/decision-log").signer(signer)
        .clock(Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC)).segmentBits(4).build();
    Path dir = tmp.resolve("log");
    Path archive = tmp.resolve("archive");
    Files.createDirectories(archive);
    try (AuditLog log = AuditLog.open(dir, options)) {
      List<byte[]> entries = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        entries.add(("decision " + i).getBytes(StandardCharsets.UTF_8));
      }
      log.appendAll(entries);

      // --- begin archive example (docs/audit-log.md) ---
      // At archive time: segment k holds entries [k·2^bits, (k+1)·2^bits); keep, beside its copy,
      // a witnessed checkpoint and the part of its first entry's proof above the segment.
      Checkpoint checkpoint = log.checkpoint();
      long perSegment = log.entriesPerSegment();
      long first = 1 * perSegment;                                        // segment 1
      Path segment = dir.resolve("segments").resolve(String.format("%020d.seg", first));
      Files.copy(segment, archive.resolve(segment.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      List<byte[]> proof = log.inclusionProof(first, checkpoint.size());
      int inside = Long.numberOfTrailingZeros(perSegment);                 // the proof's steps within the segment
      List<byte[]> above = proof.subList(inside, proof.size());            // keep these 32-byte hashes
      Files.writeString(archive.resolve("checkpoint"), checkpoint.note());

      // Years later: read the archived file, rebuild the proof inside it, and check against the checkpoint.
      List<byte[]> archived = AuditLogVerifier.segmentEntries(archive.resolve(segment.getFileName()));
      List<byte[]> full = new ArrayList<>(MerkleProofs.inclusionProof(archived, 0));
      full.addAll(above);
      Checkpoint kept = Checkpoint.parse(Files.readString(archive.resolve("checkpoint")));
      boolean intact = kept.verifiedBy(signer.verifierKey())
          && archived.size() == perSegment
          && MerkleProofs.verifyInclusion(first, kept.size(), MerkleProofs.leafHash(archived.get(0)), full, kept.rootHash());
      // --- end archive example ---

      assertThat(intact).isTrue();
      // any entry of the segment changed: the rebuilt proof no longer verifies
      List<byte[]> forged = new ArrayList<>(archived);
      forged.set(7, "decision forged".getBytes(StandardCharsets.UTF_8));
      List<byte[]> forgedProof = new ArrayList<>(MerkleProofs.inclusionProof(forged, 0));
      forgedProof.addAll(above);
      assertThat(MerkleProofs.verifyInclusion(first, kept.size(), MerkleProofs.leafHash(forged.get(0)), forgedProof,
          kept.rootHash())).isFalse();
    }
  }
}
