package org.creditgov.spring;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.Checkpoint;

/**
 * Signs a checkpoint of the audit log on a schedule (SEC-3) when entries were appended since the
 * last one, and once more when the application stops, so that every entry is covered by a signed
 * checkpoint within {@code creditgov.audit.checkpoint-interval}.
 */
public final class AuditCheckpointer extends PeriodicTask {

  private final AuditLog log;

  /** Checkpoints {@code log} every {@code interval}. */
  public AuditCheckpointer(AuditLog log, Duration interval) {
    super("creditgov-audit-checkpoint", interval);
    this.log = requireNonNull(log, "log");
  }

  /** Signs a checkpoint if the log grew since the latest one (or has none). */
  @Override
  protected void runOnce() {
    long covered = log.latestCheckpoint().map(Checkpoint::size).orElse(-1L);
    if (log.size() != covered) {
      Checkpoint unused = log.checkpoint();
    }
  }

  @Override
  public String toString() {
    return "AuditCheckpointer[" + log.directory() + ", every " + interval() + "]";
  }
}
