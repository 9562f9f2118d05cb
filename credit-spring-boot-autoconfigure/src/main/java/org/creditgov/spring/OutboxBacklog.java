package org.creditgov.spring;

/**
 * The messages the stores' outboxes hold that no relay has moved into the sync store yet (REP-3):
 * part of the health indicator's outbox backlog, beside the deliveries no connected system has
 * acknowledged.
 */
public interface OutboxBacklog {

  /** How many messages wait in the stores' outboxes. */
  int pending();
}
