package org.creditgov.store.jdbc;

import org.creditgov.rules.sync.Change;

/**
 * Sends one change to one connected system (REP-3): returns when the target has acknowledged it,
 * throws when it has not (the delivery is retried with backoff, then dead-lettered). A change may
 * be sent more than once (after a crash or an expired lease): the target deduplicates by {@link
 * Change#changeId()}. An exception's message is not stored (only its class), so it may say what
 * the target answered.
 */
@FunctionalInterface
public interface ChangeSender {

  /**
   * Sends {@code change}; returns once the target acknowledged it.
   *
   * @throws Exception if the target did not acknowledge it
   */
  void send(Change change) throws Exception;
}
