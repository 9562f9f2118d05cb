package org.creditgov.rules.sync;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.creditgov.rules.designation.ListingChange;

/**
 * Moves the changes an event store's outbox holds into per-target deliveries (REP-3). Relaying a
 * change twice creates nothing new: deliveries are idempotent by (target, change id), so a relay
 * that crashed after enqueueing and before clearing the outbox simply runs again.
 */
public final class SyncRelay {

  private final SyncStore deliveries;

  private SyncRelay(SyncStore deliveries) {
    this.deliveries = deliveries;
  }

  /** A relay into {@code deliveries}. */
  public static SyncRelay into(SyncStore deliveries) {
    return new SyncRelay(requireNonNull(deliveries, "deliveries"));
  }

  /** Enqueues each change; the number of deliveries created. */
  public int relay(List<Change> changes) {
    int created = 0;
    for (Change c : changes) {
      created += deliveries.enqueue(c).size();
    }
    return created;
  }

  /**
   * Enqueues each change of list membership (a designation store's outbox messages, {@link
   * Change#of(ListingChange)}); the number of deliveries created.
   */
  public int relayListings(List<ListingChange> changes) {
    int created = 0;
    for (ListingChange c : changes) {
      created += deliveries.enqueue(Change.of(c)).size();
    }
    return created;
  }
}
