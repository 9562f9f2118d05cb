package org.creditgov.store.jdbc;

/**
 * What one round of dispatch to one target did (REP-3).
 *
 * @param claimed the deliveries claimed (each the oldest open one of its subject)
 * @param acknowledged those the target acknowledged
 * @param failed those it did not, to be retried after their backoff
 * @param deadLettered those of the failed that reached the last attempt
 */
public record Dispatched(int claimed, int acknowledged, int failed, int deadLettered) {

  /** Nothing was due. */
  public static final Dispatched NONE = new Dispatched(0, 0, 0, 0);
}
