package org.creditgov.rules.sync;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the deliveries of changes to the connected systems are kept (SPI, REP-3): one delivery per
 * (target, change id), created once whatever how often a change is relayed (idempotent), moved on
 * by sends and acknowledgements. A durable implementation keys its rows on (target, change id) and
 * is fed by a relay that reads the outbox the procedures' event stores write with their events.
 * {@link #inMemory} is thread-safe.
 */
public interface SyncStore {

  /** Creates the deliveries of {@code change} to every target not yet holding it; the deliveries created. */
  ImmutableList<Delivery> enqueue(Change change);

  /**
   * Records that {@code changeId} was sent to {@code target}.
   *
   * @throws IllegalArgumentException if there is no such delivery
   */
  Delivery sent(SyncTarget target, String changeId);

  /**
   * Records the target's acknowledgement on {@code day}; a second acknowledgement changes nothing.
   *
   * @throws IllegalArgumentException if there is no such delivery
   */
  Delivery acknowledged(SyncTarget target, String changeId, LocalDate day);

  /** Every delivery, by target then change id. */
  ImmutableList<Delivery> deliveries();

  /** The deliveries to {@code target} not yet acknowledged, by change id. */
  ImmutableList<Delivery> unacknowledged(SyncTarget target);

  /** A new in-memory store delivering to {@code targets}. */
  static SyncStore inMemory(List<SyncTarget> targets) {
    return new InMemorySyncStore(targets);
  }
}
