package org.creditgov.rules.designation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;

/**
 * The in-memory {@link DesignationStore}: the shared {@link InMemoryEventStore} of the procedure
 * package (a concurrent map from id to an immutable history, the optimistic lock inside an atomic
 * compute that also queues the step's messages). Thread-safe. {@link #drainChanges()} is what a
 * relay calls to take the stored changes out for delivery.
 */
public final class InMemoryDesignationStore implements DesignationStore {

  private final InMemoryEventStore<DesignationId, DesignationEvent, ListingChange> events = EventStore.inMemory();

  InMemoryDesignationStore() {}

  @Override
  public ImmutableList<DesignationEvent> load(DesignationId id) {
    return events.load(id);
  }

  @Override
  public AppendResult append(DesignationId id, long expectedVersion, List<? extends DesignationEvent> added,
      List<? extends ListingChange> changes) {
    return events.append(id, expectedVersion, added, changes);
  }

  @Override
  public ImmutableList<DesignationId> ids() {
    return events.ids();
  }

  /** The changes stored and not yet drained, in the order their steps were stored. */
  public ImmutableList<ListingChange> changes() {
    return events.messages();
  }

  /** Takes the stored changes out, in order: what a relay does before delivering them. */
  public ImmutableList<ListingChange> drainChanges() {
    return events.drainMessages();
  }

  @Override
  public String toString() {
    return "InMemoryDesignationStore[" + events.ids().size() + " designations, " + events.messages().size()
        + " changes pending]";
  }
}
