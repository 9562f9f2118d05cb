package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.text.Fact;
import org.creditgov.core.verdict.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Checks checkpoints of one log (SEC-2) the way a witness, an inspector or a relying department
 * does, and remembers the last one it accepted. A checkpoint is refused, with every reason in a
 * {@link CheckpointCheck} (never an exception), when:
 *
 * <ul>
 *   <li>its text is not a signed checkpoint ({@link AuditFinding#NOTE_MALFORMED});
 *   <li>it is of another origin ({@link AuditFinding#ORIGIN_MISMATCH});
 *   <li>the log's signature is missing or does not verify ({@link
 *       AuditFinding#LOG_SIGNATURE_MISSING}, {@link AuditFinding#LOG_SIGNATURE_INVALID});
 *   <li>a required witness's cosignature is missing or does not verify ({@link
 *       AuditFinding#COSIGNATURE_MISSING}, {@link AuditFinding#COSIGNATURE_INVALID});
 *   <li>its size or root does not hold for the log ({@link AuditFinding#SIZE_BEYOND_LOG}, {@link
 *       AuditFinding#ROOT_DOES_NOT_HOLD});
 *   <li>it is smaller than, or not an extension of, the last one accepted ({@link
 *       AuditFinding#SIZE_SHRINKS}, {@link AuditFinding#INCONSISTENT_WITH_PREVIOUS}): the RFC 9162
 *       consistency proof from the last accepted size fails, or the same size has another root.
 * </ul>
 *
 * <p>Thread-safe: checks are serialised, so "the last accepted" is well defined.
 */
public final class CheckpointVerifier {

  private final String origin;
  private final NoteVerifierKey logKey;
  private final ImmutableList<NoteVerifierKey> witnesses;
  private @Nullable Checkpoint last;

  private CheckpointVerifier(String origin, NoteVerifierKey logKey, ImmutableList<NoteVerifierKey> witnesses,
      @Nullable Checkpoint last) {
    this.origin = origin;
    this.logKey = logKey;
    this.witnesses = witnesses;
    this.last = last;
  }

  /**
   * A verifier of the log {@code origin} signed by {@code logKey}, requiring a valid cosignature of
   * each of {@code witnesses} (none: the log's signature suffices).
   *
   * @throws NullPointerException if an argument or a witness is null
   * @throws IllegalArgumentException if {@code logKey} is a cosignature key or a witness key is not
   */
  public static CheckpointVerifier of(String origin, NoteVerifierKey logKey, NoteVerifierKey... witnesses) {
    requireNonNull(origin, "origin");
    requireNonNull(logKey, "logKey");
    if (logKey.isCosignatureKey()) {
      throw new IllegalArgumentException("the log key signs checkpoints (type 0x01), not cosignatures");
    }
    for (NoteVerifierKey w : witnesses) {
      if (!requireNonNull(w, "witness").isCosignatureKey()) {
        throw new IllegalArgumentException("a witness key verifies cosignatures (type 0x04)");
      }
    }
    return new CheckpointVerifier(origin, logKey, ImmutableList.copyOf(witnesses), null);
  }

  /**
   * A verifier that starts from a checkpoint already trusted (the last one this party accepted,
   * kept from an earlier run), as if it had just accepted it.
   *
   * @throws NullPointerException if {@code trusted} is null
   */
  public synchronized CheckpointVerifier startingFrom(Checkpoint trusted) {
    return new CheckpointVerifier(origin, logKey, witnesses, requireNonNull(trusted, "trusted"));
  }

  /** The last checkpoint accepted, if any. */
  public synchronized Optional<Checkpoint> lastAccepted() {
    return Optional.ofNullable(last);
  }

  /**
   * Checks a checkpoint's text against the log.
   *
   * @throws NullPointerException if an argument is null
   */
  public CheckpointCheck check(String note, LogProofs log) {
    requireNonNull(note, "note");
    requireNonNull(log, "log");
    Checkpoint cp;
    try {
      cp = Checkpoint.parse(note);
    } catch (CheckpointFormatException e) {
      return new CheckpointCheck(null, ImmutableList.of(
          Finding.of(AuditFinding.NOTE_MALFORMED, AuditBases.SEC_2, Fact.term("reason", e.reason()))));
    }
    return check(cp, log);
  }

  /**
   * Checks a checkpoint against the log: signatures, its size and root in the log, and consistency
   * with the last accepted checkpoint by the log's own consistency proof.
   *
   * @throws NullPointerException if an argument is null
   */
  public synchronized CheckpointCheck check(Checkpoint checkpoint, LogProofs log) {
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(log, "log");
    List<Finding> findings = signatures(checkpoint);
    long size = checkpoint.size();
    long logSize = log.size();
    if (size > logSize) {
      findings.add(Finding.of(AuditFinding.SIZE_BEYOND_LOG, AuditBases.SEC_2, Fact.count("size", size), Fact.count("logSize", logSize)));
    } else if (!MessageDigest.isEqual(log.rootHash(size), checkpoint.root())) {
      findings.add(Finding.of(AuditFinding.ROOT_DOES_NOT_HOLD, AuditBases.SEC_2, Fact.count("size", size)));
    }
    Checkpoint previous = last;
    if (previous != null && size > previous.size() && previous.size() > 0 && size <= logSize) {
      List<byte[]> proof = log.consistencyProof(previous.size(), size);
      consistency(previous, checkpoint, proof, findings);
    } else {
      consistency(previous, checkpoint, List.of(), findings);
    }
    return conclude(checkpoint, findings);
  }

  /**
   * Checks a checkpoint without access to the log, as a witness does: signatures, and consistency
   * with the last accepted checkpoint by a consistency proof the log supplied (empty when there is
   * no last checkpoint, or it has the same size or is empty).
   *
   * @throws NullPointerException if an argument or an element of the proof is null
   */
  public synchronized CheckpointCheck check(Checkpoint checkpoint, List<byte[]> consistencyProof) {
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(consistencyProof, "consistencyProof");
    consistencyProof.forEach(p -> requireNonNull(p, "proof element"));
    List<Finding> findings = signatures(checkpoint);
    consistency(last, checkpoint, consistencyProof, findings);
    return conclude(checkpoint, findings);
  }

  private List<Finding> signatures(Checkpoint checkpoint) {
    List<Finding> findings = new ArrayList<>();
    if (!checkpoint.origin().equals(origin)) {
      findings.add(Finding.of(AuditFinding.ORIGIN_MISMATCH, AuditBases.SEC_2, Fact.code("origin", checkpoint.origin()), Fact.code("expected", origin)));
    }
    signature(checkpoint, logKey, AuditFinding.LOG_SIGNATURE_MISSING, AuditFinding.LOG_SIGNATURE_INVALID, findings);
    for (NoteVerifierKey w : witnesses) {
      signature(checkpoint, w, AuditFinding.COSIGNATURE_MISSING, AuditFinding.COSIGNATURE_INVALID, findings);
    }
    return findings;
  }

  private static void signature(Checkpoint checkpoint, NoteVerifierKey key, AuditFinding missing,
      AuditFinding invalid, List<Finding> findings) {
    Checkpoint.SignatureState state = checkpoint.signatureState(key);
    if (state != Checkpoint.SignatureState.VALID) {
      findings.add(Finding.of(state == Checkpoint.SignatureState.ABSENT ? missing : invalid, AuditBases.SEC_2, Fact.code("key", key.name())));
    }
  }

  private static void consistency(@Nullable Checkpoint previous, Checkpoint next, List<byte[]> proof,
      List<Finding> findings) {
    if (previous == null) {
      return;
    }
    long a = previous.size();
    long b = next.size();
    if (b < a) {
      findings.add(Finding.of(AuditFinding.SIZE_SHRINKS, AuditBases.SEC_2, Fact.count("size", b), Fact.count("previous", a)));
    } else if (b == a || a == 0) {
      if (b == a && !MessageDigest.isEqual(previous.root(), next.root())) {
        findings.add(Finding.of(AuditFinding.INCONSISTENT_WITH_PREVIOUS, AuditBases.SEC_2, Fact.count("previous", a), Fact.count("size", b)));
      }
    } else if (!MerkleProofs.verifyConsistency(a, b, previous.root(), next.root(), proof)) {
      findings.add(Finding.of(AuditFinding.INCONSISTENT_WITH_PREVIOUS, AuditBases.SEC_2, Fact.count("previous", a), Fact.count("size", b)));
    }
  }

  private CheckpointCheck conclude(Checkpoint checkpoint, List<Finding> findings) {
    if (findings.isEmpty()) {
      last = checkpoint;
    }
    return new CheckpointCheck(checkpoint, ImmutableList.copyOf(findings));
  }

  /** The origin and the keys (public). */
  @Override
  public String toString() {
    return "CheckpointVerifier[" + origin + ", " + logKey.name() + ", witnesses=" + witnesses.size() + "]";
  }
}
