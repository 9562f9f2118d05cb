package org.creditgov.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the outbox retries a delivery the target did not acknowledge (REP-3): after the n-th failed
 * attempt the next waits {@code firstBackoff × 2^(n-1)}, at most {@code maxBackoff}; after {@code
 * maxAttempts} attempts the delivery is a dead letter, listed by {@link JdbcOutbox#deadLetters()}
 * until re-submitted. A claimed delivery is leased to its dispatcher for {@code lease}: if that
 * dispatcher dies, another sends it again once the lease has run out.
 *
 * @param maxAttempts the attempts before a delivery is dead-lettered (at least 1)
 * @param firstBackoff the wait after the first failure (positive)
 * @param maxBackoff the longest wait (at least {@code firstBackoff})
 * @param lease how long a claimed delivery is reserved for its dispatcher (positive)
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration lease) {

  /** 10 attempts, waits from 1 second up to 10 minutes, leases of 60 seconds. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(10),
      Duration.ofSeconds(60));

  /**
   * @throws IllegalArgumentException if a value is out of range
   * @throws NullPointerException if a duration is null
   */
  public RetryPolicy {
    checkArgument(maxAttempts >= 1, "at least one attempt: %s", maxAttempts);
    checkArgument(!requireNonNull(firstBackoff, "firstBackoff").isNegative() && !firstBackoff.isZero(),
        "the first backoff must be positive");
    checkArgument(requireNonNull(maxBackoff, "maxBackoff").compareTo(firstBackoff) >= 0,
        "the longest backoff must not be shorter than the first");
    checkArgument(!requireNonNull(lease, "lease").isNegative() && !lease.isZero(), "the lease must be positive");
  }

  /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
  public Duration backoffAfter(int failedAttempts) {
    checkArgument(failedAttempts >= 1, "after at least one failure: %s", failedAttempts);
    Duration d = firstBackoff;
    for (int i = 1; i < failedAttempts && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
