package org.creditgov.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link CheckpointVerifier} (SEC-2): the checkpoint, if it could be read, and every
 * reason it was refused, as a {@link Verdict} of {@link AuditFinding}s. Accepted means no reason.
 */
public final class CheckpointCheck {

  private final @Nullable Checkpoint checkpoint;
  private final Verdict verdict;

  CheckpointCheck(@Nullable Checkpoint checkpoint, ImmutableList<Finding> findings) {
    this.checkpoint = checkpoint;
    this.verdict = Verdict.of(findings);
  }

  /** Whether the checkpoint was accepted: no finding refused it. */
  public boolean accepted() {
    return verdict.findings().isEmpty();
  }

  /** The checkpoint, unless the text could not be read. */
  public Optional<Checkpoint> checkpoint() {
    return Optional.ofNullable(checkpoint);
  }

  /** Every reason for the refusal, in the order they were found; empty when accepted. */
  public ImmutableSet<AuditFinding> reasons() {
    return verdict.findings().stream()
        .map(f -> (AuditFinding) f.type())
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The verdict, with messages in zh-CN and en. */
  public Verdict verdict() {
    return verdict;
  }

  /** The outcome and the reasons' codes. */
  @Override
  public String toString() {
    return "CheckpointCheck[" + (accepted() ? "accepted" : "refused " + reasons()) + "]";
  }
}
