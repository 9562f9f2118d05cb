package org.creditgov.audit;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The report of a whole-log verification (SEC-2): every problem found, by index, and what was
 * verified. A log in order has no problem of severity error or review; {@link
 * AuditFinding#UNCHECKPOINTED_ENTRIES} is information only.
 */
public final class LogVerification {

  private final ImmutableList<LogProblem> problems;
  private final long entries;
  private final long bytes;
  private final @Nullable Checkpoint latest;
  private final @Nullable Checkpoint witnessed;

  LogVerification(ImmutableList<LogProblem> problems, long entries, long bytes, @Nullable Checkpoint latest,
      @Nullable Checkpoint witnessed) {
    this.problems = problems;
    this.entries = entries;
    this.bytes = bytes;
    this.latest = latest;
    this.witnessed = witnessed;
  }

  /** Every problem, ordered by kind and index. */
  public ImmutableList<LogProblem> problems() {
    return problems;
  }

  /** The problems of one kind. */
  public ImmutableList<LogProblem> problems(AuditFinding kind) {
    return problems.stream().filter(p -> p.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** Whether nothing is wrong: no problem but information. */
  public boolean intact() {
    return verdict().isAllowed();
  }

  /** The entries found in the segment files. */
  public long entries() {
    return entries;
  }

  /** The bytes of segment files read. */
  public long bytesRead() {
    return bytes;
  }

  /** The latest valid checkpoint of the log's history, if any. */
  public Optional<Checkpoint> latestCheckpoint() {
    return Optional.ofNullable(latest);
  }

  /** The largest valid witness-cosigned or trusted checkpoint compared, if any. */
  public Optional<Checkpoint> witnessedCheckpoint() {
    return Optional.ofNullable(witnessed);
  }

  /** The problems as a verdict, with messages in zh-CN and en. */
  public Verdict verdict() {
    return Verdict.of(problems.stream().map(LogProblem::toFinding).collect(ImmutableList.toImmutableList()));
  }

  /** The problems' kinds and indexes. */
  @Override
  public String toString() {
    return "LogVerification[entries=" + entries + ", problems=" + problems + "]";
  }
}
