package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.SyncTarget;

/**
 * A delivery the outbox gave up on after {@link RetryPolicy#maxAttempts()} attempts (REP-3): it is
 * sent no more until {@link JdbcOutbox#resubmit re-submitted}, and it counts as missed in the
 * same-day report. No personal data beyond the change's subject reference.
 *
 * @param target the target
 * @param change the change
 * @param attempts the attempts made
 * @param lastError the class of the last failure the sender threw
 */
public record DeadLetter(SyncTarget target, Change change, int attempts, Optional<String> lastError) {

  /** Checks for nulls. */
  public DeadLetter {
    requireNonNull(target, "target");
    requireNonNull(change, "change");
    requireNonNull(lastError, "lastError");
  }
}
