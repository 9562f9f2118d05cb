package org.creditgov.spring;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.SyncRelay;
import org.creditgov.rules.sync.SyncStore;

/**
 * The outbox relay of the in-memory stores (REP-3, 当日同步): every {@code
 * creditgov.sync.relay-interval}, and once more when the application stops, it drains the
 * designation store's listing changes ({@link InMemoryDesignationStore#drainChanges()}) and the
 * repair store's changes ({@link InMemoryEventStore#drainMessages()}) into the {@link SyncStore},
 * one delivery per change and connected system. Relaying is idempotent by (target, change id); a
 * batch whose enqueueing failed is kept and relayed again on the next run, so nothing drained is
 * lost.
 */
public final class InMemoryOutboxRelay extends PeriodicTask implements OutboxBacklog {

  private final InMemoryDesignationStore designations;
  private final InMemoryEventStore<RepairId, RepairEvent, Change> repairs;
  private final SyncRelay relay;
  private final CreditMetrics metrics;
  private final List<ListingChange> heldListings = new ArrayList<>();
  private final List<Change> heldChanges = new ArrayList<>();

  /** A relay from the two stores into {@code sync}, every {@code interval}. */
  public InMemoryOutboxRelay(InMemoryDesignationStore designations, InMemoryEventStore<RepairId, RepairEvent, Change> repairs,
      SyncStore sync, CreditMetrics metrics, Duration interval) {
    super("creditgov-outbox-relay", interval);
    this.designations = requireNonNull(designations, "designations");
    this.repairs = requireNonNull(repairs, "repairs");
    this.relay = SyncRelay.into(requireNonNull(sync, "sync"));
    this.metrics = requireNonNull(metrics, "metrics");
  }

  /** Moves what the outboxes hold into the sync store. */
  @Override
  protected void runOnce() {
    heldListings.addAll(designations.drainChanges());
    heldChanges.addAll(repairs.drainMessages());
    if (!heldListings.isEmpty()) {
      metrics.outboxDelivered(relay.relayListings(List.copyOf(heldListings)));
      heldListings.clear();
    }
    if (!heldChanges.isEmpty()) {
      metrics.outboxDelivered(relay.relay(List.copyOf(heldChanges)));
      heldChanges.clear();
    }
  }

  @Override
  protected void failed(RuntimeException e) {
    metrics.outboxFailed();
  }

  /** The messages in the two outboxes and those drained but not yet enqueued. */
  @Override
  public synchronized int pending() {
    return designations.changes().size() + repairs.messages().size() + heldListings.size() + heldChanges.size();
  }

  @Override
  public String toString() {
    return "InMemoryOutboxRelay[every " + interval() + "]";
  }
}
